using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// <c>[Report(SectionLevel = 3)]</c>: sections as level-3 headings under no title, the shape GitHub's issue forms give
/// an issue's body (<c>### What happened?</c>, then the answer).
/// </summary>
public sealed class SectionLevelTests
{
    private static readonly BugIssue Issue = new()
    {
        WhatHappened = "The export **fails** for large files.",
        Version = "2.4.0",
        Logs = "error: out of memory",
        Environment = new BugEnvironment { Details = new BugDetails { Os = "Linux", Browser = "Firefox" } },
    };

    [Fact]
    public void The_template_has_level_3_sections_and_no_title()
    {
        Assert.Equal(
            "### What happened?\n\n[Describe the bug]\n\n### Version\n\n[X.Y.Z]\n\n### Relevant log output\n\n```shell\n[Paste logs]\n```\n\n### Environment\n\n#### Details\n\n- **OS**: [OS]\n- **Browser**: [Browser]\n",
            BugIssue.MarkdownTemplate);
    }

    [Fact]
    public void A_filled_issue_reads_back_and_as_GitHub_would_write_it_with_other_levels()
    {
        var markdown = Issue.ToMarkdown();
        Assert.StartsWith("### What happened?\n\nThe export \\*\\*fails\\*\\* for large files.\n", markdown, StringComparison.Ordinal);
        Assert.Equal(Issue, BugIssue.Parse(markdown));

        var shallower = markdown.Replace("### ", "## ", StringComparison.Ordinal).Replace("#### ", "### ", StringComparison.Ordinal);
        Assert.Equal(Issue, BugIssue.Parse(shallower));
    }
}

[Report(SectionLevel = 3)]
public partial record BugIssue
{
    [Section("What happened?"), Placeholder("[Describe the bug]")]
    public string? WhatHappened { get; init; }

    [Section("Version"), Placeholder("[X.Y.Z]")]
    public string? Version { get; init; }

    [Section("Relevant log output"), CodeBlock(Language = "shell"), Placeholder("[Paste logs]")]
    public string? Logs { get; init; }

    [Section("Environment")]
    public BugEnvironment? Environment { get; init; }
}

public partial record BugEnvironment
{
    [Section("Details")]
    public BugDetails? Details { get; init; }
}

public partial record BugDetails
{
    [Field("OS"), Placeholder("[OS]")]
    public string? Os { get; init; }

    [Field("Browser"), Placeholder("[Browser]")]
    public string? Browser { get; init; }
}

/// <summary>Level-1 sections in a report without a title, as Rust's RFC template writes them.</summary>
public sealed class LevelOneSectionTests
{
    [Fact]
    public void A_report_without_a_title_may_have_level_one_sections()
    {
        Assert.Equal(
            "- Feature Name: (fill me in with a unique ident, `my_awesome_feature`)\n- Start Date: (fill me in with today's date, YYYY-MM-DD)\n\n"
            + "# Summary\n\nOne paragraph explanation of the feature.\n\n# Motivation\n\nWhy are we doing this?\n",
            RustRfc.RenderTemplate());

        var rfc = RustRfc.Parse("- Feature Name: `let_chains`\n- Start Date: 2026-03-14\n\n# Summary\n\nChain `let` in `if`.\n\n# Motivation\n\nFewer nested blocks.\n\n## Examples\n\nSee below.\n");

        Assert.Equal(("`let_chains`", "Chain `let` in `if`.", "Fewer nested blocks.\n\n## Examples\n\nSee below."), (rfc.FeatureName, rfc.Summary?.Markdown, rfc.Motivation?.Markdown));
        Assert.Equal(rfc, RustRfc.Parse(rfc.ToMarkdown()));
    }
}

[Report(SectionLevel = 1)]
public partial record RustRfc
{
    [Field("Feature Name", LabelStyle = LabelStyle.Plain), Placeholder("(fill me in with a unique ident, `my_awesome_feature`)")]
    public string? FeatureName { get; init; }

    [Field("Start Date", LabelStyle = LabelStyle.Plain), Placeholder("(fill me in with today's date, YYYY-MM-DD)")]
    public string? StartDate { get; init; }

    [Section("Summary"), Placeholder("One paragraph explanation of the feature.")]
    public MarkdownText? Summary { get; init; }

    [Section("Motivation"), Placeholder("Why are we doing this?")]
    public MarkdownText? Motivation { get; init; }
}
