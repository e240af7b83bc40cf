using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Free text of two paragraphs in a repeated block, right under its title (Agent OS's spec: a user story's
/// <c>As a [USER_TYPE], …</c> and then <c>[DETAILED_WORKFLOW_DESCRIPTION]</c>): its blank template, and a report, read back.
/// </summary>
public sealed class TwoParagraphTextTests
{
    [Fact]
    public void The_blank_template_reads_back()
    {
        Assert.Equal(
            "# Spec\n\n## Story\n\nAs a [USER_TYPE], I want to [ACTION].\n\n[DETAILED_WORKFLOW_DESCRIPTION]\n\n## Stories\n\n**[STORY_TITLE]**\nAs a [USER_TYPE], I want to [ACTION].\n\n[DETAILED_WORKFLOW_DESCRIPTION]\n",
            StoryText.RenderTemplate());

        var blank = StoryText.Parse(StoryText.MarkdownTemplate);

        Assert.Equal("As a [USER_TYPE], I want to [ACTION].\n\n[DETAILED_WORKFLOW_DESCRIPTION]", Assert.Single(blank.Stories).Text);
    }

    [Fact]
    public void A_story_of_two_paragraphs_reads_as_one_text_and_the_next_title_starts_the_next_story()
    {
        var report = StoryText.Parse("# Spec\n\n## Stories\n\n**Reset password**\nAs a user, I want a reset link.\n\nThe link expires in an hour.\n\n**Lock out**\nAs an admin, I want lockouts.\n");

        Assert.Equal("As a user, I want a reset link.\n\nThe link expires in an hour.", report.Stories[0].Text);
        Assert.Equal("As an admin, I want lockouts.", report.Stories[1].Text);
        Assert.Equal(report, StoryText.Parse(report.ToMarkdown()));
    }
}

[Report("Spec")]
public partial record StoryText
{
    [Section("Story", Optional = true)]
    public StoryPart? Story { get; init; }

    [Section("Stories"), Repeated("{Title}")]
    public ReportList<StoryItem> Stories { get; init; } = [];
}

public partial record StoryPart
{
    [Text, Placeholder("As a [USER_TYPE], I want to [ACTION].\n\n[DETAILED_WORKFLOW_DESCRIPTION]")]
    public string? Text { get; init; }
}

public partial record StoryItem
{
    [TitleValue, Placeholder("[STORY_TITLE]")]
    public string? Title { get; init; }

    [Text, Placeholder("As a [USER_TYPE], I want to [ACTION].\n\n[DETAILED_WORKFLOW_DESCRIPTION]")]
    public string? Text { get; init; }
}
