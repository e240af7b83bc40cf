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
