using System;
using System.Linq;
using AgentReports;
using Xunit;
using static Reports.Tests.Support.MarkdownEdit;

namespace Reports.Tests;

/// <summary>
/// How agents fill the seed templates, read as they mean it: a number in bold with its suffix, the first words of a long
/// suffix, a value in parentheses left out, "None" as the only item of a list, a phrase saying there is none, and a
/// repeated section that says it does not apply.
/// </summary>
public sealed class AgentFillToleranceTests
{
    private static readonly TaskReport Task = SampleReports.TaskReport();
    private static readonly CodingImplementationReport Coding = SampleReports.CodingImplementationReport();

    [Fact]
    public void A_number_in_bold_with_its_suffix_reads()
    {
        var markdown = Replace(Task.ToMarkdown(), "**Test Coverage**: 91%", "**Test Coverage**: **91%**");

        Assert.Equal(Task, TaskReport.Parse(markdown));
    }

    [Fact]
    public void The_first_words_of_a_long_suffix_read_as_the_whole()
    {
        var markdown = Replace(Coding.ToMarkdown(), "/10 overall implementation complexity", "/10");

        Assert.Equal(Coding, CodingImplementationReport.Parse(markdown));
    }

    [Fact]
    public void A_value_in_parentheses_at_the_end_of_an_inline_format_may_be_left_out()
    {
        var markdown = Coding.ToMarkdown();
        var line = markdown.Split('\n').Single(l => l.StartsWith("- **Test Coverage**:", StringComparison.Ordinal));

        var parsed = CodingImplementationReport.Parse(Replace(markdown, line, line.Substring(0, line.IndexOf(" (", StringComparison.Ordinal))));

        Assert.Equal(Coding.QualityMetrics!.Statistics!.TestCoverage!.Percent, parsed.QualityMetrics!.Statistics!.TestCoverage!.Percent);
        Assert.Contains(parsed.CheckCompleteness().Issues, i => i.Path.EndsWith("Breakdown", StringComparison.Ordinal));

        // Written back as it was read, not with the placeholder (which would read back as a value).
        var rewritten = parsed.ToMarkdown();
        Assert.Contains(line.Substring(0, line.IndexOf(" (", StringComparison.Ordinal)) + "\n", rewritten, StringComparison.Ordinal);
        Assert.Equal(parsed, CodingImplementationReport.Parse(rewritten));
    }

    [Theory]
    [InlineData("None")]
    [InlineData("None identified.")]
    [InlineData("No files created")]
    public void A_list_with_an_empty_text_whose_only_item_says_there_is_none_is_empty_and_reads_back(string written)
    {
        var markdown = Task.ToMarkdown();
        var start = markdown.IndexOf("**Created**:\n", StringComparison.Ordinal) + "**Created**:\n".Length;
        var end = markdown.IndexOf("\n\n", start, StringComparison.Ordinal);

        var parsed = TaskReport.Parse(markdown.Remove(start, end - start).Insert(start, "- " + written));

        Assert.Empty(parsed.Implementation!.Files!.Created);
        Assert.Equal(parsed, TaskReport.Parse(parsed.ToMarkdown()));
    }

    [Fact]
    public void A_required_list_without_an_empty_text_does_not_take_a_phrase_for_none()
    {
        // Written back, an empty required list is its template: the agent's "none" would not come back, so it stays an error.
        Assert.False(GapsReport.TryParse("## Known Gaps\n\n- None identified.\n", out _, out var errors));
        Assert.Contains(errors, e => e.Message.Contains("None identified.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repeated_block_s_title_written_without_its_bold_reads_as_the_title()
    {
        var markdown = Task.ToMarkdown();
        var title = "**Decision 1: " + Task.Implementation!.Decisions[0].Name + "**";
        Assert.Contains(title, markdown, StringComparison.Ordinal);

        var parsed = TaskReport.Parse(markdown.Replace(title, title.Trim('*'), StringComparison.Ordinal));

        Assert.Equal(Task, parsed);
    }

    [Fact]
    public void A_named_item_written_without_its_bold_reads_as_name_and_description()
    {
        var markdown = Coding.ToMarkdown();
        var start = markdown.IndexOf("### Current Limitations\n", StringComparison.Ordinal) + "### Current Limitations\n".Length;
        var end = markdown.IndexOf("\n\n", start, StringComparison.Ordinal);

        var parsed = CodingImplementationReport.Parse(markdown.Remove(start, end - start).Insert(start, "- Single region: Limits are kept per region.\n- **Fail open**: Requests pass while Redis is down."));

        Assert.Equal([new NamedNote("Single region", "Limits are kept per region."), new NamedNote("Fail open", "Requests pass while Redis is down.")], parsed.KnownIssues!.Limitations);
    }

    [Fact]
    public void The_sample_s_lists_that_may_be_empty_take_a_phrase_for_none_and_write_it_back()
    {
        var markdown = Coding.ToMarkdown();
        var start = markdown.IndexOf("### Current Limitations\n", StringComparison.Ordinal) + "### Current Limitations\n".Length;
        var end = markdown.IndexOf("\n\n", start, StringComparison.Ordinal);

        var parsed = CodingImplementationReport.Parse(markdown.Remove(start, end - start).Insert(start, "- None identified."));

        Assert.Empty(parsed.KnownIssues!.Limitations);
        Assert.DoesNotContain(parsed.CheckCompleteness().Issues, i => i.Path.Contains("Current Limitations", StringComparison.Ordinal));
        var written = parsed.ToMarkdown();
        Assert.Contains("### Current Limitations\nNone identified.\n", written, StringComparison.Ordinal);
        Assert.Equal(parsed, CodingImplementationReport.Parse(parsed.ToMarkdown()));
    }

    [Theory]
    [InlineData("N/A")]
    [InlineData("Not applicable.")]
    public void A_repeated_section_that_says_it_does_not_apply_is_no_item(string written)
    {
        var markdown = Replace(Task.ToMarkdown(), "## Testing", "## Revision 1 (if rejected)\n\n" + written + "\n\n---\n\n## Testing");

        var parsed = TaskReport.Parse(markdown);

        Assert.Equal(Task, parsed);
    }

    [Fact]
    public void A_repeated_section_that_explains_why_it_does_not_apply_is_still_an_error()
    {
        var markdown = Replace(Task.ToMarkdown(), "## Testing", "## Revision 1 (if rejected)\n\nN/A - approved on first pass.\n\n---\n\n## Testing");

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));
        Assert.Contains(errors, e => e.Message.Contains("N/A - approved on first pass.", StringComparison.Ordinal));
    }
}

/// <summary>A template's HTML comment left in a plain value, or after a list's label, is not part of the report's text.</summary>
public sealed class HtmlCommentInValueTests
{
    private static readonly TaskReport Task = SampleReports.TaskReport();

    [Fact]
    public void A_comment_left_in_a_plain_value_is_not_part_of_it()
    {
        var markdown = Task.ToMarkdown().Replace("**Epic**: EPIC-12 Public API hardening", "**Epic**: EPIC-12 Public API hardening <!-- the epic's name -->", StringComparison.Ordinal);
        Assert.Contains("<!--", markdown, StringComparison.Ordinal);

        var parsed = TaskReport.Parse(markdown);

        Assert.Equal(Task, parsed);
        Assert.DoesNotContain("&lt;!--", parsed.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_after_an_items_value_is_not_part_of_it()
    {
        var markdown = Task.ToMarkdown().Replace("- `src/Orders.Api/RateLimiting/RateLimitMiddleware.cs` - Applies the limiter and writes Retry-After headers",
            "- `src/Orders.Api/RateLimiting/RateLimitMiddleware.cs` - Applies the limiter and writes Retry-After headers <!-- created -->", StringComparison.Ordinal);
        Assert.Contains("<!-- created -->", markdown, StringComparison.Ordinal);

        var parsed = TaskReport.Parse(markdown);

        Assert.Equal(Task, parsed);
    }

    [Fact]
    public void A_comment_after_a_lists_label_is_not_text_after_it()
    {
        var markdown = Task.ToMarkdown().Replace("**Tests Performed**:", "**Tests Performed**: <!-- List all test cases -->", StringComparison.Ordinal);
        Assert.Contains("<!-- List all test cases -->", markdown, StringComparison.Ordinal);

        Assert.Equal(Task, TaskReport.Parse(markdown));
    }
}

/// <summary>A template's comments and typography kept by an agent around fixed parts: headings, indicators, checks, guidance.</summary>
public sealed class KeptTemplateTextTests
{
    private static readonly TaskReport Task = SampleReports.TaskReport();
    private static readonly CodingImplementationReport Coding = SampleReports.CodingImplementationReport();

    [Fact]
    public void A_comment_after_a_heading_an_indicator_or_a_check_is_not_part_of_it()
    {
        var markdown = Replace(Coding.ToMarkdown(), "### Quality Indicators\n", "### Quality Indicators <!-- ✅ met, ⚠️ partial, ❌ not met -->\n");
        markdown = Replace(markdown, "- ⚠️ **Performance Optimization**", "- ⚠️ **Performance Optimization** <!-- pick one -->");
        markdown = Replace(markdown, "- [x] All functional requirements implemented", "- [x] All functional requirements implemented <!-- tick when done -->");

        Assert.True(CodingImplementationReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors));
        Assert.Equal(Coding, parsed);
    }

    [Fact]
    public void A_repeated_section_holding_only_emphasized_na_is_no_item()
    {
        var markdown = Replace(Task.ToMarkdown(), "## Testing", "## Revision 1 (if rejected)\n\n*N/A*\n\n---\n\n## Testing");

        Assert.Equal(Task, TaskReport.Parse(markdown));
    }

    [Fact]
    public void Template_guidance_with_typographic_quotes_is_still_the_templates()
    {
        var markdown = Replace(Task.ToMarkdown(), "### Code Quality Notes", "[If no deviations: \u201CNone. Implementation follows spec exactly.\u201D]\n\n### Code Quality Notes");

        Assert.True(TaskReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors));
        Assert.Equal(Task, parsed);
    }
}

[Report]
public partial record GapsReport
{
    [Section("Known Gaps")]
    public ReportList<KnownGap> Gaps { get; init; } = ReportList<KnownGap>.Empty;
}

[Inline("**{Name}**: {Description}")]
public sealed record KnownGap(string? Name, string? Description);

/// <summary>A one-line item an agent wrapped onto a second line (a soft break, which Markdown shows as a space).</summary>
public sealed class WrappedItemTests
{
    [Fact]
    public void A_wrapped_inline_item_reads_as_its_lines_joined()
    {
        var report = WrappedSuites.Parse("**Results**:\n- Unit Tests: 24 passed,\n  0 failed\n- Integration: 3 passed, 1 failed\n");

        Assert.Equal([new WrappedSuite("Unit Tests", 24, 0), new WrappedSuite("Integration", 3, 1)], report.Results);
    }

    [Fact]
    public void Text_that_does_not_fit_even_joined_is_still_an_error()
    {
        Assert.False(WrappedSuites.TryParse("**Results**:\n- Unit Tests: 24 passed,\n  none failed\n", out _, out var errors));

        Assert.Contains(errors, e => e.Code == "RPT0202");
    }
}

[Report]
public partial record WrappedSuites
{
    [List("Results")]
    public ReportList<WrappedSuite> Results { get; init; } = [];
}

[Inline("{Suite}: {Passed} passed, {Failed} failed")]
public sealed record WrappedSuite(string Suite, int? Passed, int? Failed);

/// <summary>Checks an agent marked with emoji instead of boxes (<c>- ✅ Unit tests written</c>, <c>- ❌ Docs updated</c>).</summary>
public sealed class MarkedCheckTests
{
    [Theory]
    [InlineData("✅", true)]
    [InlineData("✔️", true)]
    [InlineData("☑️", true)]
    [InlineData("❌", false)]
    [InlineData("⬜", false)]
    public void A_marked_check_reads_as_ticked_or_not(string mark, bool done)
    {
        var report = MarkedChecks.Parse("## Checklist\n\n- " + mark + " Unit tests written\n- [x] Docs updated\n");

        Assert.Equal(done, report.Checks!.Tests);
        Assert.True(report.Checks.Docs);
    }

    [Fact]
    public void A_mark_before_text_that_is_no_check_is_still_an_error()
    {
        Assert.False(MarkedChecks.TryParse("## Checklist\n\n- ✅ Deployed to staging\n", out _, out var errors));

        Assert.Contains(errors, e => e.Code == "RPT0203" && e.Message.Contains("Deployed to staging", StringComparison.Ordinal));
    }
}

[Report]
public partial record MarkedChecks
{
    [Section("Checklist")]
    public MarkedCheckList? Checks { get; init; }
}

public partial record MarkedCheckList
{
    [Check("Unit tests written")]
    public bool Tests { get; init; }

    [Check("Docs updated")]
    public bool Docs { get; init; }
}
