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
    public void Placeholders_in_braces_or_parentheses_and_questions_left_as_they_were_are_reported()
    {
        var parsed = MadrRecord.Parse(MadrRecord.MarkdownTemplate);

        var issues = parsed.CheckCompleteness().Issues.Select(i => i.Path).ToList();

        Assert.Equal(["Title", "Context and Problem Statement", "Motivation", "Considered Options › 1", "Considered Options › 2"], issues);
        Assert.True((parsed with
        {
            Title = "Use PostgreSQL",
            Context = "We need a store (relational).",
            Motivation = "Which database should the service use?",
            Options = ["PostgreSQL", "(none: keep files)"],
        }).CheckCompleteness().IsComplete);
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

[Report("{Title}")]
public partial record MadrRecord
{
    [TitleValue, Placeholder("{short title of solved problem and solution}")]
    public string? Title { get; init; }

    [Section("Context and Problem Statement"), Placeholder("{Describe the context and problem statement, e.g., in free form using two to three sentences or in the form of an illustrative story.}")]
    public string? Context { get; init; }

    [Section("Motivation"), Placeholder("Why are we doing this? What use cases does it support?")]
    public string? Motivation { get; init; }

    [Section("Considered Options"), Placeholder("{title of option 1}", "(fill me in with the second option)")]
    public ReportList<string> Options { get; init; } = [];
}
