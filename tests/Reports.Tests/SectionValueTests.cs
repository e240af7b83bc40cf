using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A section whose body is one typed value (an enum, a number, a date), as review templates end with <c>### Verdict</c>
/// and a word: written, shown in the template, read and checked as its type.
/// </summary>
public sealed class SectionValueTests
{
    [Fact]
    public void The_template_shows_each_value_under_its_heading()
    {
        Assert.Equal(
            """
            # Review

            ## Verdict

            APPROVED / NEEDS_CHANGES

            ## Score

            [0-10]

            ## Reviewed On

            [Date]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            VerdictReport.RenderTemplate());
    }

    [Fact]
    public void Values_write_and_read_back_as_their_type()
    {
        var report = new VerdictReport { Verdict = ReviewVerdict.NeedsChanges, Score = 7, ReviewedOn = new DateOnly(2026, 12, 7) };

        Assert.Equal("# Review\n\n## Verdict\n\nNEEDS_CHANGES\n\n## Score\n\n7\n\n## Reviewed On\n\n2026-12-07\n", report.ToMarkdown());
        Assert.Equal(report, VerdictReport.Parse(report.ToMarkdown()));
        Assert.Equal(report, VerdictReport.Parse("# Review\n\n## Verdict\n\nNeeds Changes\n\n## Score\n\n7\n\n## Reviewed On\n\n2026-12-07\n"));
    }

    [Fact]
    public void A_value_not_of_its_type_is_an_error_at_its_line()
    {
        Assert.False(VerdictReport.TryParse("# Review\n\n## Verdict\n\nMaybe\n\n## Score\n\nseven\n", out _, out var errors));

        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("APPROVED", StringComparison.Ordinal) && e.Message.Contains("'Maybe'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 9 && e.Message.Contains("whole number", StringComparison.Ordinal));
    }

    [Fact]
    public void The_blank_template_reads_as_nothing_given()
    {
        var blank = VerdictReport.Parse(VerdictReport.MarkdownTemplate);

        Assert.Null(blank.Verdict);
        Assert.Null(blank.Score);
        Assert.Null(blank.ReviewedOn);
        Assert.Equal(3, blank.CheckCompleteness().Issues.Count);
    }
}

[Report("Review")]
public partial record VerdictReport
{
    [Section("Verdict")]
    public ReviewVerdict? Verdict { get; init; }

    [Section("Score"), Placeholder("[0-10]")]
    public int? Score { get; init; }

    [Section("Reviewed On"), Placeholder("[Date]")]
    public DateOnly? ReviewedOn { get; init; }
}

public enum ReviewVerdict
{
    [Option("APPROVED")]
    Approved = 1,

    [Option("NEEDS_CHANGES")]
    NeedsChanges,
}
