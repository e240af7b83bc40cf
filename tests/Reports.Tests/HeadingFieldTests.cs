using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A field written as a heading (BMAD's story template: <c>## Status: Draft</c>, and <c>### Agent Model Used: …</c> in a
/// section), written at the level a section there takes, read back, and checked as its type.
/// </summary>
public sealed class HeadingFieldTests
{
    [Fact]
    public void The_template_writes_the_label_and_the_placeholder_as_a_heading()
    {
        Assert.Equal(
            """
            # Story [Number]: [Title]

            ## Status: Draft / Approved / InProgress / Review / Done

            ## Story

            [As a role, I want a capability, so that a benefit]

            ## Dev Agent Record

            ### Agent Model Used: `[Agent Model Name/Version]`

            ### Debug Log References

            - [Log]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            StoryFile.RenderTemplate());
    }

    [Fact]
    public void A_story_reads_back_and_the_blank_template_reads()
    {
        var story = new StoryFile
        {
            Number = "1.2",
            Title = "Password reset",
            Status = StoryStatus.InProgress,
            Story = "As a user, I want a reset link, so that I can sign in.",
            Dev = new DevRecord { Model = "claude-opus-4", DebugLog = ["none"] },
        };
        var markdown = story.ToMarkdown();

        Assert.Contains("\n## Status: InProgress\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Agent Model Used: `claude-opus-4`\n", markdown, StringComparison.Ordinal);
        Assert.Equal(story, StoryFile.Parse(markdown));
        Assert.Equal(story, StoryFile.Parse(markdown.Replace("## Status: InProgress", "## Status: in progress", StringComparison.Ordinal)));
        Assert.Null(StoryFile.Parse(StoryFile.MarkdownTemplate).Status);
        Assert.Equal(story, StoryFile.Parse(markdown.Replace("## Status: InProgress", "## Status\n\nInProgress", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_value_not_among_the_options_is_an_error_at_the_heading()
    {
        Assert.False(StoryFile.TryParse("# Story 1.2: Reset\n\n## Status: Shipped\n\n## Story\n\nText.\n", out _, out var errors));

        Assert.Contains(errors, e => e.Line == 3 && e.Code == "RPT0202" && e.Message.Contains("'Shipped'", StringComparison.Ordinal));
    }
}

[Report("Story {Number}: {Title}")]
public partial record StoryFile
{
    [TitleValue, Placeholder("[Number]")]
    public string? Number { get; init; }

    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Field("Status", Layout = FieldLayout.Heading)]
    public StoryStatus? Status { get; init; }

    [Section("Story"), Placeholder("[As a role, I want a capability, so that a benefit]")]
    public string? Story { get; init; }

    [Section("Dev Agent Record")]
    public DevRecord? Dev { get; init; }
}

public partial record DevRecord
{
    [Field("Agent Model Used", Layout = FieldLayout.Heading, Code = true), Placeholder("[Agent Model Name/Version]")]
    public string? Model { get; init; }

    [Section("Debug Log References"), Placeholder("[Log]")]
    public ReportList<string> DebugLog { get; init; } = [];
}

public enum StoryStatus
{
    [Option("Draft")]
    Draft = 1,

    [Option("Approved")]
    Approved,

    [Option("InProgress")]
    InProgress,

    [Option("Review")]
    Review,

    [Option("Done")]
    Done,
}
