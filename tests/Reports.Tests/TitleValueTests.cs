using System;
using System.Linq;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A title that shows a value of a section (<c># Task Report: {Overview.TaskId} - {TaskName}</c>) says it twice: the
/// reader keeps the title's value when the section leaves it out, and reports it when the two disagree, instead of
/// dropping the title's. Dashes in fixed text may be typed as en or em dashes.
/// </summary>
public sealed class TitleValueTests
{
    private static readonly TaskReport Task = SampleReports.TaskReport();
    private static readonly string Markdown = Task.ToMarkdown();
    private const string Title = "# Task Report: TASK-142 - Rate limiting for the public Orders API";

    [Theory]
    [InlineData("\u2013")]
    [InlineData("\u2014")]
    public void A_title_with_an_en_or_em_dash_reads_as_with_a_hyphen(string dash)
    {
        var markdown = Markdown.Replace(Title, "# Task Report: TASK-142 " + dash + " Rate limiting for the public Orders API - phase 1", StringComparison.Ordinal);

        var report = TaskReport.Parse(markdown);

        Assert.Equal("TASK-142", report.Overview!.TaskId);
        Assert.Equal("Rate limiting for the public Orders API - phase 1", report.TaskName);
        Assert.StartsWith("# Task Report: TASK-142 - Rate limiting for the public Orders API - phase 1\n", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TASK-142 \u2014 API", "Rate limiting")]
    [InlineData("TASK-142 \u2013", "Rate limiting")]
    [InlineData("TASK-142", "\u2014 Rate limiting \u2013 phase 1 - done")]
    [InlineData("TASK-142 \u2013 \u2014 -", "x")]
    public void Values_holding_an_en_or_em_dash_between_blanks_read_back_as_written(string taskId, string taskName)
    {
        // The reader takes " – " and " — " for the format's " - ", so the writer escapes them in a value as it does " - ".
        var report = Task with { Overview = Task.Overview! with { TaskId = taskId }, TaskName = taskName };

        var markdown = report.ToMarkdown();

        Assert.Equal(report, TaskReport.Parse(markdown));
    }

    [Fact]
    public void An_inline_item_with_an_em_dash_in_its_code_value_reads_back_as_written()
    {
        var files = Task.Implementation!.Files!;
        var report = Task with
        {
            Implementation = Task.Implementation with
            {
                Files = files with { Created = [files.Created[0] with { Path = "src/Rate \u2014 limit.cs" }] },
            },
        };

        Assert.Equal(report, TaskReport.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void An_inline_item_with_an_em_dash_reads_as_with_a_hyphen()
    {
        var markdown = Markdown.Replace("`src/Orders.Api/RateLimiting/RateLimitMiddleware.cs` - ", "`src/Orders.Api/RateLimiting/RateLimitMiddleware.cs` \u2014 ", StringComparison.Ordinal);
        Assert.NotEqual(Markdown, markdown);

        Assert.Equal(Task, TaskReport.Parse(markdown));
    }

    [Fact]
    public void A_title_value_that_disagrees_with_its_section_is_an_error_naming_both()
    {
        var markdown = Markdown.Replace(Title, "# Task Report: TASK-141 - Rate limiting for the public Orders API", StringComparison.Ordinal);

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0201", 1, "Task Overview › Task ID"), (error.Code, error.Line, error.Path));
        Assert.Contains("'TASK-141'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'TASK-142'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_whose_parts_are_in_another_order_is_an_error_rather_than_a_lost_value()
    {
        var markdown = Markdown.Replace(Title, "# Task Report: Rate limiting - TASK-142 - public Orders API", StringComparison.Ordinal);

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0201", 1), (error.Code, error.Line));
        Assert.Contains("'Rate limiting'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_without_the_value_takes_it_from_the_title()
    {
        var markdown = Markdown.Replace("- **Task ID**: TASK-142\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(Markdown, markdown);

        var report = TaskReport.Parse(markdown);

        Assert.Equal(Task, report);
    }

    [Fact]
    public void A_section_left_out_is_made_with_the_title_value_alone()
    {
        var start = Markdown.IndexOf("## Task Overview", StringComparison.Ordinal);
        var end = Markdown.IndexOf("## Implementation Details", StringComparison.Ordinal);
        var markdown = Markdown.Remove(start, end - start);

        var report = TaskReport.Parse(markdown);

        Assert.Equal(new TaskOverview { TaskId = "TASK-142" }, report.Overview);
        Assert.StartsWith(Title + "\n", report.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains(report.CheckCompleteness().Issues, i => i.Path == "Task Overview › Epic");
    }

    [Fact]
    public void A_title_left_as_the_template_takes_nothing_from_the_section_and_reports_nothing()
    {
        var markdown = Markdown.Replace(Title, "# Task Report: TASK-XXX - [Task Name]", StringComparison.Ordinal);

        var report = TaskReport.Parse(markdown);

        Assert.Equal("TASK-142", report.Overview!.TaskId);
        Assert.Equal(["Task Name"], report.CheckCompleteness().Issues.Select(i => i.Path));
    }

    [Fact]
    public void A_section_left_as_the_template_takes_the_title_value()
    {
        var markdown = Markdown.Replace("- **Task ID**: TASK-142\n", "- **Task ID**: TASK-XXX\n", StringComparison.Ordinal);
        Assert.NotEqual(Markdown, markdown);

        Assert.Equal(Task, TaskReport.Parse(markdown));
    }

    [Fact]
    public void The_blank_template_still_reads()
    {
        Assert.True(TaskReport.TryParse(TaskReport.MarkdownTemplate, out var report, out var errors), string.Join("\n", errors));
        Assert.Equal("TASK-XXX", report!.Overview!.TaskId);
    }
}
