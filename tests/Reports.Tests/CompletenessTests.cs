// These tests feed placeholder text in on purpose, to see completeness report it.
#pragma warning disable RPT0102

using System;
using System.Linq;
using AgentReports;
using Reports.Tests.Models;
using Xunit;

namespace Reports.Tests;

/// <summary>Generated completeness checks: what is required, how issues are worded, and the conditional rules.</summary>
public sealed class CompletenessTests
{
    [Fact]
    public void The_full_sample_reports_are_complete()
    {
        var task = SampleReports.TaskReport().CheckCompleteness();
        var coding = SampleReports.CodingImplementationReport().CheckCompleteness();

        Assert.True(task.IsComplete);
        Assert.Empty(task.Issues);
        Assert.Equal(task.Required, task.Filled);
        Assert.Equal(93, task.Required);
        Assert.True(coding.IsComplete);
        Assert.Equal(coding.Required, coding.Filled);
        Assert.True(TestData.CompleteFields().CheckCompleteness().IsComplete);
        Assert.True(TestData.CompleteSections().CheckCompleteness().IsComplete);
    }

    [Fact]
    public void A_blank_report_reports_every_required_value_missing_but_the_defaults_it_shows()
    {
        var result = new TaskReport().CheckCompleteness();

        // Assigned To, Reviewer, Tester and Auditor have defaults, which the report shows in their place.
        Assert.False(result.IsComplete);
        Assert.Equal(41, result.Issues.Count);
        Assert.Equal(45, result.Required);
        Assert.Equal(4, result.Filled);
        Assert.All(result.Issues, i => Assert.Equal(CompletenessIssueKind.Missing, i.Kind));
        Assert.All(result.Issues, i => Assert.Null(i.Line));
        Assert.Equal(result.Issues.Count, result.Issues.Select(i => i.Path).Distinct().Count());
        Assert.Equal("Task Name is missing: fill in [Task Name].", result.Issues[0].Message);
        Assert.Equal("Final Status › Next Task is missing: fill in TASK-XXX.", result.Issues[^1].Message);
    }

    [Fact]
    public void Every_value_kind_of_a_blank_report_is_reported_with_its_hint()
    {
        var result = new FieldsReport().CheckCompleteness();

        Assert.Equal(
            new[]
            {
                "Title is missing: fill in [Title].",
                "Name is missing: fill in [Name].",
                "Count is missing: fill in [Count].",
                "Ratio is missing: fill in [Ratio].",
                "Amount is missing: fill in [Amount].",
                "Flag is missing: choose Yes or No.",
                "Day is missing: fill in [Day].",
                "Stamp is missing: fill in [Stamp].",
                "At is missing: fill in [At].",
                "Mood is missing: choose one of 😀 HAPPY / 😢 SAD.",
                "Coverage is missing: fill in [X]% ([note]).",
                "Narrative is missing: fill in [Narrative].",
                "Point › X is missing: fill in [X].",
                "Point › Label is missing: fill in [Label].",
            },
            result.Issues.Select(i => i.Message));

        // Total is a long: it cannot be absent, so it counts as filled; Owner shows its default, "Team A".
        Assert.Equal(16, result.Required);
        Assert.Equal(2, result.Filled);
    }

    [Fact]
    public void A_check_is_missing_only_with_its_section_and_the_message_says_so()
    {
        var report = SampleReports.CodingImplementationReport() with { Checklist = null };

        var issues = report.CheckCompleteness().Issues;

        Assert.Equal(10, issues.Count(i => i.Path.StartsWith("Quality Checklist › ", StringComparison.Ordinal)));
        Assert.Contains("Quality Checklist › Security review completed is missing: add it with its section, ticked or not.", issues.Select(i => i.Message));
        Assert.True(SampleReports.CodingImplementationReport().CheckCompleteness().IsComplete);
    }

    [Fact]
    public void Messages_name_the_path_and_what_to_do()
    {
        var sample = SampleReports.TaskReport();
        var report = sample with
        {
            Implementation = sample.Implementation! with
            {
                SelfTest = sample.Implementation.SelfTest! with { TestDate = null, Environment = ReportList<string>.Empty },
            },
            Review = sample.Review! with { Status = null },
            Testing = sample.Testing! with { CoveragePercent = null },
        };

        Assert.Equal(
            new[]
            {
                "Implementation Details › Self-Test Results › Test Date is missing: fill in [Date].",
                "Implementation Details › Self-Test Results › Test Environment is empty: add at least one item.",
                "Code Review › Status is missing: choose one of APPROVED / REJECTED.",
                "Testing › Test Coverage is missing: fill in XX%.",
            },
            report.CheckCompleteness().Issues.Select(i => i.Message));
    }

    [Fact]
    public void Blank_text_is_Empty_and_empty_required_lists_are_Empty()
    {
        var sample = SampleReports.TaskReport();
        var report = sample with
        {
            TaskName = "   ",
            Testing = sample.Testing! with { TestsAdded = ReportList<string>.Empty, Results = ReportList<SuiteResult>.Empty },
        };

        var issues = report.CheckCompleteness().Issues;

        Assert.All(issues, i => Assert.Equal(CompletenessIssueKind.Empty, i.Kind));
        Assert.Equal(
            new[]
            {
                "Task Name is empty: fill in [Task Name].",
                "Testing › Tests Added is empty: add at least one item.",
                "Testing › Test Results is empty: add at least one item.",
            },
            issues.Select(i => i.Message));
    }

    [Fact]
    public void Placeholders_left_in_are_reported_wherever_they_are()
    {
        var sample = SampleReports.TaskReport();
        var files = sample.Implementation!.Files!;
        var report = sample with
        {
            Overview = sample.Overview! with { TaskId = "TASK-XXX", Epic = "[Epic Name]" },
            Implementation = sample.Implementation with
            {
                Files = files with { Created = files.Created.Add(new FileChange("src/Orders/[filename]", "Adds it")) },
                Decisions = ReportList.Of(sample.Implementation.Decisions[0], sample.Implementation.Decisions[1] with { Context = "TODO: explain" }),
            },
            Review = sample.Review! with { Comments = "TBD" },
        };

        var issues = report.CheckCompleteness().Issues;

        Assert.All(issues, i => Assert.Equal(CompletenessIssueKind.Placeholder, i.Kind));
        Assert.Equal(
            new[]
            {
                "Task Overview › Task ID still holds the placeholder \"TASK-XXX\": replace it with the real value.",
                "Task Overview › Epic still holds the placeholder \"[Epic Name]\": replace it with the real value.",
                "Implementation Details › Files Changed › Created › 4 › Path still holds the placeholder \"src/Orders/[filename]\": replace it with the real value.",
                "Implementation Details › Key Implementation Decisions › Decision 2 › Context still holds the placeholder \"TODO: explain\": replace it with the real value.",
                "Code Review › Comments still holds the placeholder \"TBD\": replace it with the real value.",
            },
            issues.Select(i => i.Message));
    }

    [Fact]
    public void Values_equal_to_a_default_are_not_placeholders()
    {
        var sample = SampleReports.TaskReport();

        Assert.Equal(AgentReports.Roles.BackendDeveloper, sample.Overview!.AssignedTo);
        Assert.True(sample.CheckCompleteness().IsComplete);
        Assert.True((TestData.CompleteFields() with { Owner = "Team A" }).CheckCompleteness().IsComplete);
    }

    [Fact]
    public void Enum_values_that_are_not_options_are_Invalid()
    {
        var sample = SampleReports.TaskReport();
        var report = sample with { Review = sample.Review! with { Status = (ReviewStatus)99 } };

        var issue = Assert.Single(report.CheckCompleteness().Issues);

        Assert.Equal(CompletenessIssueKind.Invalid, issue.Kind);
        Assert.Equal("Code Review › Status is 99, which is not one of its options: choose one of APPROVED / REJECTED.", issue.Message);
    }

    [Fact]
    public void List_items_are_checked_with_their_number_in_the_path()
    {
        var report = SampleReports.TaskReport() with
        {
            Revisions = ReportList.Of(Revision(), Revision() with
            {
                IssuesAddressed = ReportList.Of(Addressed(), Addressed() with { Fix = null }),
            }),
        };
        var sample = report.Implementation!.SelfTest!;
        report = report with
        {
            Implementation = report.Implementation with
            {
                SelfTest = sample with { Tests = ReportList.Of(sample.Tests[0] with { Result = null }) },
            },
        };

        Assert.Equal(
            new[]
            {
                "Implementation Details › Self-Test Results › Tests Performed › 1 › Result",
                "Revision 2 › Issues Addressed › 2 › Fix",
            },
            report.CheckCompleteness().Issues.Select(i => i.Path));
    }

    [Fact]
    public void Optional_parts_may_be_absent_but_may_not_hold_placeholders()
    {
        var sample = SampleReports.TaskReport();
        var absent = sample with { Implementation = sample.Implementation! with { KnownLimitations = null, Deviations = ReportList<Deviation>.Empty } };
        var placeholder = sample with
        {
            Implementation = sample.Implementation with { KnownLimitations = "[Document any known limitations of current implementation]" },
        };

        Assert.True(absent.CheckCompleteness().IsComplete);
        Assert.Equal(absent.CheckCompleteness().Required, sample.CheckCompleteness().Required);
        var issue = Assert.Single(placeholder.CheckCompleteness().Issues);
        Assert.Equal("Implementation Details › Known Limitations", issue.Path);
        Assert.Equal(CompletenessIssueKind.Placeholder, issue.Kind);
    }

    [Fact]
    public void A_rejected_review_requires_issues_required_changes_and_a_revision()
    {
        var result = Rejected().CheckCompleteness();

        Assert.Equal(
            new[]
            {
                "Code Review › Issues Found is empty: add at least one item (required when Code Review › Status is REJECTED).",
                "Code Review › Required Changes is empty: add at least one item (required when Code Review › Status is REJECTED).",
                "Revision 1 is missing: add the section (required when Code Review › Status is REJECTED).",
            },
            result.Issues.Select(i => i.Message));
    }

    [Fact]
    public void A_rejected_review_with_its_issues_changes_and_revision_is_complete()
    {
        var rejected = Rejected();
        var report = rejected with
        {
            Review = rejected.Review! with
            {
                Issues = ReportList.Of(new ReviewIssue { Description = "Slow", Severity = Severity.Minor, Location = "Limiter.cs", RequiredFix = "Cache" }),
                RequiredChanges = ReportList.Of(new ChecklistItem("Cache the bucket")),
            },
            Revisions = ReportList.Of(Revision()),
        };

        Assert.True(report.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void An_approved_review_requires_none_of_the_rejection_parts()
    {
        var sample = SampleReports.TaskReport();

        Assert.Equal(ReviewStatus.Approved, sample.Review!.Status);
        Assert.Empty(sample.Review.Issues);
        Assert.Empty(sample.Revisions);
        Assert.True(sample.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void Failed_testing_requires_the_issues_found()
    {
        var sample = SampleReports.TaskReport();
        var failed = sample with { Testing = sample.Testing! with { Status = TestingStatus.Failed } };

        var issue = Assert.Single(failed.CheckCompleteness().Issues);
        Assert.Equal("Testing › Issues Found is missing: fill in [Details of test failures] (required when Testing › Status is FAILED).", issue.Message);

        var explained = failed with { Testing = failed.Testing! with { IssuesFound = "Two integration tests time out." } };
        Assert.True(explained.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void A_condition_read_through_an_absent_section_does_not_hold()
    {
        var sample = SampleReports.TaskReport();
        var report = sample with { Review = null };

        Assert.DoesNotContain(report.CheckCompleteness().Issues, i => i.Path.StartsWith("Revision", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_conditions_on_one_part_any_of_them_makes_it_required()
    {
        var complete = TestData.CompleteSections();
        var escalated = complete with { Review = complete.Review! with { Escalated = true }, Escalation = new Escalation { Contact = "Ops", Deadline = new DateOnly(2026, 2, 1) } };

        var issue = Assert.Single(escalated.CheckCompleteness().Issues);

        Assert.Equal("Review › Reason is missing: fill in [Reason] (required when Review › Verdict is REJECTED or Review › Escalated is Yes).", issue.Message);
    }

    [Fact]
    public void An_absent_conditionally_required_section_names_the_condition_for_each_value()
    {
        var complete = TestData.CompleteSections();
        var escalated = complete with { Review = complete.Review! with { Escalated = true, Reason = "Customer impact" } };

        Assert.Equal(
            new[]
            {
                "Escalation › Contact is missing: fill in [Contact] (required when Review › Escalated is Yes).",
                "Escalation › Deadline is missing: fill in [Deadline] (required when Review › Escalated is Yes).",
            },
            escalated.CheckCompleteness().Issues.Select(i => i.Message));
    }

    [Fact]
    public void Conditions_from_the_report_root_are_known_when_the_whole_report_is_checked()
    {
        var complete = TestData.CompleteSections();
        var rejected = complete with
        {
            Review = complete.Review! with { Verdict = Verdict.Rejected, Reason = "Too slow", Changes = ReportList.Of(new ChecklistItem("Cache")) },
            Fixes = ReportList.Of(new Fix { What = "Cache", Files = ReportList.Of(new FileRef("src/Cache.cs", "Caches")) }),
            Appendix = new Appendix { Extra = "More" },
        };

        var issue = Assert.Single(rejected.CheckCompleteness().Issues);
        Assert.Equal("Appendix › Reference is missing: fill in [Reference] (required when Review › Verdict is REJECTED).", issue.Message);

        // On its own the section cannot see the review, so the part is optional there.
        Assert.True(rejected.Appendix!.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void A_default_left_unset_counts_as_filled_as_it_does_once_written_and_read_back()
    {
        var sample = SampleReports.TaskReport();
        var report = sample with { Overview = sample.Overview! with { AssignedTo = null } };

        var before = report.CheckCompleteness();
        var reread = TaskReport.Parse(report.ToMarkdown());

        Assert.Equal(Roles.BackendDeveloper, reread.Overview!.AssignedTo);
        Assert.True(before.IsComplete, before.ToString());
        Assert.Equal(before.ToString(), reread.CheckCompleteness().ToString());
    }

    [Fact]
    public void Filled_and_issues_add_up_to_required()
    {
        var draft = TaskReport.CreateBuilder()
            .TaskName("Half done")
            .Overview(o => o.TaskId("TASK-7").Epic("TBD"))
            .BuildDraft();

        var result = draft.CheckCompleteness();

        Assert.Equal(result.Required, result.Filled + result.Issues.Count);
        Assert.Equal(6, result.Filled);
        Assert.Equal("Incomplete: 6 of 45 required values filled; 39 issues.", result.ToString());
    }

    [Fact]
    public void EnsureComplete_throws_like_Build()
    {
        var sample = SampleReports.TaskReport();
        var report = sample with { Final = sample.Final! with { NextTask = "" } };

        var exception = Assert.Throws<ReportIncompleteException>(() => report.EnsureComplete());

        Assert.Equal(
            "TaskReport is incomplete: 1 value needs attention (92 of 93 required values filled).\n"
            + "- Final Status › Next Task is empty: fill in TASK-XXX.",
            exception.Message);
        sample.EnsureComplete();
    }

    [Fact]
    public void Options_add_markers_and_rules_or_turn_the_look_alike_rules_off()
    {
        var sample = SampleReports.TaskReport();
        var report = sample with { Review = sample.Review! with { Comments = "DRAFT: more detail" }, Overview = sample.Overview! with { Epic = "Sample epic" } };
        var options = new CompletenessOptions
        {
            Markers = new[] { "DRAFT" },
            IsPlaceholder = value => value.StartsWith("Sample", StringComparison.Ordinal),
        };

        Assert.True(report.CheckCompleteness().IsComplete);
        Assert.Equal(new[] { "Task Overview › Epic", "Code Review › Comments" }, report.CheckCompleteness(options: options).Issues.Select(i => i.Path));

        var lookAlike = sample with { Review = sample.Review with { Comments = "TBD" } };
        Assert.True(lookAlike.CheckCompleteness(options: new CompletenessOptions { DetectPlaceholderLike = false }).IsComplete);
    }

    [Fact]
    public void AllowPlaceholderLike_accepts_look_alikes_but_not_the_members_own_placeholder()
    {
        var complete = TestData.CompleteFields();

        Assert.True((complete with { Json = "[1, 2, 3]" }).CheckCompleteness().IsComplete);
        var issue = Assert.Single((complete with { Json = "[json]" }).CheckCompleteness().Issues);
        Assert.Equal("Json still holds the placeholder \"[json]\": replace it with the real value.", issue.Message);
        Assert.True((complete with { Json = "[a, b]" }).CheckCompleteness().IsComplete);
        Assert.Single((complete with { Nickname = "[a, b]" }).CheckCompleteness().Issues);
        Assert.True((complete with { Nickname = "[1, 2, 3]" }).CheckCompleteness().IsComplete);
    }

    [Fact]
    public void Code_blocks_report_their_template_but_accept_brackets_in_code()
    {
        var complete = TestData.CompleteSections();

        Assert.True((complete with { Example = new CodeBlock("json", "[1, 2, 3]") }).CheckCompleteness().IsComplete);
        Assert.Equal(
            new[]
            {
                "Example still holds the placeholder \"[code]\": replace it with the real value.",
                "Script is empty: fill in the code block.",
            },
            (complete with { Example = new CodeBlock("csharp", "[code]"), Script = "" }).CheckCompleteness().Issues.Select(i => i.Message));
        Assert.Equal(
            "Example still holds the placeholder \"[language]\": replace it with the real value.",
            Assert.Single((complete with { Example = new CodeBlock("[language]", "x") }).CheckCompleteness().Issues).Message);
    }

    [Fact]
    public void Section_records_check_themselves_with_paths_from_the_section()
    {
        var review = new CodeReview { Status = ReviewStatus.Rejected, ReviewDate = new DateOnly(2026, 1, 1), Reviewer = "Me", Comments = "No." };

        Assert.Equal(
            new[]
            {
                "Issues Found is empty: add at least one item (required when Status is REJECTED).",
                "Required Changes is empty: add at least one item (required when Status is REJECTED).",
            },
            review.CheckCompleteness().Issues.Select(i => i.Message));
        Assert.Throws<ReportIncompleteException>(() => review.EnsureComplete());
    }

    /// <remarks>
    /// The first checks run the runtime's unoptimized (tier-0) code, which can allocate where optimized code does not
    /// (a generic search boxing its arguments did once: 6,336 B per check). This test sees that only when it runs before
    /// other tests have warmed the check up, as when it runs alone; in the whole suite it checks optimized code. The
    /// package tests' consumer checks the first calls in a fresh process.
    /// </remarks>
    [Fact]
    public void Checking_a_complete_report_allocates_nothing()
    {
        var report = SampleReports.TaskReport();
        report.CheckCompleteness();
        report.CheckCompleteness(role: AgentReports.Roles.CodeReviewer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = report.CheckCompleteness();
        var forRole = report.CheckCompleteness(role: AgentReports.Roles.CodeReviewer);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsComplete && forRole.IsComplete);
        Assert.Equal(0, allocated);
    }

    private static TaskReport Rejected()
    {
        var sample = SampleReports.TaskReport();
        return sample with { Review = sample.Review! with { Status = ReviewStatus.Rejected } };
    }

    private static Revision Revision() => new()
    {
        RevisionDate = new DateOnly(2026, 11, 19),
        IssuesAddressed = ReportList.Of(Addressed()),
        RetestResults = "All tests pass.",
        ReadyForReview = new DateOnly(2026, 11, 19),
    };

    private static AddressedIssue Addressed() => new()
    {
        Issue = "Slow",
        Fix = "Cached",
        FilesModified = "src/Limiter.cs",
        Verification = "Benchmark",
    };
}
