using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// An optional section whose body is a list, a table, a checklist or repeated blocks: left empty (or null) it is left
/// out, heading and all, as an optional <c>[List]</c> is, so that the report reads back as itself and complete. It used
/// to be written as its blank template (<c>## Links</c> then <c>- [Link]</c>), which read back as one item "[Link]".
/// </summary>
public sealed class OptionalSectionListTests
{
    private const string BodyOnly = "# Notes\n\n## Body\n\nHello\n";

    [Fact]
    public void An_empty_optional_section_list_is_left_out_and_reads_back_complete()
    {
        var report = new OptionalSectionsReport { Body = "Hello" };

        var markdown = report.ToMarkdown();

        TextAssert.Equal(BodyOnly, markdown);
        AssertReadsBackComplete(report, markdown);
    }

    [Fact]
    public void An_empty_optional_section_table_is_left_out_and_reads_back_complete()
    {
        var report = new OptionalSectionsReport { Body = "Hello", Links = ["a"], Rows = [], Tasks = [new ChecklistItem("t")] };

        var markdown = report.ToMarkdown();

        Assert.DoesNotContain("## Rows", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| Name |", markdown, StringComparison.Ordinal);
        TextAssert.Equal(BodyOnly + "\n## Links\n\n- a\n\n## Tasks\n\n- [ ] t\n", markdown);
        AssertReadsBackComplete(report, markdown);
    }

    [Fact]
    public void An_empty_optional_section_checklist_is_left_out_and_reads_back_complete()
    {
        var report = new OptionalSectionsReport { Body = "Hello", Links = ["a"], Rows = [new SectionRow { Name = "n", Note = "x" }], Tasks = [] };

        var markdown = report.ToMarkdown();

        Assert.DoesNotContain("## Tasks", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("- [ ]", markdown, StringComparison.Ordinal);
        TextAssert.Equal(BodyOnly + "\n## Links\n\n- a\n\n## Rows\n\n| Name | Note |\n|------|------|\n| `n` | x |\n", markdown);
        AssertReadsBackComplete(report, markdown);
    }

    [Fact]
    public void Empty_optional_section_repeated_blocks_are_left_out_and_read_back_complete()
    {
        var report = new OptionalSectionsReport { Body = "Hello", Steps = [] };

        var markdown = report.ToMarkdown();

        TextAssert.Equal(BodyOnly, markdown);
        AssertReadsBackComplete(report, markdown);
    }

    [Fact]
    public void Null_optional_section_lists_are_left_out()
    {
        var report = new OptionalSectionsReport { Body = "Hello", Links = null!, Rows = null!, Tasks = null!, Steps = null! };

        var markdown = report.ToMarkdown();

        TextAssert.Equal(BodyOnly, markdown);
        Assert.Equal(new OptionalSectionsReport { Body = "Hello" }, OptionalSectionsReport.Parse(markdown));
    }

    [Fact]
    public void Filled_optional_section_lists_are_still_written_and_read_back()
    {
        var report = new OptionalSectionsReport
        {
            Body = "Hello",
            Links = ["a", "b"],
            Rows = [new SectionRow { Name = "n", Note = "x" }],
            Tasks = [new ChecklistItem("t", true), new ChecklistItem("u")],
            Steps = [new SectionStep { Goal = "g" }],
        };

        var markdown = report.ToMarkdown();

        TextAssert.Equal(
            BodyOnly
                + "\n## Links\n\n- a\n- b\n"
                + "\n## Rows\n\n| Name | Note |\n|------|------|\n| `n` | x |\n"
                + "\n## Tasks\n\n- [x] t\n- [ ] u\n"
                + "\n## Steps\n\n**Step 1**\n- **Goal**: g\n",
            markdown);
        AssertReadsBackComplete(report, markdown);
    }

    [Fact]
    public void A_document_without_the_optional_sections_reads_as_empty_lists_and_is_complete()
    {
        var report = OptionalSectionsReport.Parse(BodyOnly);

        Assert.Equal("Hello", report.Body);
        Assert.Empty(report.Links);
        Assert.Empty(report.Rows);
        Assert.Empty(report.Tasks);
        Assert.Empty(report.Steps);
        Assert.True(report.CheckCompleteness().IsComplete);
        Assert.Equal(new OptionalSectionsReport { Body = "Hello" }, report);
    }

    [Fact]
    public void A_builder_that_leaves_the_optional_section_lists_empty_builds_a_complete_report_without_them()
    {
        var built = OptionalSectionsReport.CreateBuilder().Body("Hello").Build();
        var draft = OptionalSectionsReport.CreateBuilder().Body("Hello").BuildDraft();

        Assert.Equal(built, draft);
        TextAssert.Equal(BodyOnly, built.ToMarkdown());
        TextAssert.Equal(BodyOnly, draft.ToMarkdown());

        var withLink = OptionalSectionsReport.CreateBuilder().Body("Hello").AddLink("a").Build();
        TextAssert.Equal(BodyOnly + "\n## Links\n\n- a\n", withLink.ToMarkdown());
        Assert.Equal(withLink, OptionalSectionsReport.Parse(withLink.ToMarkdown()));
    }

    [Fact]
    public void The_template_still_shows_every_optional_section_with_its_example_items()
    {
        TextAssert.Equal(
            BodyOnly.Replace("Hello", "[Body]", StringComparison.Ordinal)
                + "\n## Links\n\n- [Link]\n"
                + "\n## Rows\n\n| Name | Note |\n|------|------|\n| `[name]` | [note] |\n"
                + "\n## Tasks\n\n- [ ] [Task]\n"
                + "\n## Steps\n\n**Step 1**\n- **Goal**: [Goal]\n",
            OptionalSectionsReport.RenderTemplate());
    }

    [Fact]
    public void An_optional_section_with_empty_text_writes_it_for_an_empty_list_as_an_optional_list_does()
    {
        var empty = new EmptyTextSectionsReport { Body = "Hello" };
        var markdown = empty.ToMarkdown();

        TextAssert.Equal("# Notes\n\n**Refs**:\nNone\n\n## Body\n\nHello\n\n## Links\n\nNone\n", markdown);
        Assert.Equal(empty, EmptyTextSectionsReport.Parse(markdown));
        Assert.True(EmptyTextSectionsReport.Parse(markdown).CheckCompleteness().IsComplete);

        // Null is absent: left out, for the section as for the list.
        TextAssert.Equal("# Notes\n\n## Body\n\nHello\n", (empty with { Links = null!, Refs = null! }).ToMarkdown());
    }

    [Fact]
    public void An_empty_required_section_list_is_still_written_as_its_template()
    {
#pragma warning disable RPT0101 // incomplete on purpose: the required section's list is left empty
        var markdown = new RequiredSectionListReport { Body = "Hello" }.ToMarkdown();
#pragma warning restore RPT0101

        TextAssert.Equal("# Notes\n\n## Body\n\nHello\n\n## Links\n\n- [Link]\n", markdown);
        Assert.False(RequiredSectionListReport.Parse(markdown).CheckCompleteness().IsComplete);
    }

    private static void AssertReadsBackComplete(OptionalSectionsReport report, string markdown)
    {
        var back = OptionalSectionsReport.Parse(markdown);

        Assert.Equal(report, back);
        TextAssert.Equal(markdown, back.ToMarkdown());
        Assert.True(report.CheckCompleteness().IsComplete, string.Join("; ", report.CheckCompleteness().Issues));
        Assert.True(back.CheckCompleteness().IsComplete, string.Join("; ", back.CheckCompleteness().Issues));
    }
}

[Report("Notes")]
public partial record OptionalSectionsReport
{
    [Section("Body"), Placeholder("[Body]")]
    public string? Body { get; init; }

    [Section("Links", Optional = true), Placeholder("[Link]")]
    public ReportList<string> Links { get; init; } = ReportList<string>.Empty;

    [Section("Rows", Optional = true), Table]
    public ReportList<SectionRow> Rows { get; init; } = ReportList<SectionRow>.Empty;

    [Section("Tasks", Optional = true), Checklist, Placeholder("[Task]")]
    public ReportList<ChecklistItem> Tasks { get; init; } = ReportList<ChecklistItem>.Empty;

    [Section("Steps", Optional = true), Repeated("Step {n}")]
    public ReportList<SectionStep> Steps { get; init; } = ReportList<SectionStep>.Empty;
}

public partial record SectionRow
{
    [Column("Name", Code = true), Placeholder("[name]")]
    public string? Name { get; init; }

    [Column("Note"), Placeholder("[note]")]
    public string? Note { get; init; }
}

public partial record SectionStep
{
    [Field("Goal"), Placeholder("[Goal]")]
    public string? Goal { get; init; }
}

[Report("Notes")]
public partial record EmptyTextSectionsReport
{
    [List("Refs", Optional = true, EmptyText = "None"), Placeholder("[Ref]")]
    public ReportList<string> Refs { get; init; } = ReportList<string>.Empty;

    [Section("Body"), Placeholder("[Body]")]
    public string? Body { get; init; }

    [Section("Links", Optional = true), List(EmptyText = "None"), Placeholder("[Link]")]
    public ReportList<string> Links { get; init; } = ReportList<string>.Empty;
}

[Report("Notes")]
public partial record RequiredSectionListReport
{
    [Section("Body"), Placeholder("[Body]")]
    public string? Body { get; init; }

    [Section("Links"), Placeholder("[Link]")]
    public ReportList<string> Links { get; init; } = ReportList<string>.Empty;
}
