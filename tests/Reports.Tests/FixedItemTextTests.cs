using System;
using System.Linq;
using AgentReports;
using Xunit;
using static Reports.Tests.Support.MarkdownEdit;

namespace Reports.Tests;

/// <summary>
/// Items that are one fixed part of a report (an indicator, a check) hold no text of their own: what an agent writes
/// after or under them is reported, never dropped. A task of a checklist is free text and keeps all of its lines. Items
/// that cannot be read keep their number in errors, so the errors after them name the right item.
/// </summary>
public sealed class FixedItemTextTests
{
    private static readonly CodingImplementationReport Coding = SampleReports.CodingImplementationReport();
    private static readonly string CodingMarkdown = Coding.ToMarkdown();
    private static readonly TaskReport Task = SampleReports.TaskReport();
    private static readonly string TaskMarkdown = Task.ToMarkdown();

    [Theory]
    [InlineData("- ⚠️ **Performance Optimization**: one Redis round trip per request", "one Redis round trip per request")]
    [InlineData("- ⚠️ **Performance Optimization** (batching planned)", "(batching planned)")]
    [InlineData("- ⚠️ **Performance Optimization**\n  batching planned", "batching planned")]
    [InlineData("- ⚠️ **Performance Optimization**\n  - batching planned", "a list")]
    public void Text_an_agent_writes_at_an_indicator_is_an_error_not_dropped(string written, string named)
    {
        var markdown = Replace(CodingMarkdown, "- ⚠️ **Performance Optimization**", written);

        Assert.False(CodingImplementationReport.TryParse(markdown, out _, out var errors), "parsed");

        var error = Assert.Single(errors);
        Assert.True(error.Message.Contains(named, StringComparison.Ordinal), error.Message);
        Assert.Equal("RPT0203", error.Code);
        Assert.EndsWith("Performance Optimization", error.Path, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("'⚠️ **Performance Optimization**'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- ✅ **Inline Comments**: Function and complex logic documentation")]
    [InlineData("- ✅ **Inline Comments**: function and complex logic documentation")]
    [InlineData("- ✅ **Inline Comments**")]
    [InlineData("- ✅ **Inline Comments**:")]
    public void An_indicator_with_its_own_description_or_none_reads(string written)
    {
        var markdown = Replace(CodingMarkdown, "- ✅ **Inline Comments**: Function and complex logic documentation", written);

        Assert.Equal(Coding, CodingImplementationReport.Parse(markdown));
    }

    [Fact]
    public void A_description_of_its_own_at_an_indicator_with_one_is_an_error_showing_the_fixed_one()
    {
        var markdown = Replace(CodingMarkdown, "- ✅ **Inline Comments**: Function and complex logic documentation", "- ✅ **Inline Comments**: XML docs on all public members");

        Assert.False(CodingImplementationReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Contains("'✅ **Inline Comments**: Function and complex logic documentation'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'XML docs on all public members'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n  scheduled for TASK-150", "scheduled for TASK-150")]
    [InlineData("\n  - scheduled for TASK-150", "a list")]
    public void Text_under_a_check_is_an_error_not_dropped(string under, string named)
    {
        var check = "- [x] All functional requirements implemented";
        var markdown = Replace(CodingMarkdown, check, check + under);

        Assert.False(CodingImplementationReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("RPT0203", error.Code);
        Assert.EndsWith("All functional requirements implemented", error.Path, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_of_a_checklist_keeps_the_lines_it_goes_on_over()
    {
        var rejected = Task with
        {
            Review = Task.Review! with
            {
                Status = ReviewStatus.Rejected,
                RequiredChanges = [new ChecklistItem("Use constant-time comparison", true), new ChecklistItem("Add tests", false)],
            },
        };
        var markdown = Replace(rejected.ToMarkdown(), "- [x] Use constant-time comparison", "- [x] Use constant-time comparison\n  via `FixedTimeEquals` *only*");

        var report = TaskReport.Parse(markdown);

        Assert.Equal("Use constant-time comparison\nvia `FixedTimeEquals` *only*", report.Review!.RequiredChanges[0].Text);
        Assert.Equal(report, TaskReport.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void Items_after_one_that_cannot_be_read_keep_their_numbers_in_errors()
    {
        var created = TaskMarkdown.Split('\n').First(l => l.StartsWith("- `src/", StringComparison.Ordinal));
        var markdown = Replace(TaskMarkdown, created, "- no path here\n- also no path\n" + created);

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        Assert.Equal(["Implementation Details › Files Changed › Created › 1", "Implementation Details › Files Changed › Created › 2"], errors.Select(e => e.Path));
    }
}
