using System;
using System.Linq;
using AgentReports;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Repeated sections and blocks carry their number (<c>## Revision 2</c>, <c>**Decision 2: …**</c>), and the writer
/// numbers them 1, 2, 3 in order. A number out of that order would change on the next write, and a mention of
/// "Revision 3" elsewhere would then name another one: reading reports it at its line instead of renumbering.
/// </summary>
public sealed class ItemNumberTests
{
    private static readonly TaskReport Report = FullReports.Task;
    private static readonly string Markdown = Report.ToMarkdown();

    [Fact]
    public void Numbers_in_order_read_as_written()
    {
        Assert.Contains("## Revision 2\n", Markdown, StringComparison.Ordinal);
        Assert.Equal(Report, TaskReport.Parse(Markdown));
    }

    [Fact]
    public void A_skipped_number_is_an_error_naming_the_number_expected()
    {
        var markdown = MarkdownEdit.Replace(Markdown, "## Revision 2\n", "## Revision 3\n");

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0202", LineOf(markdown, "## Revision 3")), (error.Code, error.Line));
        Assert.Contains("expected 'Revision 2' here", error.Message, StringComparison.Ordinal);
        Assert.Contains("found 'Revision 3'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_given_twice_is_an_error_at_the_second()
    {
        var markdown = MarkdownEdit.Replace(Markdown, "## Revision 2\n", "## Revision 1\n");

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0201", LineOf(markdown, "## Revision 1", second: true)), (error.Code, error.Line));
        Assert.Contains("'Revision 1' once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_block_number_given_twice_is_an_error()
    {
        var decision = Report.Implementation!.Decisions[1].Name!;
        var markdown = MarkdownEdit.Replace(Markdown, "**Decision 2: " + decision + "**", "**Decision 1: " + decision + "**");

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0201", LineOf(markdown, "**Decision 1: " + decision)), (error.Code, error.Line));
        Assert.Contains("'Decision 1' once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numbered_section_left_as_not_applicable_takes_no_number()
    {
        // "## Revision 1" holding only N/A is no item: a "Revision 2" after it would be written back as "Revision 1".
        var markdown = "# Task Report: TASK-1 - x\n\n## Revision 1\n\nN/A\n\n## Revision 2\n\n**Revision Date**: 2026-11-20\n";

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0202", 7), (error.Code, error.Line));
        Assert.Contains("expected 'Revision 1' here", error.Message, StringComparison.Ordinal);
        Assert.Contains("one holding only N/A or its template is no item, so remove it and number the others from 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_not_applicable_section_after_the_others_reads()
    {
        var markdown = MarkdownEdit.Replace(Markdown, "\n---\n\n## Testing", "\n---\n\n## Revision 3\n\nN/A\n\n---\n\n## Testing");

        Assert.Equal(Report, TaskReport.Parse(markdown));
    }

    [Theory]
    [InlineData("[Backend Developer fills this section after addressing review feedback]\n\nN/A\n\n---")]
    [InlineData("None\n\n---\n\n[Repeat \"Revision N\" sections as needed]\n\n---")]
    [InlineData("N/A\n\n---\n\n[Repeat \"Revision N\" sections as needed]")]
    public void A_not_applicable_section_among_the_template_s_guidance_and_rules_reads_as_no_item(string body)
    {
        var markdown = MarkdownEdit.Replace(Markdown, "\n---\n\n## Testing", "\n---\n\n## Revision 3 (if rejected)\n\n" + body + "\n\n## Testing");

        Assert.Equal(Report, TaskReport.Parse(markdown));
    }

    [Fact]
    public void A_reason_after_not_applicable_is_still_an_error_not_dropped()
    {
        var markdown = MarkdownEdit.Replace(Markdown, "\n---\n\n## Testing", "\n---\n\n## Revision 3\n\nN/A\n\nApproved on the first review.\n\n---\n\n## Testing");

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        Assert.Contains(errors, e => e.Message.Contains("Approved on the first review.", StringComparison.Ordinal));
    }

    private static int LineOf(string markdown, string text, bool second = false)
    {
        var lines = markdown.Split('\n');
        var found = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith(text, StringComparison.Ordinal)).ToList();
        return found[second ? 1 : 0] + 1;
    }
}
