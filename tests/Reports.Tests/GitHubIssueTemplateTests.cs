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

/// <summary>GitHub's default feature request template, front matter and all (<c>.github/ISSUE_TEMPLATE/feature_request.md</c>).</summary>
public sealed class GitHubFeatureRequestTests
{
    private const string Template = """
        ---
        name: Feature request
        about: Suggest an idea for this project
        title: ''
        labels: ''
        assignees: ''

        ---

        **Is your feature request related to a problem? Please describe.**
        A clear and concise description of what the problem is. Ex. I'm always frustrated when [...]

        **Describe the solution you'd like**
        A clear and concise description of what you want to happen.

        **Describe alternatives you've considered**
        A clear and concise description of any alternative solutions or features you've considered.

        **Additional context**
        Add any other context or screenshots about the feature request here.

        """;

    private const string Filled = """
        **Is your feature request related to a problem? Please describe.**
        Exports time out for projects over 10k issues.

        **Describe the solution you’d like**
        Stream the export as it is built.

        **Describe alternatives you've considered**
        Paging the export by month.

        **Additional context**
        None.
        """;

    [Fact]
    public void The_template_is_written_as_GitHub_ships_it_front_matter_included()
    {
        var template = GitHubFeatureRequest.RenderTemplate();

        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), template);
    }

    [Fact]
    public void An_issue_reads_without_the_front_matter_as_GitHub_files_it_or_with_it()
    {
        var withFrontMatter = Template.Substring(0, Template.IndexOf("**Is", StringComparison.Ordinal)) + Filled;

        var issue = GitHubFeatureRequest.Parse(Filled);

        Assert.Equal("Stream the export as it is built.", issue.Solution);
        Assert.True(issue.CheckCompleteness().IsComplete);
        Assert.Equal(issue, GitHubFeatureRequest.Parse(withFrontMatter));
        Assert.Equal(issue, GitHubFeatureRequest.Parse(issue.ToMarkdown()));
        Assert.DoesNotContain("name: Feature request", issue.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_front_matter_is_an_error_that_names_the_templates()
    {
        var other = "---\nname: Bug report\nabout: x\n---\n\n" + Filled;

        Assert.False(GitHubFeatureRequest.TryParse(other, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal((1, "RPT0203"), (error.Line, error.Code));
        Assert.Contains("name: Feature request", error.Message, StringComparison.Ordinal);
        Assert.Contains("other front matter (lines 1-4)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_after_the_front_matter_keep_the_lines_of_the_file()
    {
        var withFrontMatter = Template.Substring(0, Template.IndexOf("**Is", StringComparison.Ordinal)) + Filled.Replace("**Additional context**", "**Unknown label**", StringComparison.Ordinal);

        Assert.False(GitHubFeatureRequest.TryParse(withFrontMatter, out _, out var errors));

        Assert.Contains(errors, e => e.Line == 19 && e.Message.Contains("Unknown label", StringComparison.Ordinal));
    }
}

[Report(FrontMatter = "name: Feature request\nabout: Suggest an idea for this project\ntitle: ''\nlabels: ''\nassignees: ''\n\n")]
public partial record GitHubFeatureRequest
{
    [Field("Is your feature request related to a problem? Please describe.", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon)]
    [Placeholder("A clear and concise description of what the problem is. Ex. I'm always frustrated when [...]")]
    public string? Problem { get; init; }

    [Field("Describe the solution you'd like", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon)]
    [Placeholder("A clear and concise description of what you want to happen.")]
    public string? Solution { get; init; }

    [Field("Describe alternatives you've considered", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon)]
    [Placeholder("A clear and concise description of any alternative solutions or features you've considered.")]
    public string? Alternatives { get; init; }

    [Field("Additional context", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon)]
    [Placeholder("Add any other context or screenshots about the feature request here.")]
    public string? Context { get; init; }
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
