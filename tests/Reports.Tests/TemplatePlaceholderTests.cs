using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A blank template filled by no one must not pass as complete: each example item is checked against its own placeholder
/// (the template shows item k with the k-th), and a placeholder left as it was counts when it is wholly in brackets or a
/// sentence of guidance, as GitHub's own issue templates write them.
/// </summary>
public sealed class TemplatePlaceholderTests
{
    [Fact]
    public void Every_placeholder_of_the_blank_template_is_reported()
    {
        var parsed = GitHubBugReport.Parse(GitHubBugReport.MarkdownTemplate);

        var issues = parsed.CheckCompleteness().Issues.Select(i => i.Path).ToList();

        Assert.Equal(["Describe the bug", "Version", "Desktop › 1", "Desktop › 2", "Desktop › 3", "Steps › 1", "Steps › 2"], issues);
    }

    [Fact]
    public void A_realistic_example_given_as_the_placeholder_may_still_be_a_value()
    {
        var parsed = GitHubBugReport.Parse(GitHubBugReport.MarkdownTemplate);
        var filled = parsed with
        {
            Bug = "Saving crashes.",
            Version = "2.4.1",
            Desktop = ["OS: Windows 11", "Browser: Edge", "Version: 120"],
            Steps = ["Go to settings", "Click on 'Save'"],
        };

        Assert.True(filled.CheckCompleteness().IsComplete, string.Join("\n", filled.CheckCompleteness().Issues.Select(i => i.Message)));
    }
}

[Report("Bug report")]
public partial record GitHubBugReport
{
    [Section("Describe the bug"), Placeholder("A clear and concise description of what the bug is.")]
    public string? Bug { get; init; }

    [Section("Version"), Placeholder("[1.2.3]")]
    public string? Version { get; init; }

    [Section("Desktop"), Placeholder("OS: [e.g. iOS]", "Browser [e.g. chrome, safari]", "Version [e.g. 22]")]
    public ReportList<string> Desktop { get; init; } = [];

    [Section("Steps"), Placeholder("Go to '...'", "Click on '....'")]
    public ReportList<string> Steps { get; init; } = [];
}
