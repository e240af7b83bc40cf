using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>Task lists with subtasks nested under their tasks (BMAD's story: <c>- [ ] Task 1</c> then <c>  - [ ] Subtask 1.1</c>).</summary>
public sealed class SubtaskTests
{
    private const string Filled = """
        ## Tasks / Subtasks

        - [x] Add the reset endpoint (AC: 1)
          - [x] Hash the token
          - [ ] Expire it after an hour
            - [ ] Add the clock abstraction
        - [ ] Send the email (AC: 2)

        """;

    [Fact]
    public void Subtasks_read_under_their_tasks_at_any_depth_and_round_trip()
    {
        var story = TaskBreakdown.Parse(Filled);

        Assert.Equal(2, story.Tasks.Count);
        Assert.Equal(["Hash the token", "Expire it after an hour"], story.Tasks[0].Items.Select(t => t.Text));
        Assert.True(story.Tasks[0].Items[0].Done);
        Assert.Equal("Add the clock abstraction", Assert.Single(story.Tasks[0].Items[1].Items).Text);
        Assert.Empty(story.Tasks[1].Items);
        Assert.Equal(Filled.Replace("\r\n", "\n", StringComparison.Ordinal), story.ToMarkdown());
        Assert.Equal(story, TaskBreakdown.Parse(story.ToMarkdown()));
    }

    [Fact]
    public void A_nested_note_that_is_not_a_task_is_still_an_error()
    {
        Assert.False(TaskBreakdown.TryParse("## Tasks / Subtasks\n\n- [ ] Send the email\n  - blocked on SMTP access\n", out _, out var errors));

        Assert.Contains(errors, e => e.Code == "RPT0203" && e.Message.Contains("nested in it", StringComparison.Ordinal));
    }

    [Fact]
    public void Subtask_text_is_escaped_as_a_tasks_is()
    {
        var story = new TaskBreakdown { Tasks = [new ChecklistItem("Parent") { Items = [new ChecklistItem("[x] not done *really*")] }] };

        Assert.Equal(story, TaskBreakdown.Parse(story.ToMarkdown()));
    }
}

[Report]
public partial record TaskBreakdown
{
    [Section("Tasks / Subtasks"), Placeholder("Task 1 (AC: # if applicable)")]
    public ReportList<ChecklistItem> Tasks { get; init; } = [];
}

/// <summary>Tasks and subtasks an agent marked with emoji instead of boxes.</summary>
public sealed class MarkedTaskTests
{
    [Fact]
    public void Marked_tasks_and_subtasks_read_as_ticked_or_not()
    {
        var story = TaskBreakdown.Parse("## Tasks / Subtasks\n\n- ✅ Add the endpoint\n  - ✅ Hash the token\n  - ❌ Expire it\n- [ ] Send the email\n");

        Assert.True(story.Tasks[0].Done);
        Assert.Equal([true, false], story.Tasks[0].Items.Select(t => t.Done));
        Assert.Equal("Expire it", story.Tasks[0].Items[1].Text);
        Assert.False(story.Tasks[1].Done);
    }
}
