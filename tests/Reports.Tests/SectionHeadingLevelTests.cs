using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Sections at another level than their place (Google's SRE postmortem: <c>### Date</c>, <c>### Authors</c>, … under the
/// title, then <c>## Action Items</c> and <c>## Lessons Learned</c> over its own <c>### What went well</c>).
/// </summary>
public sealed class SectionHeadingLevelTests
{
    private const string Template = """
        # [Title] (incident #[Number])

        ### Date

        [Date]

        ### Summary

        [Summary]

        ## Action Items

        - [Action]

        ## Lessons Learned

        ### What went well

        - [Went well]

        """;

    [Fact]
    public void The_template_writes_each_heading_at_its_level_and_reads_back()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), SrePostmortem.RenderTemplate());
        Assert.True(SrePostmortem.TryParse(SrePostmortem.MarkdownTemplate, out _, out _));
    }

    [Fact]
    public void A_filled_postmortem_round_trips_and_reads_with_levels_as_agents_change_them()
    {
        var postmortem = new SrePostmortem
        {
            Title = "Cache outage",
            Number = "42",
            Date = new DateOnly(2026, 12, 1),
            Summary = "The cache fleet restarted at once.",
            Actions = ["Stagger restarts"],
            Lessons = new SreLessons { WentWell = ["Alerting fired in a minute"] },
        };

        Assert.Equal(postmortem, SrePostmortem.Parse(postmortem.ToMarkdown()));
        Assert.Equal(postmortem, SrePostmortem.Parse(postmortem.ToMarkdown().Replace("### Date", "## Date", StringComparison.Ordinal).Replace("### Summary", "## Summary", StringComparison.Ordinal)));
    }
}

[Report("{Title} (incident #{Number})")]
public partial record SrePostmortem
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [TitleValue, Placeholder("[Number]")]
    public string? Number { get; init; }

    [Section("Date", HeadingLevel = 3), Placeholder("[Date]")]
    public DateOnly? Date { get; init; }

    [Section("Summary", HeadingLevel = 3), Placeholder("[Summary]")]
    public string? Summary { get; init; }

    [Section("Action Items"), Placeholder("[Action]")]
    public ReportList<string> Actions { get; init; } = [];

    [Section("Lessons Learned")]
    public SreLessons? Lessons { get; init; }
}

public partial record SreLessons
{
    [Section("What went well"), Placeholder("[Went well]")]
    public ReportList<string> WentWell { get; init; } = [];
}
