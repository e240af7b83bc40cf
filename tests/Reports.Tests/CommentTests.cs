using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// HTML comments, the guidance of many real templates (GitHub's pull-request and issue templates among them):
/// a template can hold them, a section can hold nothing else in the blank template, and a filled report that
/// keeps them reads as if they were not there, as Markdown shows them to no reader. A comment that hides text
/// (never closed) or has text after its end is still an error.
/// </summary>
public sealed class CommentTests
{
    private const string Template = """
        # Pull Request

        ## Description

        <!-- Describe your changes in detail -->

        ## Type of Change

        - [ ] Bug fix (non-breaking change which fixes an issue)
        - [ ] New feature (non-breaking change which adds functionality)

        ## How Has This Been Tested?

        <!-- Please describe the tests that you ran -->

        **Test Commands**:
        - [Command]

        """;

    private static readonly PullRequestReport Filled = new()
    {
        Description = "Adds retries to the HTTP client.\nThree attempts, exponential back-off.",
        Type = new ChangeKind { BugFix = true },
        Testing = new PullRequestTesting { Notes = "Unit tests for the retry policy.", Commands = ["dotnet test"] },
    };

    [Fact]
    public void A_section_whose_template_is_only_a_comment_renders_the_comment_alone()
    {
        Assert.Equal(Template, PullRequestReport.RenderTemplate());
    }

    [Fact]
    public void A_filled_report_that_keeps_the_comments_reads_its_values()
    {
        var markdown = Template
            .Replace("<!-- Describe your changes in detail -->\n", "<!-- Describe your changes in detail -->\nAdds retries to the HTTP client.\nThree attempts, exponential back-off.\n", StringComparison.Ordinal)
            .Replace("- [ ] Bug fix", "- [x] Bug fix", StringComparison.Ordinal)
            .Replace("<!-- Please describe the tests that you ran -->\n", "<!-- Please describe the tests that you ran -->\n\nUnit tests for the retry policy.\n", StringComparison.Ordinal)
            .Replace("- [Command]", "- dotnet test", StringComparison.Ordinal);

        Assert.True(PullRequestReport.TryParse(markdown, out var report, out var errors), string.Join("\n", errors));
        Assert.Equal(Filled, report);
        Assert.True(report!.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void A_report_written_without_the_comments_reads_back_equal()
    {
        var markdown = Filled.ToMarkdown();
        Assert.DoesNotContain("<!--", markdown, StringComparison.Ordinal);
        Assert.Equal(Filled, PullRequestReport.Parse(markdown));
    }

    [Fact]
    public void The_blank_template_reads_as_a_report_with_nothing_filled()
    {
        var blank = PullRequestReport.Parse(PullRequestReport.RenderTemplate());
        Assert.Null(blank.Description);
        Assert.False(blank.CheckCompleteness().IsComplete);
        Assert.Contains(blank.CheckCompleteness().Issues, i => i.Path == "Description" && i.Kind == CompletenessIssueKind.Missing);
    }

    public static TheoryData<string, string> CommentsAnywhere() => new()
    {
        { "before the first section", Filled.ToMarkdown().Replace("## Description", "<!-- Filled by the coding agent -->\n\n## Description", StringComparison.Ordinal) },
        { "over several lines", Filled.ToMarkdown().Replace("## Type of Change\n", "## Type of Change\n\n<!--\nTick every box\nthat applies\n-->\n", StringComparison.Ordinal) },
        { "two on one line", Filled.ToMarkdown().Replace("## Type of Change\n", "## Type of Change\n\n<!-- one --> <!-- two -->\n", StringComparison.Ordinal) },
        { "the short forms", Filled.ToMarkdown().Replace("## Type of Change\n", "## Type of Change\n\n<!--> <!---> <!---->\n", StringComparison.Ordinal) },
        { "between a label and its list", Filled.ToMarkdown().Replace("**Test Commands**:\n", "**Test Commands**:\n<!-- one command per line -->\n", StringComparison.Ordinal) },
        { "nested in a list item", Filled.ToMarkdown().Replace("- dotnet test\n", "- dotnet test\n\n  <!-- add more -->\n", StringComparison.Ordinal) },
        { "at the end", Filled.ToMarkdown() + "\n<!-- end of report -->\n" },
    };

    [Theory]
    [MemberData(nameof(CommentsAnywhere))]
    public void A_comment_standing_as_a_block_is_skipped_anywhere(string where, string markdown)
    {
        Assert.Contains("<!--", markdown, StringComparison.Ordinal);
        Assert.True(PullRequestReport.TryParse(markdown, out var report, out var errors), where + ": " + string.Join("\n", errors));
        Assert.Equal(Filled, report);
    }

    public static TheoryData<string, string, string> CommentsThatHideOrHoldText() => new()
    {
        {
            "text after the end",
            Filled.ToMarkdown().Replace("## Type of Change\n", "## Type of Change\n\n<!-- tick one --> Bug fix\n", StringComparison.Ordinal),
            "(10,1): error RPT0203: Type of Change: expected report content (labelled values, lists, tables, code fences), found an HTML comment that is never closed or has text after its '-->'."
        },
        {
            "never closed",
            Filled.ToMarkdown().Replace("## How Has This Been Tested?\n", "## How Has This Been Tested?\n\n<!-- the rest is hidden\n", StringComparison.Ordinal),
            "(15,1): error RPT0203: How Has This Been Tested?: expected report content (labelled values, lists, tables, code fences), found an HTML comment that is never closed or has text after its '-->'."
        },
    };

    [Theory]
    [MemberData(nameof(CommentsThatHideOrHoldText))]
    public void A_comment_that_hides_or_holds_text_is_an_error(string what, string markdown, string error)
    {
        Assert.False(PullRequestReport.TryParse(markdown, out var report, out var errors), what);
        Assert.Null(report);
        Assert.Equal(error, Assert.Single(errors).ToString());
    }

    [Fact]
    public void Other_HTML_is_still_an_error()
    {
        var markdown = Filled.ToMarkdown().Replace("## Type of Change\n", "## Type of Change\n\n<details>\nhidden\n</details>\n", StringComparison.Ordinal);
        var error = Assert.Single(PullRequestReport.TryParse(markdown, out _, out var errors) ? [] : errors);
        Assert.EndsWith("found an HTML block.", error.ToString(), StringComparison.Ordinal);
    }
}

[Report("Pull Request")]
public partial record PullRequestReport
{
    [Section("Description", Guidance = "<!-- Describe your changes in detail -->"), Placeholder("")]
    public string? Description { get; init; }

    [Section("Type of Change")]
    public ChangeKind? Type { get; init; }

    [Section("How Has This Been Tested?", Guidance = "<!-- Please describe the tests that you ran -->")]
    public PullRequestTesting? Testing { get; init; }
}

public partial record ChangeKind
{
    [Check("Bug fix (non-breaking change which fixes an issue)")]
    public bool BugFix { get; init; }

    [Check("New feature (non-breaking change which adds functionality)")]
    public bool Feature { get; init; }
}

public partial record PullRequestTesting
{
    [Text, Placeholder("")]
    public string? Notes { get; init; }

    [List("Test Commands"), Placeholder("[Command]")]
    public ReportList<string> Commands { get; init; } = ReportList<string>.Empty;
}
