using System;
using System.Linq;
using AgentReports;
using Reports.Tests.Models;
using Xunit;

namespace Reports.Tests;

/// <summary>Completeness per role: the sections a role fills (FilledBy, inherited by nested parts).</summary>
public sealed class RoleTests
{
    [Fact]
    public void ReportRoles_lists_the_roles_in_report_order()
    {
        Assert.Equal(
            new[]
            {
                AgentReports.Roles.BackendDeveloper, AgentReports.Roles.CodeReviewer, AgentReports.Roles.TestAutomator, AgentReports.Roles.SecurityAuditor,
                AgentReports.Roles.ObservabilityEngineer, AgentReports.Roles.DevOpsEngineer, AgentReports.Roles.Orchestrator,
            },
            TaskReport.ReportRoles);
        Assert.Equal(new[] { "Writer", "Reviewer", "Coder" }, SectionsReport.ReportRoles);
        Assert.Empty(FieldsReport.ReportRoles);
    }

    [Fact]
    public void A_role_gets_only_the_issues_and_counts_of_the_sections_it_fills()
    {
        var blank = new TaskReport();

        var reviewer = blank.CheckCompleteness(role: AgentReports.Roles.CodeReviewer);

        Assert.Equal(AgentReports.Roles.CodeReviewer, reviewer.Role);
        Assert.Equal(
            new[] { "Code Review › Status", "Code Review › Review Date", "Code Review › Comments" },
            reviewer.Issues.Select(i => i.Path));
        Assert.Equal(4, reviewer.Required);
        Assert.All(reviewer.Issues, i => Assert.Equal(AgentReports.Roles.CodeReviewer, i.Role));

        var developer = blank.CheckCompleteness(role: AgentReports.Roles.BackendDeveloper);
        Assert.All(developer.Issues, i => Assert.True(i.Path.StartsWith("Task Overview", StringComparison.Ordinal) || i.Path.StartsWith("Implementation Details", StringComparison.Ordinal)));
        Assert.Equal(18, developer.Issues.Count);
    }

    [Fact]
    public void The_roles_together_with_the_parts_of_no_role_make_the_whole_report()
    {
        var blank = new TaskReport();
        var whole = blank.CheckCompleteness();

        var byRole = TaskReport.ReportRoles.Sum(role => blank.CheckCompleteness(role).Issues.Count);

        // The title value belongs to no role: only the whole-report check sees it.
        Assert.Equal(whole.Issues.Count - 1, byRole);
        var title = whole.Issues.Single(i => i.Role is null);
        Assert.Equal("Task Name", title.Path);
    }

    [Fact]
    public void Conditional_parts_count_for_the_role_of_their_section()
    {
        var sample = SampleReports.TaskReport();
        var rejected = sample with { Review = sample.Review! with { Status = ReviewStatus.Rejected } };

        var developer = rejected.CheckCompleteness(role: AgentReports.Roles.BackendDeveloper);
        var reviewer = rejected.CheckCompleteness(role: AgentReports.Roles.CodeReviewer);

        Assert.Equal("Revision 1", Assert.Single(developer.Issues).Path);
        Assert.Equal(new[] { "Code Review › Issues Found", "Code Review › Required Changes" }, reviewer.Issues.Select(i => i.Path));
    }

    [Fact]
    public void A_nested_section_can_name_another_role()
    {
        var blank = new SectionsReport();

        var writer = blank.CheckCompleteness(role: "Writer").Issues.Select(i => i.Path).ToList();
        var reviewer = blank.CheckCompleteness(role: "Reviewer").Issues.Select(i => i.Path).ToList();

        Assert.Contains("Summary › Owner › Name", writer);
        Assert.DoesNotContain("Summary › Sign-off › Name", writer);
        Assert.Contains("Summary › Sign-off › Name", reviewer);
        Assert.DoesNotContain("Summary › Goal", reviewer);
    }

    [Fact]
    public void A_role_named_in_another_case_is_that_role()
    {
        var report = new TaskReport();

        var exact = report.CheckCompleteness(role: "Code Reviewer Agent");
        var other = report.CheckCompleteness(role: " code reviewer AGENT ");

        Assert.NotEmpty(exact.Issues);
        Assert.Equal(exact.Issues.Select(i => i.Message), other.Issues.Select(i => i.Message));
        Assert.Equal(exact.Issues.Count, report.CheckCompleteness().Issues.Count(i => i.Path.StartsWith("Code Review", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_role_is_an_error_rather_than_an_empty_check()
    {
        var exception = Assert.Throws<ArgumentException>(() => new TaskReport().CheckCompleteness(role: "Code Reviewer"));

        Assert.StartsWith("'Code Reviewer' is not a role of TaskReport; its roles are Backend Developer Agent, Code Reviewer Agent,", exception.Message);
        Assert.Equal("role", exception.ParamName);
        Assert.Throws<ArgumentException>(() => new FieldsReport().CheckCompleteness(role: "Writer"));
    }

    [Fact]
    public void EnsureComplete_for_a_role_ignores_other_roles()
    {
        var sample = SampleReports.TaskReport();
        var draft = sample with { Testing = null };

        draft.EnsureComplete(role: AgentReports.Roles.CodeReviewer);
        var exception = Assert.Throws<ReportIncompleteException>(() => draft.EnsureComplete(role: AgentReports.Roles.TestAutomator));
        Assert.StartsWith("TaskReport is incomplete for Test Automator Agent: 5 values need attention (1 of 6 required values filled).", exception.Message);
    }
}
