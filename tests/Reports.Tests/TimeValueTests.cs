using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// <see cref="TimeOnly"/> values (an incident's timeline, a meeting's start): written <c>HH:mm</c>, with seconds and
/// their fraction only when the time has them, so every time reads back the same; read in the forms people write.
/// </summary>
public sealed class TimeValueTests
{
    [Theory]
    [InlineData(14, 2, 0, 0, "14:02")]
    [InlineData(0, 0, 0, 0, "00:00")]
    [InlineData(9, 5, 30, 0, "09:05:30")]
    [InlineData(23, 59, 59, 999, "23:59:59.999")]
    public void A_time_is_written_as_short_as_it_reads_back_the_same(int hour, int minute, int second, int millisecond, string written)
    {
        var report = new TimelineReport
        {
            Name = "Outage",
            Start = new TimeOnly(hour, minute, second, millisecond),
            Events = [new TimelineEvent { At = new TimeOnly(hour, minute, second, millisecond), Event = "Alert" }],
            Checkpoints = [new TimeOnly(hour, minute, second, millisecond)],
        };

        var markdown = report.ToMarkdown();

        Assert.Contains("**Start**: " + written + "\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| " + written + " | Alert |", markdown, StringComparison.Ordinal);
        Assert.Contains("- " + written + "\n", markdown, StringComparison.Ordinal);
        Assert.Equal(report, TimelineReport.Parse(markdown));
    }

    [Fact]
    public void A_time_with_ticks_reads_back_exactly()
    {
        var report = new TimelineReport { Name = "x", Start = new TimeOnly(123_456_789_012L) };

        Assert.Equal(report, TimelineReport.Parse(report.ToMarkdown()));
    }

    [Theory]
    [InlineData("9:05", 9, 5, 0)]
    [InlineData("09:05", 9, 5, 0)]
    [InlineData("14:02:30", 14, 2, 30)]
    [InlineData("2:05 PM", 14, 5, 0)]
    [InlineData("`14:02`", 14, 2, 0)]
    public void Times_read_in_the_forms_people_write(string text, int hour, int minute, int second)
    {
        var markdown = new TimelineReport { Name = "x", Start = new TimeOnly(1, 1) }.ToMarkdown().Replace("**Start**: 01:01", "**Start**: " + text, StringComparison.Ordinal);

        Assert.True(TimelineReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors.Select(e => e.ToString())));
        Assert.Equal(new TimeOnly(hour, minute, second), parsed!.Start);
    }

    [Fact]
    public void A_time_that_is_not_one_is_an_error_that_says_what_a_time_looks_like()
    {
        var markdown = new TimelineReport { Name = "x", Start = new TimeOnly(1, 1) }.ToMarkdown().Replace("**Start**: 01:01", "**Start**: after lunch", StringComparison.Ordinal);

        Assert.False(TimelineReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("RPT0202", error.Code);
        Assert.Contains("Start: expected a time (HH:mm), found 'after lunch'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_shows_the_placeholder_and_a_missing_time_is_reported()
    {
        Assert.Contains("**Start**: [HH:MM]", TimelineReport.MarkdownTemplate, StringComparison.Ordinal);

#pragma warning disable RPT0101 // the report is incomplete on purpose
        var result = new TimelineReport { Name = "x" }.CheckCompleteness();
#pragma warning restore RPT0101

        Assert.Contains(result.Issues, i => i.Path == "Start");
    }
}

[Report("Timeline: {Name}")]
public partial record TimelineReport
{
    [TitleValue, Placeholder("[Name]")]
    public string? Name { get; init; }

    [Field("Start", Layout = FieldLayout.Line), Placeholder("[HH:MM]")]
    public TimeOnly? Start { get; init; }

    [Section("Events", Optional = true), Table]
    public ReportList<TimelineEvent> Events { get; init; } = ReportList<TimelineEvent>.Empty;

    [List("Checkpoints", Optional = true), Placeholder("[HH:MM]")]
    public ReportList<TimeOnly> Checkpoints { get; init; } = ReportList<TimeOnly>.Empty;
}

public partial record TimelineEvent
{
    [Column("Time"), Placeholder("[HH:MM]")]
    public TimeOnly? At { get; init; }

    [Column("Event"), Placeholder("[Event]")]
    public string? Event { get; init; }
}
