using System;
using System.Linq;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A section heading written at another level than the report's, as agents often do, reads as the section its text
/// names when that section belongs to an enclosing record and is not read yet: one level too deep (<c>###</c> for
/// <c>##</c>), or after a heading written a level too high (<c>#</c> for <c>##</c>), whose following sections nest
/// under it. A subsection written a level too high is reported with where it belongs.
/// </summary>
public sealed class HeadingLevelTests
{
    private static readonly TaskReport Task = SampleReports.TaskReport();

    [Theory]
    [InlineData("## Code Review", "### Code Review")]
    [InlineData("## Testing", "#### Testing")]
    [InlineData("## Code Review", "# Code Review")]
    [InlineData("## Implementation Details", "# Implementation Details")]
    public void A_section_heading_at_another_level_reads_as_the_section(string heading, string written)
    {
        var markdown = Task.ToMarkdown().Replace("\n" + heading + "\n", "\n" + written + "\n", StringComparison.Ordinal);
        Assert.Contains("\n" + written + "\n", markdown, StringComparison.Ordinal);

        Assert.True(TaskReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors.Select(e => e.ToString())));
        Assert.True(Equals(Task, parsed), Support.Dump.FirstDifference(Task, parsed));
    }

    [Theory]
    [InlineData("🚨 ")]
    [InlineData("📝")]
    [InlineData("🧑\u200D💻 ")]
    public void An_emoji_before_the_title_is_left_out(string emoji)
    {
        var markdown = Task.ToMarkdown().Replace("# Task Report: ", "# " + emoji + "Task Report: ", StringComparison.Ordinal);

        Assert.True(TaskReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors.Select(e => e.ToString())));
        Assert.Equal(Task, parsed);
    }

    [Theory]
    [InlineData("I ran the tests and two failed.\n\n```markdown\n{0}```\n", 1, "'I ran the tests and two failed.' outside the ```markdown fence")]
    [InlineData("Here is the report, but Testing is not done yet:\n\n```markdown\n{0}```\n", 1, "'Here is the report, but Testing is not done yet:' outside the ```markdown fence")]
    [InlineData("Here's the report; I couldn't run the integration tests:\n\n```markdown\n{0}```\n", 1, "'Here's the report; I couldn't run the integration tests:' outside the ```markdown fence")]
    [InlineData("Here is the task report:\n\n```markdown\n{0}```\n\nLet me know if you need changes.\n", 0, "'Let me know if you need changes.' outside the ```markdown fence")]
    [InlineData("```markdown\n{0}```\n\nLet me know if you need changes.\n", 0, "'Let me know if you need changes.' outside the ```markdown fence")]
    public void A_report_fenced_inside_a_chat_answer_is_one_clear_error(string shape, int line, string found)
    {
        var markdown = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, Task.ToMarkdown());

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("RPT0203", error.Code);
        Assert.Equal(line == 0 ? markdown.Split('\n').ToList().IndexOf("Let me know if you need changes.") + 1 : line, error.Line);
        Assert.Contains(found + " the report is in; remove the text around the fence", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Here is the task report:\n\n```markdown\n{0}```\n")]
    [InlineData("\nHere is the completed Task Report for TASK-142:\n```md\n{0}```\n\n")]
    [InlineData("\u2705 Here is the filled-in report for `TASK-142` (rate_limiting):\n\n```markdown\n{0}```\n")]
    public void A_report_fenced_after_one_line_introducing_it_reads_as_the_report(string shape)
    {
        var markdown = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, Task.ToMarkdown());

        Assert.True(TaskReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors.Select(e => e.ToString())));
        Assert.Equal(Task, parsed);
    }

    [Theory]
    [InlineData("Here is the task report:\n\n{0}")]
    [InlineData("\n\u2705 Here is the filled-in report for `TASK-142` (rate_limiting):\n{0}")]
    [InlineData("I've completed the implementation. Here's the report:\n\n---\n\n{0}")]
    public void A_report_after_one_line_introducing_it_reads_as_the_report_without_a_fence_too(string shape)
    {
        var markdown = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, Task.ToMarkdown());

        Assert.True(TaskReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors.Select(e => e.ToString())));
        Assert.Equal(Task, parsed);
    }

    [Theory]
    [InlineData("Here is the report, but Testing is not done yet:\n\n{0}", 1)]
    [InlineData("Here is the task report:\n\nIt took two days:\n\n{0}", 3)]
    [InlineData("Here is the task report:\n\n---\n\n---\n\n{0}", 1)]
    [InlineData("Here is the task report:\n\n{0}\nLet me know if you need changes.\n", 0)]
    public void Other_text_before_or_after_an_unfenced_report_is_an_error(string shape, int line)
    {
        var markdown = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, Task.ToMarkdown());

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var expected = line == 0 ? markdown.Split('\n').ToList().IndexOf("Let me know if you need changes.") + 1 : line;
        Assert.Contains(errors, e => e.Line == expected && e.Code == "RPT0203");
    }

    [Fact]
    public void Errors_in_a_report_fenced_after_an_introduction_keep_the_lines_of_the_answer()
    {
        var report = Task.ToMarkdown().Replace("**Status**: APPROVED", "**Status**: DONE", StringComparison.Ordinal);
        var markdown = "Here is the task report:\n\n```markdown\n" + report + "```\n";

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(markdown.Split('\n').ToList().FindIndex(l => l.StartsWith("**Status**: DONE", StringComparison.Ordinal)) + 1, error.Line);
    }

    [Fact]
    public void Yaml_front_matter_is_reported_as_such()
    {
        var markdown = "---\ntitle: Task 142\nauthor: agent\n---\n" + Task.ToMarkdown();

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0203", 1), (error.Code, error.Line));
        Assert.Contains("found YAML front matter (lines 1-4); remove it, or strip it before reading", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_at_the_top_is_not_front_matter()
    {
        var markdown = "---\n\n" + Task.ToMarkdown();

        Assert.True(TaskReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors));
        Assert.Equal(Task, parsed);
    }

    [Fact]
    public void A_subsection_written_a_level_too_high_is_reported_with_where_it_belongs()
    {
        var markdown = Task.ToMarkdown().Replace("\n### Known Limitations\n", "\n## Known Limitations\n", StringComparison.Ordinal);

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("RPT0200", error.Code);
        Assert.Equal(markdown.Split('\n').ToList().IndexOf("## Known Limitations") + 1, error.Line);
        Assert.Contains(
            "found the section 'Known Limitations', which is a subsection of 'Implementation Details': write it under that section's heading, one level deeper (### Known Limitations)",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_read_already_is_not_read_again_from_a_deeper_heading()
    {
        var markdown = Task.ToMarkdown().Replace("\n## Final Status\n", "\n## Final Status\n\n### Code Review\n\nAgain.\n", StringComparison.Ordinal);

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("RPT0200", error.Code);
        Assert.Contains("found the section 'Code Review'", error.Message, StringComparison.Ordinal);
    }
}
