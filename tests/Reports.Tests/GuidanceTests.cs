using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Guidance of several blocks (a block quote note, an italic hint) is template text: a filled report may keep it or
/// drop it, block by block, and reads the same; a quote that holds anything else is still an error.
/// </summary>
public sealed class GuidanceTests
{
    private const string Template = """
        # Release Notes

        ## Summary

        > **Note:** fill this in before the review.

        *Keep it short.*

        [Summary]

        ## Risks

        - **Level**: [Level]

        """;

    private static readonly ReleaseNotes Filled = new() { Summary = "Adds retries.", Risks = new ReleaseRisks { Level = "Low" } };

    [Fact]
    public void Guidance_of_several_blocks_is_written_in_the_blank_template()
    {
        Assert.Equal(Template, ReleaseNotes.RenderTemplate());
    }

    [Theory]
    [InlineData("kept whole", "")]
    [InlineData("the quote dropped", "> **Note:** fill this in before the review.\n\n")]
    [InlineData("the hint dropped", "*Keep it short.*\n\n")]
    public void A_filled_report_that_keeps_any_of_the_guidance_reads_the_same(string variation, string dropped)
    {
        var markdown = Template.Replace("[Summary]", "Adds retries.", StringComparison.Ordinal).Replace("[Level]", "Low", StringComparison.Ordinal);
        if (dropped.Length > 0)
        {
            markdown = markdown.Replace(dropped, string.Empty, StringComparison.Ordinal);
        }

        Assert.True(ReleaseNotes.TryParse(markdown, out var report, out var errors), variation + ": " + string.Join("\n", errors));
        Assert.Equal(Filled, report);
    }

    [Fact]
    public void A_quote_that_holds_more_than_the_guidance_is_an_error()
    {
        var markdown = Filled.ToMarkdown().Replace("## Summary\n\n", "## Summary\n\n> **Note:** fill this in before the review.\n> Reviewed by Sam.\n\n", StringComparison.Ordinal);
        Assert.False(ReleaseNotes.TryParse(markdown, out _, out var errors));
        Assert.Equal("(5,1): error RPT0203: Summary: expected report content (labelled values, lists, tables, code fences), found a block quote.", Assert.Single(errors).ToString());
    }
}

[Report("Release Notes")]
public partial record ReleaseNotes
{
    [Section("Summary", Guidance = "> **Note:** fill this in before the review.\n\n*Keep it short.*")]
    public string? Summary { get; init; }

    [Section("Risks")]
    public ReleaseRisks? Risks { get; init; }
}

public partial record ReleaseRisks
{
    [Field("Level")]
    public string? Level { get; init; }
}

/// <summary>Guidance of several paragraphs or lines, kept by the agent, over a Markdown body or a record of fields.</summary>
public sealed class LongGuidanceTests
{
    [Fact]
    public void A_comment_of_two_paragraphs_kept_over_a_markdown_body_is_not_part_of_it()
    {
        var blank = LongGuidanceReport.Parse(LongGuidanceReport.MarkdownTemplate);
        var kept = LongGuidanceReport.Parse(LongGuidanceReport.MarkdownTemplate.Replace("<!--\nFirst part.\n\nSecond part.\n-->\n", "<!--\nFirst part.\n\nSecond part.\n-->\n\nFixes a crash.\n", StringComparison.Ordinal));

        Assert.True(string.IsNullOrEmpty(blank.Description?.Markdown));
        Assert.Equal("Fixes a crash.", kept.Description?.Markdown);
        Assert.Equal(kept, LongGuidanceReport.Parse(kept.ToMarkdown()));
    }

    [Fact]
    public void Plain_guidance_of_two_lines_kept_over_fields_is_skipped()
    {
        var kept = "## Description\n\nFixes a crash.\n\n## Environment\n\nPlease fill the list below.\n(or run the script).\n\n- OS: Linux\n";

        var report = LongGuidanceReport.Parse(kept);

        Assert.Equal("Linux", report.Environment?.OS);
        Assert.True(LongGuidanceReport.TryParse(LongGuidanceReport.MarkdownTemplate, out _, out var errors), string.Join("\n", errors));
    }
}

[Report]
public partial record LongGuidanceReport
{
    [Section("Description", Guidance = "<!--\nFirst part.\n\nSecond part.\n-->"), Placeholder("")]
    public MarkdownText? Description { get; init; }

    [Section("Environment", Guidance = "Please fill the list below.\n(or run the script).")]
    public LongGuidanceEnvironment? Environment { get; init; }
}

public partial record LongGuidanceEnvironment
{
    [Field("OS", LabelStyle = LabelStyle.Plain), Placeholder("")]
    public string? OS { get; init; }
}
