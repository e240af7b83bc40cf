using System.Text;
using AgentReports;
using static Reports.Benchmarks.Md;

namespace Reports.Benchmarks;

/// <summary>
/// What a user would write by hand with a <see cref="StringBuilder"/>: the filled Task Report layout (the
/// parts the sample uses, with the "None" texts of its empty optional lists), escaping through <see cref="Md"/>.
/// It does not write blank templates for missing required parts.
/// </summary>
public static class HandWrittenTaskReport
{
    public static string Render(TaskReport r)
    {
        var sb = new StringBuilder(8192);
        var o = r.Overview!;
        sb.Append("# Task Report: ");
        AppendText(sb, o.TaskId!, Ctx.Heading, " - ");
        sb.Append(" - ");
        AppendText(sb, r.TaskName!, Ctx.Heading);
        sb.Append("\n\n## Task Overview\n- **Task ID**: ");
        AppendText(sb, o.TaskId!);
        sb.Append("\n- **Assigned To**: ");
        AppendText(sb, o.AssignedTo!);
        sb.Append("\n- **Epic**: ");
        AppendText(sb, o.Epic!);
        sb.Append("\n- **Spec**: ");
        AppendText(sb, o.Spec!);
        sb.Append("\n- **Task File**: ");
        AppendText(sb, o.TaskFile!);
        sb.Append('\n');

        var d = r.Implementation!;
        sb.Append("\n## Implementation Details\n\n**Implementation Date**: ").Append(Date(d.ImplementationDate));
        sb.Append("  \n**Implementation Time**: ");
        AppendText(sb, d.ImplementationTime!);
        sb.Append("\n\n### Files Changed\n");
        FileList(sb, "Created", d.Files!.Created);
        FileList(sb, "Modified", d.Files.Modified);
        StringList(sb, "Deleted", d.Files.Deleted);
        sb.Append("\n### Key Implementation Decisions\n");
        for (var i = 0; i < d.Decisions.Count; i++)
        {
            var x = d.Decisions[i];
            sb.Append("\n**Decision ").Append(i + 1).Append(": ");
            AppendText(sb, x.Name!, Ctx.Inline, "**");
            sb.Append("**\n- **Context**: ");
            AppendText(sb, x.Context!);
            sb.Append("\n- **Decision**: ");
            AppendText(sb, x.Choice!);
            sb.Append("\n- **Reasoning**: ");
            AppendText(sb, x.Reasoning!);
            sb.Append('\n');
        }

        var s = d.Summary!;
        sb.Append("\n### Implementation Summary\n\n");
        AppendMultiLine(sb, s.Narrative!);
        sb.Append("\n\n**Components Implemented**:\n");
        for (var i = 0; i < s.Components.Count; i++)
        {
            sb.Append(i + 1).Append(". **");
            AppendText(sb, s.Components[i].Name, Ctx.Inline, "**: ");
            sb.Append("**: ");
            AppendText(sb, s.Components[i].Description);
            sb.Append('\n');
        }

        if (s.ApiEndpoints.Count > 0)
        {
            sb.Append("\n**API Endpoints**:\n");
            foreach (var e in s.ApiEndpoints)
            {
                sb.Append("- `").Append(e.Method).Append(' ').Append(e.Path).Append("`: ");
                AppendText(sb, e.Description);
                sb.Append('\n');
            }
        }

        StringList(sb, "Database Changes", s.DatabaseChanges);
        StringList(sb, "External Integrations", s.ExternalIntegrations);
        sb.Append("\n### Deviations from Spec\n\n");
        if (d.Deviations.Count == 0)
        {
            sb.Append("None. Implementation follows spec exactly.\n");
        }
        else
        {
            for (var i = 0; i < d.Deviations.Count; i++)
            {
                var x = d.Deviations[i];
                if (i > 0) sb.Append('\n');
                sb.Append("**Deviation ").Append(i + 1).Append("**:\n- **Original Plan**: ");
                AppendText(sb, x.OriginalPlan!);
                sb.Append("\n- **Actual Implementation**: ");
                AppendText(sb, x.ActualImplementation!);
                sb.Append("\n- **Reason**: ");
                AppendText(sb, x.Reason!);
                sb.Append("\n- **Impact**: ");
                AppendText(sb, x.Impact!);
                sb.Append("\n- **Architect Approval**: ");
                AppendText(sb, x.ArchitectApproval!);
                sb.Append('\n');
            }
        }

        var q = d.Quality!;
        sb.Append("\n### Code Quality Notes\n\n- **Code Style**: ");
        AppendText(sb, q.CodeStyle!);
        sb.Append("\n- **Documentation**: ");
        AppendText(sb, q.Documentation!);
        sb.Append("\n- **Error Handling**: ");
        AppendText(sb, q.ErrorHandling!);
        sb.Append("\n- **Validation**: ");
        AppendText(sb, q.Validation!);
        sb.Append('\n');

        var t = d.SelfTest!;
        sb.Append("\n### Self-Test Results\n\n**Test Date**: ").Append(Date(t.TestDate)).Append('\n');
        StringList(sb, "Test Environment", t.Environment);
        sb.Append("\n**Tests Performed**:\n");
        for (var i = 0; i < t.Tests.Count; i++)
        {
            var x = t.Tests[i];
            var n = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var indent = new string(' ', n.Length + 2);
            sb.Append('\n').Append(n).Append(". **Test: ");
            AppendText(sb, x.Name!, Ctx.Inline, "**");
            sb.Append("**\n").Append(indent).Append("- **Action**: ");
            AppendText(sb, x.Action!);
            sb.Append('\n').Append(indent).Append("- **Result**: ").Append(Outcome(x.Result, emoji: true));
            sb.Append('\n').Append(indent).Append("- **Notes**: ");
            AppendText(sb, x.Notes!);
            sb.Append('\n');
        }

        sb.Append("\n**Overall Self-Test Result**: ").Append(Outcome(t.Overall, emoji: false)).Append("  \n**Issues Found**: ");
        AppendText(sb, t.IssuesFound!);
        sb.Append('\n');
        if (d.KnownLimitations is { } limitations)
        {
            sb.Append("\n### Known Limitations\n\n");
            AppendMultiLine(sb, limitations);
            sb.Append('\n');
        }

        var rv = r.Review!;
        sb.Append("\n---\n\n## Code Review\n\n**Status**: ").Append(rv.Status == ReviewStatus.Approved ? "APPROVED" : "REJECTED");
        sb.Append("  \n**Review Date**: ").Append(Date(rv.ReviewDate)).Append("  \n**Reviewer**: ");
        AppendText(sb, rv.Reviewer!);
        sb.Append("\n\n**Comments**: ");
        AppendMultiLine(sb, rv.Comments!);
        sb.Append('\n');

        var te = r.Testing!;
        sb.Append("\n---\n\n## Testing\n\n**Status**: ").Append(te.Status == TestingStatus.Passed ? "PASSED" : "FAILED");
        sb.Append("  \n**Test Date**: ").Append(Date(te.TestDate)).Append("  \n**Tester**: ");
        AppendText(sb, te.Tester!);
        sb.Append("\n\n**Test Coverage**: ").Append(te.CoveragePercent).Append("%\n");
        StringList(sb, "Tests Added", te.TestsAdded);
        sb.Append("\n**Test Results**:\n");
        foreach (var x in te.Results)
        {
            sb.Append("- ");
            AppendText(sb, x.Suite, Ctx.LineStart, ": ");
            sb.Append(": ").Append(x.Passed).Append(" passed, ").Append(x.Failed).Append(" failed\n");
        }

        var se = r.Security!;
        sb.Append("\n---\n\n## Security Audit\n\n**Status**: ").Append(se.Status == AuditStatus.Cleared ? "CLEARED" : "ISSUES_FOUND");
        sb.Append("  \n**Audit Date**: ").Append(Date(se.AuditDate)).Append("  \n**Auditor**: ");
        AppendText(sb, se.Auditor!);
        sb.Append("\n\n**Security Findings**:\n");
        AppendMultiLine(sb, se.Findings!);
        sb.Append("\n\n**Recommendations**:\n");
        AppendMultiLine(sb, se.Recommendations!);
        sb.Append('\n');

        var ob = r.Observability!;
        sb.Append("\n---\n\n## Observability\n\n**Observability Status**: COMPLETE  \n**Date**: ").Append(Date(ob.Date));
        sb.Append("\n\n**Logging Added**:\n");
        AppendMultiLine(sb, ob.Logging!);
        sb.Append("\n\n**Metrics**:\n");
        AppendMultiLine(sb, ob.Metrics!);
        sb.Append('\n');

        var de = r.Deployment!;
        sb.Append("\n---\n\n## Deployment\n\n**Deployment Status**: READY  \n**Date**: ").Append(Date(de.Date));
        sb.Append("\n\n**Deployment Notes**:\n");
        AppendMultiLine(sb, de.Notes!);
        sb.Append('\n');

        var f = r.Final!;
        sb.Append("\n---\n\n## Final Status\n\n**Overall Status**: ").Append(f.Status switch
        {
            OverallStatus.Complete => "COMPLETE",
            OverallStatus.InProgress => "IN_PROGRESS",
            _ => "BLOCKED",
        });
        sb.Append("  \n**Completion Date**: ").Append(Date(f.CompletionDate)).Append("  \n**Next Task**: ");
        AppendText(sb, f.NextTask!);
        sb.Append('\n');
        return sb.ToString();
    }

    private static string Outcome(TestOutcome? o, bool emoji) => o == TestOutcome.Pass ? (emoji ? "✅ PASS" : "PASS") : (emoji ? "❌ FAIL" : "FAIL");

    private static void FileList(StringBuilder sb, string label, Reports.ReportList<FileChange> items)
    {
        sb.Append("\n**").Append(label).Append("**:\n");
        if (items.Count == 0)
        {
            sb.Append("None\n");
            return;
        }

        foreach (var x in items)
        {
            sb.Append("- `").Append(x.Path).Append("` - ");
            AppendText(sb, x.Purpose);
            sb.Append('\n');
        }
    }

    private static void StringList(StringBuilder sb, string label, Reports.ReportList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        sb.Append("\n**").Append(label).Append("**:\n");
        foreach (var x in items)
        {
            sb.Append("- ");
            AppendText(sb, x, Ctx.LineStart);
            sb.Append('\n');
        }
    }
}
