using System;
using System.Collections.Generic;
using System.Linq;
using AgentReports;
using Reports.Tests.Models;
using Xunit;

namespace Reports.Tests;

/// <summary>The generated typed builders: one method per part, Add… for lists, nested builders, Build/TryBuild/BuildDraft.</summary>
public sealed class BuilderTests
{
    [Fact]
    public void Field_methods_set_every_value_kind()
    {
        var day = new DateOnly(2026, 1, 2);
        var stamp = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var at = new DateTimeOffset(stamp);
        var report = FieldsReport.CreateBuilder()
            .Title("Weekly")
            .Name("Ada")
            .Count(3)
            .Total(40_000_000_000L)
            .Ratio(0.5)
            .Amount(12.5m)
            .Flag(true)
            .Day(day)
            .Stamp(stamp)
            .At(at)
            .Mood(Mood.Happy)
            .Owner("Team B")
            .Coverage(90, "unit only")
            .Json("[1, 2]")
            .Narrative("It went well.")
            .Where(p => p.X(4).Label("corner"))
            .Build();

        Assert.Equal(
            new FieldsReport
            {
                Title = "Weekly",
                Name = "Ada",
                Count = 3,
                Total = 40_000_000_000L,
                Ratio = 0.5,
                Amount = 12.5m,
                Flag = true,
                Day = day,
                Stamp = stamp,
                At = at,
                Mood = Mood.Happy,
                Owner = "Team B",
                Coverage = new Coverage(90, "unit only"),
                Json = "[1, 2]",
                Narrative = "It went well.",
                Where = new Point { X = 4, Label = "corner" },
            },
            report);
    }

    [Fact]
    public void Inline_values_are_accepted_as_a_record_or_as_constructor_values()
    {
        var fromRecord = FieldsReport.CreateBuilder().Coverage(new Coverage(80, "all")).BuildDraft();
        var fromValues = FieldsReport.CreateBuilder().Coverage(80, "all").BuildDraft();

        Assert.Equal(fromRecord.Coverage, fromValues.Coverage);
        Assert.Equal(new Coverage(80, "all"), fromValues.Coverage);
    }

    [Fact]
    public void Section_builders_fill_nested_sections_and_keep_what_earlier_calls_set()
    {
        var report = TaskReport.CreateBuilder()
            .Overview(o => o.TaskId("TASK-142"))
            .Overview(o => o.Epic("EPIC-12"))
            .BuildDraft();

        Assert.Equal("TASK-142", report.Overview!.TaskId);
        Assert.Equal("EPIC-12", report.Overview.Epic);
    }

    [Fact]
    public void Add_methods_cover_lists_tables_checklists_repeated_blocks_and_repeated_sections()
    {
        var report = SectionsReport.CreateBuilder()
            .AddTag("fast")
            .AddTag("safe")
            .AddStep(s => s.Name("Build").Level(Level.Low))
            .AddStep(new StepRow { Name = "Ship", Level = Level.High })
            .AddChoice(c => c.Topic("Storage").Reason("Cheap"))
            .AddFix(f => f.What("Retry").AddFile("src/Retry.cs", "Retries once"))
            .AddTodo("Write docs")
            .AddTodo("Ship it", done: true)
            .AddLink("https://example.com")
            .AddFile(new FileRef("src/A.cs", "Adds A"))
            .AddFile("src/B.cs", "Adds B")
            .Review(r => r.Verdict(Verdict.Rejected).AddChange("Split the PR"))
            .BuildDraft();

        Assert.Equal(new[] { "fast", "safe" }, report.Tags);
        Assert.Equal(new[] { "Build", "Ship" }, report.Steps.Select(s => s.Name));
        Assert.Equal(Level.High, report.Steps[1].Level);
        Assert.Equal("Storage", Assert.Single(report.Choices).Topic);
        Assert.Equal(new FileRef("src/Retry.cs", "Retries once"), Assert.Single(Assert.Single(report.Fixes).Files));
        Assert.Equal(new[] { new ChecklistItem("Write docs"), new ChecklistItem("Ship it", Done: true) }, report.Todo);
        Assert.Equal(new[] { "https://example.com" }, report.Links);
        Assert.Equal(new[] { new FileRef("src/A.cs", "Adds A"), new FileRef("src/B.cs", "Adds B") }, report.Files);
        Assert.Equal(new ChecklistItem("Split the PR"), Assert.Single(report.Review!.Changes));
    }

    [Fact]
    public void Add_method_names_are_singular_where_the_property_is_a_plural()
    {
        var report = CodingImplementationReport.CreateBuilder()
            .Performance(p => p.AddOpportunity("Cache the bucket locally"))
            .KnownIssues(k => k.AddLimitation("Per-key only", "One bucket per client").AddImprovement("Per-endpoint limits", "Next quarter"))
            .NextSteps(n => n.AddAction("Enable in eu-west", "DevOps"))
            .Testing(t => t.AddGap("No multi-region test"))
            .Architecture(a => a.AddComponent(c => c.Name("Limiter").Purpose("Limits").Dependencies("Redis").Notes("Lua")))
            .BuildDraft();

        Assert.Equal("Cache the bucket locally", Assert.Single(report.Performance!.Opportunities));
        Assert.Equal(2, report.KnownIssues!.Limitations.Count + report.KnownIssues.Improvements.Count);
        Assert.Equal("Limiter", Assert.Single(report.Architecture!.Components).Name);

        var task = TaskReport.CreateBuilder()
            .Testing(t => t.AddTestsAdded("tests/A.cs").AddResult("Unit Tests", 3, 0))
            .Implementation(i => i.SelfTest(s => s.AddEnvironment("Linux")).AddDecision(d => d.Name("Redis")))
            .BuildDraft();
        Assert.Equal("tests/A.cs", Assert.Single(task.Testing!.TestsAdded));
        Assert.Equal(new SuiteResult("Unit Tests", 3, 0), Assert.Single(task.Testing.Results));
        Assert.Equal("Linux", Assert.Single(task.Implementation!.SelfTest!.Environment));
    }

    [Fact]
    public void Checks_default_to_ticked_and_code_blocks_take_language_and_code()
    {
        var report = SectionsReport.CreateBuilder()
            .Quality(q => q.TestsPass().DocsUpdated(false).Mood(Mood.Sad))
            .Example("csharp", "var x = 1;")
            .Script("echo hi")
            .BuildDraft();

        Assert.True(report.Quality!.TestsPass);
        Assert.False(report.Quality.DocsUpdated);
        Assert.Equal(new CodeBlock("csharp", "var x = 1;"), report.Example);
        Assert.Equal("echo hi", report.Script);
    }

    [Fact]
    public void Setting_a_whole_list_replaces_items_added_before()
    {
        var report = SectionsReport.CreateBuilder()
            .AddTag("old")
            .Tags(ReportList.Of("new"))
            .AddTag("newer")
            .BuildDraft();

        Assert.Equal(new[] { "new", "newer" }, report.Tags);
    }

    [Fact]
    public void ToBuilder_then_Build_returns_an_equal_report()
    {
        var task = SampleReports.TaskReport();
        var coding = SampleReports.CodingImplementationReport();

        Assert.Equal(task, task.ToBuilder().Build());
        Assert.Equal(coding, coding.ToBuilder().Build());
        Assert.Equal(task.ToMarkdown(), task.ToBuilder().BuildDraft().ToMarkdown());
    }

    [Fact]
    public void A_second_agent_fills_its_section_into_the_first_agents_draft()
    {
        var sample = SampleReports.TaskReport();
        var draft = sample with { Review = null, Testing = null };

        var reviewed = draft.ToBuilder()
            .Review(r => r.Status(ReviewStatus.Approved).ReviewDate(new DateOnly(2026, 11, 19)).Reviewer(AgentReports.Roles.CodeReviewer).Comments("Fine."))
            .BuildDraft();

        Assert.Equal(draft.Implementation, reviewed.Implementation);
        Assert.Equal(draft.Overview, reviewed.Overview);
        Assert.Equal(ReviewStatus.Approved, reviewed.Review!.Status);
        Assert.Null(reviewed.Testing);
    }

    [Fact]
    public void Builders_never_change_the_report_they_started_from()
    {
        var draft = TaskReport.CreateBuilder().Implementation(i => i.SelfTest(s => s.AddEnvironment("Linux"))).BuildDraft();

        var next = draft.ToBuilder().Implementation(i => i.SelfTest(s => s.AddEnvironment("Windows"))).BuildDraft();

        Assert.Equal(new[] { "Linux" }, draft.Implementation!.SelfTest!.Environment);
        Assert.Equal(new[] { "Linux", "Windows" }, next.Implementation!.SelfTest!.Environment);
    }

    [Fact]
    public void BuildDraft_returns_the_report_as_far_as_it_is_filled()
    {
        var draft = TaskReport.CreateBuilder()
            .TaskName("Rate limiting")
            .Overview(o => o.TaskId("TASK-142"))
            .BuildDraft();

        Assert.Equal("Rate limiting", draft.TaskName);
        Assert.Equal("TASK-142", draft.Overview!.TaskId);
        Assert.Null(draft.Overview.Epic);
        Assert.Null(draft.Implementation);
        Assert.Empty(draft.Revisions);
        Assert.False(draft.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void Build_throws_ReportIncompleteException_listing_every_missing_value_by_path()
    {
#pragma warning disable RPT0102 // the placeholder is the point of this test
        var builder = (SampleReports.TaskReport() with { TaskName = null }).ToBuilder()
            .Final(f => f.NextTask("TASK-XXX").CompletionDate(null));
#pragma warning restore RPT0102

        var exception = Assert.Throws<ReportIncompleteException>(() => builder.Build());

        Assert.Equal("TaskReport", exception.ReportName);
        Assert.Equal(
            "TaskReport is incomplete: 3 values need attention (90 of 93 required values filled).\n"
            + "- Task Name is missing: fill in [Task Name].\n"
            + "- Final Status › Completion Date is missing: fill in [Date].\n"
            + "- Final Status › Next Task still holds the placeholder \"TASK-XXX\": replace it with the real value.",
            exception.Message);
        Assert.Equal(new[] { "Task Name", "Final Status › Completion Date", "Final Status › Next Task" }, exception.Issues.Select(i => i.Path));
    }

    [Fact]
    public void TryBuild_reports_instead_of_throwing()
    {
        var incomplete = TaskReport.CreateBuilder().TaskName("Only a name");
        Assert.False(incomplete.TryBuild(out var none, out var result));
        Assert.Null(none);
        Assert.False(result.IsComplete);
        Assert.Equal(5, result.Filled); // the name and the four defaults the report shows

        var complete = SampleReports.TaskReport().ToBuilder();
        Assert.True(complete.TryBuild(out var report, out var ok));
        Assert.Equal(SampleReports.TaskReport(), report);
        Assert.True(ok.IsComplete);
    }

    [Fact]
    public void TryBuild_never_throws_even_for_invalid_values()
    {
        var builder = TaskReport.CreateBuilder().Review(r => r.Status((ReviewStatus)42).Comments(""));

        var built = builder.TryBuild(out var report, out var result);

        Assert.False(built);
        Assert.Null(report);
        Assert.Contains(result.Issues, i => i.Kind == CompletenessIssueKind.Invalid && i.Path == "Code Review › Status");
        Assert.Contains(result.Issues, i => i.Kind == CompletenessIssueKind.Empty && i.Path == "Code Review › Comments");
    }

    [Fact]
    public void Section_records_have_their_own_builders_and_checks()
    {
        var overview = TaskOverview.CreateBuilder().TaskId("TASK-1").Epic("E").Spec("s.md").TaskFile("t.md").AssignedTo("Me").Build();
        Assert.Equal("TASK-1", overview.TaskId);

        var incomplete = new TaskOverviewBuilder().TaskId("TASK-1");
        Assert.False(incomplete.TryBuild(out _, out var result));
        Assert.Equal("Epic is missing: fill in [Epic Name].", result.Issues[0].Message);

        Assert.Equal(overview, overview.ToBuilder().Build());
    }

    [Fact]
    public void A_section_type_shared_by_two_reports_has_one_builder()
    {
        Action<PersonBuilder> fill = p => p.Name("Grace");

        var contact = ContactReport.CreateBuilder().Contact(fill).Build();
        var sections = SectionsReport.CreateBuilder().Summary(s => s.Owner(fill).SignOff(fill)).BuildDraft();

        Assert.Equal(contact.Contact, sections.Summary!.Owner);
        Assert.Equal(contact.Contact, sections.Summary.SignOff);
    }

    [Fact]
    public void Nested_report_types_get_builders_beside_them()
    {
        var report = Outer.NestedReport.CreateBuilder().Value("v").Build();

        Assert.Equal("v", report.Value);
        Assert.IsType<Outer.NestedReportBuilder>(report.ToBuilder());
    }

    [Fact]
    public void Configure_callbacks_must_not_be_null()
    {
        Assert.Throws<ArgumentNullException>(() => TaskReport.CreateBuilder().Overview((Action<TaskOverviewBuilder>)null!));
        Assert.Throws<ArgumentNullException>(() => new TaskReportBuilder(null!));
    }

    [Fact]
    public void Builders_keep_members_they_do_not_know_or_cannot_set()
    {
        var report = new ExtraReport { Value = "a", Note = "kept" };

        var rebuilt = report.ToBuilder().Value("b").BuildDraft();

        Assert.Equal("kept", rebuilt.Note);
        Assert.Equal("fixed", rebuilt.Fixed);
        Assert.Equal("b", rebuilt.Value);
        Assert.Null(typeof(ExtraReportBuilder).GetMethod(nameof(ExtraReport.Fixed)));
    }
}

/// <summary>A report with a member the layout does not know: builders must carry it along.</summary>
[Report]
public partial record ExtraReport
{
    [Field("Value")]
    public string? Value { get; init; }

#pragma warning disable RPT0010 // deliberately not part of the report: builders must still carry it
    public string? Note { get; init; }
#pragma warning restore RPT0010

    [Field("Fixed")]
    public string? Fixed { get; private init; } = "fixed";
}
