using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Values read as their types say: a value that equals its placeholder ("1", "2017-06-20") is kept once filled in; a date
/// is read only when it says its year and means one day; an empty table cell is written empty; a byte order mark and
/// U+0000 do not stop a report from being read.
/// </summary>
public sealed class ValueReadingTests
{
    [Fact]
    public void A_value_equal_to_its_placeholder_is_read_as_the_value()
    {
        var report = new EscalationReport
        {
            Level = 1,
            Since = new DateOnly(2017, 6, 20),
            Contacts = [new EscalationContact { Level = 1, Who = "On-call engineer" }],
        };

        var parsed = EscalationReport.Parse(report.ToMarkdown());

        Assert.Equal(report, parsed);
        Assert.True(parsed.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void In_the_blank_template_a_placeholder_that_is_a_value_reads_as_that_value()
    {
        // A placeholder such as "1" cannot be told from the value 1: a template that wants it reported as unfilled
        // gives a placeholder that is not a value ("[N]", "X").
        var parsed = EscalationReport.Parse(EscalationReport.MarkdownTemplate);

        Assert.Equal(new DateOnly(2017, 6, 20), parsed.Since);
        Assert.Contains(parsed.CheckCompleteness().Issues, i => i.Path == "Contacts › 1 › Who" && i.Kind == CompletenessIssueKind.Placeholder);
    }

    [Theory]
    [InlineData("March 4", "with its year ('March 4' has none)")]
    [InlineData("2024-03-04T10:00", "without a time")]
    [InlineData("03/04/2024", "('03/04/2024' could be read as month/day or as day/month)")]
    [InlineData("yesterday", "a date (yyyy-MM-dd), found 'yesterday'")]
    [InlineData("2026-03-17 14:05", "without a time")]
    public void A_date_without_its_year_with_a_time_or_read_two_ways_is_an_error(string written, string said)
    {
        var markdown = Filled().Replace("**Since**: 2017-06-20", "**Since**: " + written, StringComparison.Ordinal);

        Assert.False(EscalationReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0202", "Since"), (error.Code, error.Path));
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("March 14, 2026")]
    [InlineData("14 March 2026")]
    [InlineData("03/14/2026")]
    [InlineData("14/03/2026")]
    [InlineData("14.03.2026")]
    [InlineData("**2026-03-14**")]
    public void A_date_that_means_one_day_is_read(string written)
    {
        var markdown = Filled().Replace("**Since**: 2017-06-20", "**Since**: " + written, StringComparison.Ordinal);

        Assert.Equal(new DateOnly(2026, 3, 14), EscalationReport.Parse(markdown).Since);
    }

    [Fact]
    public void An_empty_cell_is_written_empty_and_read_back_empty()
    {
        var report = EscalationReport.Parse(Filled()) with { Contacts = [new EscalationContact { Level = 2, Who = string.Empty }] };

        var markdown = report.ToMarkdown();

        Assert.Contains("| 2 |  |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", markdown, StringComparison.Ordinal);
        Assert.Equal(report, EscalationReport.Parse(markdown));
    }

    [Fact]
    public void A_byte_order_mark_is_not_text()
    {
        Assert.Equal(EscalationReport.Parse(Filled()), EscalationReport.Parse("\uFEFF" + Filled()));
    }

    [Fact]
    public void U0000_is_read_as_the_replacement_character_and_can_be_written_again()
    {
        var parsed = EscalationReport.Parse(Filled().Replace("On-call engineer", "On-call\0engineer", StringComparison.Ordinal));

        Assert.Equal("On-call\uFFFDengineer", parsed.Contacts.Single().Who);
        Assert.Equal(parsed, EscalationReport.Parse(parsed.ToMarkdown()));
    }

    [Theory]
    [InlineData("[x]", true)]
    [InlineData("[X]", true)]
    [InlineData("[ ]", false)]
    [InlineData("\u2705", true)]
    [InlineData("\u2705 Yes", true)]
    [InlineData("\u2714\uFE0F", true)]
    [InlineData("\u274C", false)]
    [InlineData("\u274C No", false)]
    [InlineData("**Yes**", true)]
    [InlineData("true", true)]
    public void A_yes_or_no_written_as_a_box_or_a_mark_reads_as_what_it_says(string written, bool expected)
    {
        var markdown = "# Actions\n\n- **Reviewed**: " + written + "\n\n**Items**:\n\n| Done | Action |\n|---|---|\n| " + written + " | Rotate the key |\n";

        var parsed = ActionsReport.Parse(markdown);

        Assert.Equal(expected, parsed.Reviewed);
        Assert.Equal(expected, parsed.Items.Single().Done);
    }

    [Theory]
    [InlineData("\u2705 No")]
    [InlineData("[x] No")]
    [InlineData("Yes (the availability SLO)")]
    [InlineData("maybe")]
    public void A_yes_or_no_that_says_two_things_or_more_is_an_error(string written)
    {
        var markdown = "# Actions\n\n- **Reviewed**: " + written + "\n";

        Assert.False(ActionsReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0202", 3, "Reviewed"), (error.Code, error.Line, error.Path));
        Assert.Contains("expected Yes or No", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- **Critical**: [N]\n", "Critical", "a whole number (the value cannot be left unset), found '[N]'")]
    [InlineData("- **Critical**:\n", "Critical", "a whole number (the value cannot be left unset)")]
    [InlineData("- **Reviewed**: Yes / No\n", "Reviewed", "Yes or No (the value cannot be left unset), found 'Yes / No'")]
    [InlineData("- **Audit Date**: [YYYY-MM-DD]\n", "Audit Date", "(the value cannot be left unset), found '[YYYY-MM-DD]'")]
    [InlineData("\n**Items**:\n\n| Done | Action |\n|---|---|\n| Yes / No | Rotate the key |\n", "Items › 1 › Done", "Yes or No (the value cannot be left unset)")]
    public void A_placeholder_where_the_value_cannot_be_null_is_an_error_not_a_default(string lines, string path, string message)
    {
        // An int, bool or date that cannot be null has no "not set": read as 0, No or 0001-01-01 the report would pass
        // as complete with an answer nobody gave.
        var filled = new Dictionary<string, string>
        {
            ["Critical"] = "- **Critical**: 2\n",
            ["Reviewed"] = "- **Reviewed**: Yes\n",
            ["Audit Date"] = "- **Audit Date**: 2026-03-14\n",
        };
        var key = filled.Keys.FirstOrDefault(k => lines.StartsWith("- **" + k, StringComparison.Ordinal));
        var fields = string.Concat(filled.Select(f => f.Key == key ? lines : f.Value));
        var markdown = "# Audit\n\n" + fields + (key is null ? lines : string.Empty);

        Assert.False(StrictAuditReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0202", path), (error.Code, error.Path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_cannot_be_null_left_out_is_an_error_not_a_default()
    {
        var markdown = "# Audit\n\n- **Reviewed**: Yes\n- **Audit Date**: 2026-03-14\n";

        Assert.False(StrictAuditReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0202", "Critical"), (error.Code, error.Path));
        Assert.Contains("expected 'Critical' (the value cannot be left unset), found no such line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_that_cannot_be_null_read_when_given()
    {
        var parsed = StrictAuditReport.Parse("# Audit\n\n- **Critical**: 0\n- **Reviewed**: [x]\n- **Audit Date**: 2026-03-14\n\n**Items**:\n\n| Done | Action |\n|---|---|\n| No | Rotate the key |\n");

        Assert.Equal((0, true, new DateOnly(2026, 3, 14), false), (parsed.Critical, parsed.Reviewed, parsed.AuditDate, parsed.Items.Single().Done));
        Assert.Equal(parsed, StrictAuditReport.Parse(parsed.ToMarkdown()));
    }

    private static string Filled() => new EscalationReport
    {
        Level = 1,
        Since = new DateOnly(2017, 6, 20),
        Contacts = [new EscalationContact { Level = 1, Who = "On-call engineer" }],
    }.ToMarkdown();
}

[Report("Escalation")]
public partial record EscalationReport
{
    [Field("Level"), Placeholder("1")]
    public int? Level { get; init; }

    [Field("Since"), Placeholder("2017-06-20")]
    public DateOnly? Since { get; init; }

    [Table("Contacts")]
    public ReportList<EscalationContact> Contacts { get; init; } = ReportList<EscalationContact>.Empty;
}

public partial record EscalationContact
{
    [Column("Level"), Placeholder("1")]
    public int? Level { get; init; }

    [Column("Who"), Placeholder("[Who]")]
    public string? Who { get; init; }
}

[Report("Actions")]
public partial record ActionsReport
{
    [Field("Reviewed")]
    public bool? Reviewed { get; init; }

    [Table("Items")]
    public ReportList<ActionItemRow> Items { get; init; } = ReportList<ActionItemRow>.Empty;
}

public partial record ActionItemRow
{
    [Column("Done")]
    public bool? Done { get; init; }

    [Column("Action"), Placeholder("[Action]")]
    public string? Action { get; init; }
}

// Values that cannot be null on purpose: what reading does with them (RPT0011 suggests nullable types).
#pragma warning disable RPT0011
[Report("Audit")]
public partial record StrictAuditReport
{
    [Field("Critical"), Placeholder("[N]")]
    public int Critical { get; init; }

    [Field("Reviewed")]
    public bool Reviewed { get; init; }

    [Field("Audit Date"), Placeholder("[YYYY-MM-DD]")]
    public DateOnly AuditDate { get; init; }

    [Table("Items", Optional = true)]
    public ReportList<StrictItemRow> Items { get; init; } = ReportList<StrictItemRow>.Empty;
}

public partial record StrictItemRow
{
    [Column("Done")]
    public bool Done { get; init; }

    [Column("Action"), Placeholder("[Action]")]
    public string? Action { get; init; }
}
#pragma warning restore RPT0011
