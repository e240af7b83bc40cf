using System;
using System.Linq;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Where meaning is at stake the reader is strict: unknown or duplicated sections and fields, values that are not
/// one of the options, tables with the wrong columns, unexpected text or HTML are errors, never silently dropped.
/// Each error carries its code, line, column, path, what was expected and what was found; all are collected.
/// </summary>
public sealed class ParseErrorTests
{
    private static readonly string Task = SampleReports.TaskReport().ToMarkdown();
    private static readonly string Coding = SampleReports.CodingImplementationReport().ToMarkdown();

    private const string TopSections = "a section 'Task Overview', 'Implementation Details', 'Code Review', 'Revision N', 'Testing', 'Security Audit', 'Observability', 'Deployment', 'Final Status'";

    private const string OverviewParts = "one of the parts 'Task ID', 'Assigned To', 'Epic', 'Spec', 'Task File'";

    public static TheoryData<string, string, string> TaskReportErrors() => new()
    {
        {
            "unknown section",
            Task.Replace("## Final Status", "## Sign-off\n\nLooks good.\n\n## Final Status", StringComparison.Ordinal),
            "(163,1): error RPT0200: expected " + TopSections + ", found the section 'Sign-off'."
        },
        {
            "unknown subsection",
            Task.Replace("### Known Limitations", "### Risks\n\nNone.\n\n### Known Limitations", StringComparison.Ordinal),
            "(92,1): error RPT0200: Implementation Details: expected a section 'Files Changed', 'Key Implementation Decisions', 'Implementation Summary', 'Deviations from Spec', 'Code Quality Notes', 'Self-Test Results', 'Known Limitations', found the section 'Risks'."
        },
        {
            "duplicated section",
            Task + "\n## Code Review\n\n**Status**: APPROVED\n",
            "(169,1): error RPT0201: Code Review: expected the section 'Code Review' once, found it a second time."
        },
        {
            "duplicated field in a paragraph",
            Task.Replace("**Reviewer**: Code Reviewer Agent", "**Reviewer**: Code Reviewer Agent  \n**Status**: APPROVED", StringComparison.Ordinal),
            "(103,1): error RPT0201: Code Review › Status: expected 'Status' once, found it a second time."
        },
        {
            "duplicated field in a list",
            Task.Replace("- **Epic**: EPIC-12 Public API hardening", "- **Epic**: EPIC-12 Public API hardening\n- **Epic**: EPIC-13", StringComparison.Ordinal),
            "(7,3): error RPT0201: Task Overview › Epic: expected 'Epic' once, found it a second time."
        },
        {
            "a status that is not an option",
            Task.Replace("**Status**: APPROVED", "**Status**: DONE", StringComparison.Ordinal),
            "(100,13): error RPT0202: Code Review › Status: expected one of APPROVED, REJECTED, found 'DONE'."
        },
        {
            "a date that is not a date",
            Task.Replace("**Review Date**: 2026-11-19", "**Review Date**: yesterday", StringComparison.Ordinal),
            "(101,18): error RPT0202: Code Review › Review Date: expected a date (yyyy-MM-dd), found 'yesterday'."
        },
        {
            "a number that is not a number",
            Task.Replace("**Test Coverage**: 91%", "**Test Coverage**: ninety%", StringComparison.Ordinal),
            "(114,20): error RPT0202: Testing › Test Coverage: expected a whole number written as '…%', found 'ninety%'."
        },
        {
            "unexpected text",
            Task.Replace("## Task Overview\n", "## Task Overview\nSome words.\n", StringComparison.Ordinal),
            "(4,1): error RPT0203: Task Overview: expected " + OverviewParts + ", found the text 'Some words.'."
        },
        {
            "text after a list's label",
            Task.Replace("**API Endpoints**:\n- `GET /api/orders/{id}`: Now limited; returns 429 with Retry-After when over the limit", "**API Endpoints**: Redis only", StringComparison.Ordinal),
            "(47,20): error RPT0202: Implementation Details › Implementation Summary › API Endpoints: expected the items on the lines below the label, or None, found 'Redis only' after it."
        },
        {
            "a second paragraph of free text",
            Task.Replace("**API Endpoints**:\n- `GET /api/orders/{id}`: Now limited; returns 429 with Retry-After when over the limit", "**API Endpoints**:\nNone", StringComparison.Ordinal),
            "(48,1): error RPT0201: Implementation Details › Implementation Summary: expected one paragraph of free text here, found a second one, 'None'."
        },
        {
            "an HTML block",
            Task.Replace("### Code Quality Notes\n\n", "### Code Quality Notes\n\n<div>\nhidden\n</div>\n\n", StringComparison.Ordinal),
            "(59,1): error RPT0203: Implementation Details › Code Quality Notes: expected report content (labelled values, lists, tables, code fences), found an HTML block."
        },
        {
            "an unknown label",
            Task.Replace("- **Task File**: tasks/TASK-142-rate-limiting.md", "- **Task File**: tasks/TASK-142-rate-limiting.md\n- **Priority**: High", StringComparison.Ordinal),
            "(9,1): error RPT0203: Task Overview: expected " + OverviewParts + ", found the list item '**Priority**: High'."
        },
        {
            "a stray list item",
            Task.Replace("- **Task File**: tasks/TASK-142-rate-limiting.md", "- **Task File**: tasks/TASK-142-rate-limiting.md\n- stray item", StringComparison.Ordinal),
            "(9,1): error RPT0203: Task Overview: expected " + OverviewParts + ", found the list item 'stray item'."
        },
        {
            "a title that does not fit",
            Task.Replace("# Task Report: TASK-142", "# Report TASK-142", StringComparison.Ordinal),
            "(1,1): error RPT0202: expected text in the form \"Task Report: {Overview.TaskId} - {TaskName}\", found 'Report TASK-142 - Rate limiting for the public Orders API'."
        },
        {
            "an inline record that does not fit",
            Task.Replace("- Unit Tests: 48 passed, 0 failed", "- Unit Tests: all green", StringComparison.Ordinal),
            "(121,3): error RPT0202: Testing › Test Results › 1: expected text in the form \"{Suite}: {Passed} passed, {Failed} failed\", found 'Unit Tests: all green'."
        },
    };

    public static TheoryData<string, string, string> CodingReportErrors() => new()
    {
        {
            "a table with the wrong columns",
            Coding.Replace("| Component | Purpose | Dependencies | Notes |", "| Component | Purpose | Notes |", StringComparison.Ordinal).Replace("|-----------|---------|--------------|-------|", "|---|---|---|", StringComparison.Ordinal),
            "(27,1): error RPT0204: Architecture Decisions › Key Components: expected a table with the columns Component | Purpose | Dependencies | Notes, found a table with the columns Component | Purpose | Notes."
        },
        {
            "a row with too few cells",
            Coding.Replace("| **ApiKeyClientResolver** | Identify the caller | HttpContext | Falls back to remote IP |", "| **ApiKeyClientResolver** | Identify the caller | HttpContext |", StringComparison.Ordinal),
            "(31,1): error RPT0204: Architecture Decisions › Key Components › 3: expected 4 cells, found 3 cells."
        },
        {
            "an indicator that is not an option",
            Coding.Replace("- ✅ **Input Validation**", "- 🤷 **Input Validation**", StringComparison.Ordinal),
            "(51,1): error RPT0202: Code Quality Metrics › Quality Indicators › Input Validation: expected one of MET, PARTIAL, NOT_MET, found '🤷'."
        },
        {
            "a status that is not an option, with an emoji",
            Coding.Replace("**Status**: 🟢 COMPLETED", "**Status**: 🟢 DONE", StringComparison.Ordinal),
            "(5,13): error RPT0202: Status: expected one of IN_PROGRESS, COMPLETED, NEEDS_REVIEW, DEPLOYED, found '🟢 DONE'."
        },
        {
            "an aligned line that does not fit",
            Coding.Replace("Integration Tests: 83% (12 tests)", "Integration Tests: lots", StringComparison.Ordinal),
            "(62,20): error RPT0202: Testing Strategy › Test Coverage Analysis › Integration Tests: expected text in the form \"{Percent}% ({Count} tests)\", found 'lots'."
        },
        {
            "an unknown aligned line",
            Coding.Replace("Integration Tests: 83% (12 tests)", "Smoke Tests: 1% (1 tests)", StringComparison.Ordinal),
            "(62,1): error RPT0203: Testing Strategy › Test Coverage Analysis: expected one of the parts 'Unit Tests', 'Integration Tests', 'End-to-End Tests', found the line 'Smoke Tests: 1% (1 tests)'."
        },
        {
            "an unknown check",
            Coding.Replace("- [ ] Performance benchmarks meet requirements", "- [ ] Benchmarks are fast", StringComparison.Ordinal),
            "(185,1): error RPT0203: Quality Checklist: expected one of the parts 'All functional requirements implemented', 'Non-functional requirements met (performance, security, etc.)', 'Code follows established patterns and conventions', 'Comprehensive error handling implemented', 'Input validation and sanitization complete', 'Unit tests written and passing', 'Integration tests cover key workflows', 'Documentation complete and accurate', 'Security review completed', 'Performance benchmarks meet requirements', found the list item '[ ] Benchmarks are fast'."
        },
    };

    [Theory]
    [MemberData(nameof(TaskReportErrors))]
    public void A_broken_task_report_says_exactly_what_is_wrong_and_where(string broken, string markdown, string error)
    {
        Assert.False(TaskReport.TryParse(markdown, out var report, out var errors), broken);
        Assert.Null(report);
        Assert.Equal(error, Assert.Single(errors).ToString());
        var exception = Assert.Throws<ReportParseException>(() => TaskReport.Parse(markdown));
        Assert.Equal(errors, exception.Errors);
        Assert.Equal("The report has 1 error:" + Environment.NewLine + "  " + error, exception.Message);
    }

    [Theory]
    [MemberData(nameof(CodingReportErrors))]
    public void A_broken_coding_report_says_exactly_what_is_wrong_and_where(string broken, string markdown, string error)
    {
        Assert.False(CodingImplementationReport.TryParse(markdown, out _, out var errors), broken);
        Assert.Equal(error, Assert.Single(errors).ToString());
    }

    [Fact]
    public void An_error_has_its_parts_and_a_compiler_style_form()
    {
        TaskReport.TryParse(Task.Replace("**Status**: APPROVED", "**Status**: DONE", StringComparison.Ordinal), out _, out var errors);
        var error = Assert.Single(errors);
        Assert.Equal(new ReportParseError("RPT0202", 100, 13, "Code Review › Status", "one of APPROVED, REJECTED", "'DONE'"), error);
        Assert.Equal("Code Review › Status: expected one of APPROVED, REJECTED, found 'DONE'.", error.Message);
        Assert.Equal("task.md(100,13): error RPT0202: Code Review › Status: expected one of APPROVED, REJECTED, found 'DONE'.", error.ToString("task.md"));
        Assert.Equal("**Status**: DONE  ", Task.Replace("**Status**: APPROVED", "**Status**: DONE", StringComparison.Ordinal).Split('\n')[error.Line - 1]);
        Assert.Equal("DONE", "**Status**: DONE  ".Substring(error.Column - 1, 4));
    }

    [Fact]
    public void Parsing_collects_every_error_in_document_order()
    {
        var markdown = Task
            .Replace("- **Epic**: EPIC-12 Public API hardening", "- **Epic**: EPIC-12 Public API hardening\n- **Epic**: EPIC-13", StringComparison.Ordinal)
            .Replace("**Status**: APPROVED", "**Status**: DONE", StringComparison.Ordinal)
            .Replace("**Review Date**: 2026-11-19", "**Review Date**: soon", StringComparison.Ordinal)
            .Replace("## Final Status", "## Sign-off\n\n## Final Status", StringComparison.Ordinal);
        var exception = Assert.Throws<ReportParseException>(() => TaskReport.Parse(markdown));
        Assert.Equal(
            new[]
            {
                "(7,3): error RPT0201: Task Overview › Epic: expected 'Epic' once, found it a second time.",
                "(101,13): error RPT0202: Code Review › Status: expected one of APPROVED, REJECTED, found 'DONE'.",
                "(102,18): error RPT0202: Code Review › Review Date: expected a date (yyyy-MM-dd), found 'soon'.",
                "(164,1): error RPT0200: expected " + TopSections + ", found the section 'Sign-off'.",
            },
            exception.Errors.Select(e => e.ToString()));
        Assert.StartsWith("The report has 4 errors:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_dropped_silently()
    {
        // Every kind of stray content is reported rather than ignored.
        var strays = new[]
        {
            "> a quote",
            "    indented code",
            "<details>\nhidden approval\n</details>",
            "| a | b |\n|---|---|\n| c | d |",
            "```\nsome code\n```",
            "- [x] a task",
            "**Approved**: yes",
        };
        foreach (var stray in strays)
        {
            var markdown = Task.Replace("## Task Overview\n", "## Task Overview\n\n" + stray + "\n\n", StringComparison.Ordinal);
            Assert.False(TaskReport.TryParse(markdown, out _, out var errors), stray);
            Assert.All(errors, e => Assert.Equal("Task Overview", e.Path));
        }
    }

    [Fact]
    public void Quoted_text_of_several_lines_is_shown_on_one_line_so_each_error_stays_one_line()
    {
        var markdown = AgentReports.SampleReports.TaskReport().ToMarkdown()
            .Replace("**Test Coverage**: 91%", "**Test Coverage**: 91\npercent, roughly", StringComparison.Ordinal);
        Assert.Contains("percent, roughly", markdown, StringComparison.Ordinal);

        Assert.False(AgentReports.TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Contains("'91 ⏎ percent, roughly'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.ToString(), StringComparison.Ordinal);
    }
}
