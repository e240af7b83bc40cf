using System;
using System.Linq;
using Reports.Tests.Model;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A list followed by the record's bullet parts (a field, a check, an indicator): the blank line between them joins them
/// into one list, as CommonMark and GitHub read it, so the list ends at the first bullet part. Before, the parts were read
/// as more items of the list (and a checklist refused them), so the report changed on every read and write.
/// </summary>
public sealed class ListBesideBulletsTests
{
    private static readonly DatasetReport Filled = new()
    {
        Data = new DatasetPart
        {
            Datasets = ["imagenet", "coco"],
            Size = "10k",
            Reviewed = true,
            Health = Mark.Met,
            Todo = [new ChecklistItem("label the rest")],
            Owner = "bob",
        },
    };

    [Fact]
    public void The_parts_after_a_list_read_back_as_themselves()
    {
        var markdown = Filled.ToMarkdown();
        Assert.Contains("- coco\n\n- **Size**: 10k\n", markdown, StringComparison.Ordinal);

        var parsed = DatasetReport.Parse(markdown);

        Assert.Equal(Filled, parsed);
        Assert.Equal(markdown, parsed.ToMarkdown());
    }

    [Fact]
    public void An_item_with_the_text_of_a_check_after_the_list_stays_an_item()
    {
        // The record's bullet parts end the list each once: an earlier "Reviewed" is the checklist's own item.
        var report = Filled with { Data = Filled.Data! with { Datasets = ["[x] Reviewed"], Reviewed = false, Todo = [new ChecklistItem("Reviewed", true), new ChecklistItem("more")] } };

        Assert.Equal(report, DatasetReport.Parse(report.ToMarkdown()));
    }

    [Theory]
    [InlineData("- **Health**: MET\n")]
    [InlineData("- **Health**: ✅\n")]
    [InlineData("- **Health**: ✅ MET\n")]
    public void An_indicator_written_as_a_field_reads_as_the_indicator(string written)
    {
        var markdown = Filled.ToMarkdown().Replace("- ✅ **Health**\n", written, StringComparison.Ordinal);
        Assert.Contains(written, markdown, StringComparison.Ordinal);

        Assert.Equal(Filled, DatasetReport.Parse(markdown));
    }

    [Fact]
    public void An_indicator_written_as_a_field_with_no_option_says_how_to_write_it()
    {
        var markdown = Filled.ToMarkdown().Replace("- ✅ **Health**\n", "- **Health**: OK\n", StringComparison.Ordinal);

        Assert.False(DatasetReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Contains("Health: expected the indicator as '✅ **Health**', one of MET, PARTIAL, NOT_MET, found '**Health**: OK'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_ends_at_an_indicator_or_a_check_as_well()
    {
        var markdown = Filled.ToMarkdown()
            .Replace("- **Size**: 10k\n", string.Empty, StringComparison.Ordinal)
            .Replace("- [x] Reviewed\n", string.Empty, StringComparison.Ordinal);

        Assert.Equal(Filled.Data! with { Size = null, Reviewed = false }, DatasetReport.Parse(markdown).Data);
    }

    [Fact]
    public void A_numbered_lists_items_stay_items_whatever_they_start_with()
    {
        // The writer never writes bullet parts as numbered items.
        var markdown = "# Steps\n\n**Steps**:\n1. Build\n2. [x] Signed off\n3. **Owner**: carol signs off\n\n- **Owner**: bob\n- [x] Signed off\n";

        var parsed = StepsReport.Parse(markdown);

        Assert.Equal(["Build", "[x] Signed off", "**Owner**: carol signs off"], parsed.Steps);
        Assert.Equal(("bob", true), (parsed.Owner, parsed.SignedOff));
    }

    [Fact]
    public void A_placeholder_for_inline_record_items_reads_as_no_value()
    {
        var parsed = FilesListReport.Parse(FilesListReport.MarkdownTemplate);

        Assert.Empty(parsed.Files);
        Assert.Contains(parsed.CheckCompleteness().Issues, i => i.Path == "Files");
        Assert.Equal(FilesListReport.MarkdownTemplate, parsed.ToMarkdown());
    }

    [Fact]
    public void The_blank_template_keeps_its_shape_through_a_read_and_a_write()
    {
        var template = DatasetReport.MarkdownTemplate;

        var parsed = DatasetReport.Parse(template);

        Assert.Equal(["[dataset]"], parsed.Data!.Datasets);
        Assert.Equal("[size]", parsed.Data.Size);
        Assert.Equal(parsed, DatasetReport.Parse(parsed.ToMarkdown()));
    }
}

[Report("Model card")]
public partial record DatasetReport
{
    [Section("Data")]
    public DatasetPart? Data { get; init; }
}

public sealed partial record DatasetPart
{
    [List("Datasets"), Placeholder("[dataset]")]
    public ReportList<string> Datasets { get; init; } = [];

    [Field("Size"), Placeholder("[size]")]
    public string? Size { get; init; }

    [Check("Reviewed")]
    public bool Reviewed { get; init; }

    [Indicator("Health")]
    public Mark? Health { get; init; }

    [Checklist("Todo"), Placeholder("[task]")]
    public ReportList<ChecklistItem> Todo { get; init; } = [];

    [Field("Owner"), Placeholder("[owner]")]
    public string? Owner { get; init; }
}

[Report("Steps")]
public partial record StepsReport
{
    [List("Steps", Numbered = true)]
    public ReportList<string> Steps { get; init; } = [];

    [Field("Owner")]
    public string? Owner { get; init; }

    [Check("Signed off")]
    public bool SignedOff { get; init; }
}

[Report("Files")]
public partial record FilesListReport
{
    [List("Files"), Placeholder("[file]")]
    public ReportList<FileRef> Files { get; init; } = [];
}
