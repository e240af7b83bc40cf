using System;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Headings and labels as agents vary them read as the report's own: a heading in bold, ending with a colon or an emoji;
/// typographic apostrophes and quotes in headings and labels.
/// </summary>
public sealed class HeadingToleranceTests
{
    private static readonly TaskReport Task = SampleReports.TaskReport();
    private static readonly string Markdown = Task.ToMarkdown();

    [Theory]
    [InlineData("## Code Review", "## **Code Review**")]
    [InlineData("### Files Changed", "### Files Changed:")]
    [InlineData("## Implementation Details", "## Implementation Details 🛠️")]
    [InlineData("### Key Implementation Decisions", "### __Key Implementation Decisions__ 📌")]
    [InlineData("### Self-Test Results", "### Self\u2011Test Results")]
    public void A_heading_in_bold_or_ending_with_a_colon_or_an_emoji_reads(string heading, string written)
    {
        Assert.Contains(heading + "\n", Markdown, StringComparison.Ordinal);
        var markdown = Markdown.Replace(heading + "\n", written + "\n", StringComparison.Ordinal);

        Assert.True(TaskReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors));
        Assert.Equal(Task, parsed);
    }

    [Fact]
    public void Typographic_apostrophes_in_headings_and_labels_read_as_plain_ones()
    {
        var report = new WishReport { Wish = "Dark mode", Owner = "Ana" };
        var markdown = report.ToMarkdown().Replace("What's wanted", "What\u2019s wanted", StringComparison.Ordinal)
            .Replace("Owner's name", "Owner\u2019s name", StringComparison.Ordinal);
        Assert.Contains("\u2019", markdown, StringComparison.Ordinal);

        Assert.Equal(report, WishReport.Parse(markdown));
    }

    [Fact]
    public void A_different_heading_is_still_an_unknown_section()
    {
        var markdown = Markdown.Replace("## Code Review\n", "## Code Reviews 🛠️\n", StringComparison.Ordinal);

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));
        Assert.Contains(errors, e => e.Code == "RPT0200" && e.Message.Contains("Code Reviews", StringComparison.Ordinal));
    }
}

[Report("Wish")]
public partial record WishReport
{
    [Field("Owner's name")]
    public string? Owner { get; init; }

    [Section("What's wanted")]
    public string? Wish { get; init; }
}
