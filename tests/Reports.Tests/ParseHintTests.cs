using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Errors for the shapes agents write instead of the template's, saying what was expected in words a reader acts on:
/// a section written as a bold line, text before a list, a second paragraph after a value under its label.
/// </summary>
public sealed class ParseHintTests
{
    [Fact]
    public void A_section_written_as_a_bold_line_says_to_write_it_as_its_heading()
    {
        var markdown = "# Bug report\n\n**Describe the bug**\nSaving crashes.\n\n## Version\n\n2.4.1\n\n## Desktop\n\n- OS: Windows\n\n## Steps\n\n- Save\n";

        Assert.False(GitHubBugReport.TryParse(markdown, out _, out var errors));

        var error = errors[0];
        Assert.Equal(3, error.Line);
        Assert.Contains("expected only the headings of its sections here ('Describe the bug', 'Version', 'Desktop', 'Steps')", error.Message, StringComparison.Ordinal);
        Assert.Contains("found the text '**Describe the bug**', which names the section 'Describe the bug': write it as that section's heading", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_before_a_sections_list_says_a_list_is_expected()
    {
        var markdown = GitHubBugReport.MarkdownTemplate.Replace("## Steps\n\n", "## Steps\n\nSteps to reproduce the behavior:\n\n", StringComparison.Ordinal);

        Assert.False(GitHubBugReport.TryParse(markdown, out _, out var errors));

        Assert.Contains(errors, e => e.Message.Contains("Steps: expected a list, found the text 'Steps to reproduce the behavior:'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_paragraph_under_a_block_label_says_the_value_is_one_paragraph()
    {
        var markdown = "# PR: Retry\n\n**Type**: Bug fix\n\n## Changes\n\n- one\n\n## Commands Run\n\n- ls\n";
        var block = new MarkdownValueReport { Title = "x", Summary = new() { Impact = "i", RootCause = "r", Timeline = "t" }, Actions = ["a"], Metrics = [new MarkdownValueMetric { Name = "n", Before = "b", After = "a" }] }.ToMarkdown()
            .Replace("**Timeline**:\nt\n", "**Timeline**:\n\nFirst.\n\nSecond.\n", StringComparison.Ordinal);

        Assert.False(MarkdownValueReport.TryParse(block, out _, out var errors));

        Assert.Contains(errors, e => e.Message.Contains("found the text 'Second.' after the value of 'Timeline', a paragraph of its own", StringComparison.Ordinal));
        Assert.True(MarkdownValuePullRequest.TryParse(markdown, out _, out _));
    }
}
