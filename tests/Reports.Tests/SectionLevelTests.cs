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
