using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// GitHub's default bug report template (its body, as in <c>.github/ISSUE_TEMPLATE/bug_report.md</c>), modelled to the
/// byte: bold labels without colons over their text, a lead-in line between a label and its steps, and the issue read
/// back whether the lead-in is kept or not.
/// </summary>
public sealed class GitHubIssueTemplateTests
{
    private const string Template = """
        **Describe the bug**
        A clear and concise description of what the bug is.

        **To Reproduce**
        Steps to reproduce the behavior:
        1. Go to '...'
        2. Click on '....'
        3. Scroll down to '....'
        4. See error

        **Expected behavior**
        A clear and concise description of what you expected to happen.

        **Additional context**
        Add any other context about the problem here.

        """;

    [Fact]
    public void The_template_is_written_as_GitHub_ships_it()
    {
        var template = GitHubDefaultBug.RenderTemplate();

        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), template);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_filled_issue_reads_with_or_without_the_lead_in_line(bool keepLeadIn)
    {
        var issue = """
            **Describe the bug**
            Saving a draft crashes the editor.

            **To Reproduce**
            Steps to reproduce the behavior:
            1. Open a draft
            2. Press Ctrl+S

            **Expected behavior**
            The draft is saved.

            **Additional context**
            Only with drafts over 1 MB.
            """;
        if (!keepLeadIn)
        {
            issue = issue.Replace("Steps to reproduce the behavior:\n", string.Empty, StringComparison.Ordinal);
        }

        Assert.True(GitHubDefaultBug.TryParse(issue, out var report, out var errors), string.Join("\n", errors));

        Assert.Equal(["Open a draft", "Press Ctrl+S"], report!.Steps);
        Assert.Equal("The draft is saved.", report.Expected);
        Assert.True(report.CheckCompleteness().IsComplete);
        Assert.Equal(report, GitHubDefaultBug.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void The_blank_template_is_reported_as_unfilled()
    {
        var parsed = GitHubDefaultBug.Parse(GitHubDefaultBug.MarkdownTemplate);

        // "See error" could be a real last step, so it is not reported; the steps with '...' are.
        Assert.Equal(["Describe the bug", "To Reproduce › 1", "To Reproduce › 2", "To Reproduce › 3", "Expected behavior", "Additional context"],
            parsed.CheckCompleteness().Issues.Select(i => i.Path));
    }
}

[Report]
public partial record GitHubDefaultBug
{
    [Field("Describe the bug", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("A clear and concise description of what the bug is.")]
    public string? Bug { get; init; }

    [List("To Reproduce", Numbered = true, LabelStyle = LabelStyle.NoColon, Guidance = "Steps to reproduce the behavior:")]
    [Placeholder("Go to '...'", "Click on '....'", "Scroll down to '....'", "See error")]
    public ReportList<string> Steps { get; init; } = [];

    [Field("Expected behavior", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("A clear and concise description of what you expected to happen.")]
    public string? Expected { get; init; }

    [Field("Additional context", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("Add any other context about the problem here.")]
    public string? Context { get; init; }
}
