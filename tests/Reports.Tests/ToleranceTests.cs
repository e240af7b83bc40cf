using System;
using System.Linq;
using System.Text.RegularExpressions;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Filled reports as agents and people write them read back as the report they mean: other bullet characters,
/// extra blank lines, trailing spaces, headings without their emoji, statuses without (or with) their emoji,
/// labels in another case or with the colon inside the bold, optional parts left out, "(if applicable)" kept.
/// </summary>
public sealed class ToleranceTests
{
    private static readonly TaskReport Task = SampleReports.TaskReport();
    private static readonly CodingImplementationReport Coding = SampleReports.CodingImplementationReport();

    private static string TaskMarkdown => Task.ToMarkdown();

    private static string CodingMarkdown => Coding.ToMarkdown();

    public static TheoryData<string> Variations() => new()
    {
        "star bullets",
        "plus bullets",
        "extra blank lines",
        "trailing spaces",
        "CRLF line endings",
        "labels in lower case",
        "labels in upper case",
        "colon inside the bold",
        "headings in another case",
        "guidance kept",
        "tabs after list markers",
        "ordered lists numbered 1. 1. 1.",
        "ordered lists with parentheses",
        "four-space nested bullets",
        "labels in double underscores",
        "a dash after labels",
        "tables without outer pipes",
        "setext headings",
    };

    [Theory]
    [MemberData(nameof(Variations))]
    public void A_task_report_written_differently_reads_the_same(string variation) =>
        AssertReads(Task, Vary(TaskMarkdown, variation), TaskReport.TryParse);

    [Theory]
    [MemberData(nameof(Variations))]
    public void A_coding_report_written_differently_reads_the_same(string variation) =>
        AssertReads(Coding, Vary(CodingMarkdown, variation), CodingImplementationReport.TryParse);

    [Fact]
    public void Heading_emoji_may_be_left_out_or_changed()
    {
        var withoutEmoji = Regex.Replace(CodingMarkdown, "^## [^A-Za-z]+ ", "## ", RegexOptions.Multiline);
        Assert.DoesNotContain("📋", withoutEmoji, StringComparison.Ordinal);
        AssertReads(Coding, withoutEmoji, CodingImplementationReport.TryParse);

        var otherEmoji = CodingMarkdown.Replace("## 📋 Implementation Overview", "## 📝 Implementation Overview", StringComparison.Ordinal);
        AssertReads(Coding, otherEmoji, CodingImplementationReport.TryParse);
    }

    [Theory]
    [InlineData("**Status**: COMPLETED  ")]
    [InlineData("**Status**: 🟢 COMPLETED  ")]
    [InlineData("**Status**: 🟢COMPLETED  ")]
    [InlineData("**Status**: completed  ")]
    [InlineData("**Status**: Completed  ")]
    [InlineData("**Status**: 🟢 Completed")]
    public void A_status_reads_with_or_without_its_emoji_and_in_any_case(string line)
    {
        var markdown = CodingMarkdown.Replace("**Status**: 🟢 COMPLETED  ", line, StringComparison.Ordinal);
        AssertReads(Coding, markdown, CodingImplementationReport.TryParse);
    }

    [Fact]
    public void A_hidden_emoji_may_be_written_and_a_shown_one_left_out()
    {
        // "Overall Self-Test Result" is written without its emoji, a test's "Result" with it.
        var markdown = TaskMarkdown
            .Replace("**Overall Self-Test Result**: PASS", "**Overall Self-Test Result**: ✅ PASS", StringComparison.Ordinal)
            .Replace("- **Result**: ✅ PASS", "- **Result**: PASS", StringComparison.Ordinal);
        AssertReads(Task, markdown, TaskReport.TryParse);
    }

    [Fact]
    public void Optional_parts_may_be_left_out()
    {
        // Known Limitations is an optional section; Revisions are optional; an optional list may be left out.
        var markdown = Regex.Replace(TaskMarkdown, @"### Known Limitations\n\n[^\n]*\n\n", string.Empty);
        markdown = Regex.Replace(markdown, @"\*\*External Integrations\*\*:\n- [^\n]*\n\n", string.Empty);
        var expected = Task with
        {
            Implementation = Task.Implementation! with
            {
                KnownLimitations = null,
                Summary = Task.Implementation.Summary! with { ExternalIntegrations = ReportList<string>.Empty },
            },
        };
        AssertReads(expected, markdown, TaskReport.TryParse);
    }

    [Fact]
    public void Conditions_from_the_template_may_be_kept()
    {
        var markdown = TaskMarkdown
            .Replace("**API Endpoints**:", "**API Endpoints** (if applicable):", StringComparison.Ordinal)
            .Replace("**External Integrations**:", "**External Integrations** (if applicable):", StringComparison.Ordinal)
            .Replace("### Known Limitations", "### Known Limitations (if any)", StringComparison.Ordinal);
        AssertReads(Task, markdown, TaskReport.TryParse);

        var rejected = Task with
        {
            Review = Task.Review! with
            {
                Status = ReviewStatus.Rejected,
                Issues = [new ReviewIssue { Description = "No tests for clock skew", Severity = Severity.Major, Location = "TokenBucketLimiter.cs", RequiredFix = "Add them" }],
            },
            Revisions = [new Revision { RevisionDate = new DateOnly(2026, 11, 20), IssuesAddressed = [new AddressedIssue { Issue = "a", Fix = "b", FilesModified = "c", Verification = "d" }], RetestResults = "All pass", ReadyForReview = new DateOnly(2026, 11, 20) }],
        };
        var withConditions = rejected.ToMarkdown()
            .Replace("**Issues Found**:\n1.", "**Issues Found** (if rejected):\n1.", StringComparison.Ordinal)
            .Replace("## Revision 1", "## Revision 1 (if rejected)", StringComparison.Ordinal);
        Assert.Contains("## Revision 1 (if rejected)", withConditions, StringComparison.Ordinal);
        AssertReads(rejected, withConditions, TaskReport.TryParse);
    }

    [Fact]
    public void A_table_may_be_aligned_and_padded_differently()
    {
        var markdown = CodingMarkdown
            .Replace("|-----------|---------|--------------|-------|", "|:---|:---:|---:|-|", StringComparison.Ordinal)
            .Replace("| **TokenBucketLimiter** | Refill-and-take per client | IConnectionMultiplexer | Lua script, one round trip |",
                "|**TokenBucketLimiter**|Refill-and-take per client|IConnectionMultiplexer|Lua script, one round trip|", StringComparison.Ordinal)
            .Replace("| Component | Purpose | Dependencies | Notes |", "| component | PURPOSE | Dependencies | notes |", StringComparison.Ordinal);
        AssertReads(Coding, markdown, CodingImplementationReport.TryParse);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("none.")]
    [InlineData("N/A")]
    [InlineData("Not applicable")]
    [InlineData("-")]
    public void A_list_label_followed_by_a_word_for_nothing_reads_as_an_empty_list(string nothing)
    {
        var withoutEndpoints = Task with
        {
            Implementation = Task.Implementation! with { Summary = Task.Implementation.Summary! with { ApiEndpoints = ReportList<ApiEndpoint>.Empty } },
        };
        var markdown = withoutEndpoints.ToMarkdown();
        Assert.DoesNotContain("**API Endpoints**", markdown, StringComparison.Ordinal);
        markdown = markdown.Replace("**External Integrations**:", "**API Endpoints**: " + nothing + "\n\n**External Integrations**:", StringComparison.Ordinal);
        AssertReads(withoutEndpoints, markdown, TaskReport.TryParse);
    }

    [Fact]
    public void A_value_may_stand_in_the_paragraph_after_its_label()
    {
        // "**Security Findings**:", a blank line, then the text; and a paragraph field's value moved below its label.
        var markdown = TaskMarkdown
            .Replace("**Security Findings**:\nNo vulnerabilities.", "**Security Findings**:\n\nNo vulnerabilities.", StringComparison.Ordinal)
            .Replace("**Comments**: Clean separation", "**Comments**:\n\nClean separation", StringComparison.Ordinal);
        Assert.Contains("**Security Findings**:\n\nNo vulnerabilities.", markdown, StringComparison.Ordinal);
        Assert.Contains("**Comments**:\n\nClean separation", markdown, StringComparison.Ordinal);
        AssertReads(Task, markdown, TaskReport.TryParse);
    }

    [Fact]
    public void A_label_or_table_after_an_empty_label_is_not_taken_as_its_value()
    {
        // The next paragraph starts with a label: the empty one stays empty (a placeholder-free empty value is
        // reported by completeness, not guessed).
        var markdown = TaskMarkdown.Replace("**Security Findings**:\nNo vulnerabilities.", "**Security Findings**:\n\n**Recommendations**: none\n\nNo vulnerabilities.", StringComparison.Ordinal);
        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));
        Assert.Contains(errors, e => e.ToString().Contains("found the text 'No vulnerabilities.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("```markdown\n", "```\n")]
    [InlineData("```md\n", "```")]
    [InlineData("\n\n````Markdown\n", "````\n\n")]
    [InlineData("~~~markdown\r\n", "~~~~~\r\n")]
    public void A_report_wrapped_whole_in_a_markdown_fence_reads_from_inside_it(string opener, string closer)
    {
        AssertReads(Task, opener + TaskMarkdown + closer, TaskReport.TryParse);

        // The coding report holds code fences of its own: inside the wrapper they close nothing.
        AssertReads(Coding, opener + CodingMarkdown + closer, CodingImplementationReport.TryParse);
    }

    [Fact]
    public void Errors_inside_a_markdown_fence_count_lines_from_the_top_of_the_text()
    {
        var broken = TaskMarkdown.Replace("**Status**: APPROVED", "**Status**: DONE", StringComparison.Ordinal);
        Assert.False(TaskReport.TryParse(broken, out _, out var direct));
        Assert.False(TaskReport.TryParse("\n```markdown\n" + broken + "```\n", out _, out var wrapped));
        Assert.Equal(Assert.Single(direct).Line + 2, Assert.Single(wrapped).Line);
        Assert.Equal(direct[0] with { Line = direct[0].Line + 2 }, wrapped[0]);
    }

    [Theory]
    [InlineData("```\n", "```\n")]
    [InlineData("```text\n", "```\n")]
    [InlineData("```markdown\n", "")]
    [InlineData("```markdown\n", "``\n")]
    [InlineData("```markdown\n", "~~~\n")]
    [InlineData("Here is the report. Two tests failed.\n```markdown\n", "```\n")]
    [InlineData("Here is the report:\nTwo tests failed:\n```markdown\n", "```\n")]
    public void Other_fences_around_a_report_are_not_unwrapped(string opener, string closer)
    {
        Assert.False(TaskReport.TryParse(opener + TaskMarkdown + closer, out _, out var errors));
        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData("**2026-11-19**")]
    [InlineData("__2026-11-19__")]
    [InlineData("*2026-11-19*")]
    [InlineData("_2026-11-19_")]
    [InlineData("`2026-11-19`")]
    [InlineData("** 2026-11-19 **")]
    public void A_value_set_in_bold_italics_or_code_reads_without_the_markup(string written)
    {
        var markdown = WithReviewDate(written);
        Assert.Contains(written, markdown, StringComparison.Ordinal);
        AssertReads(Task, markdown, TaskReport.TryParse);
    }

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("2026-1-9", 2026, 1, 9)]
    [InlineData("11/19/2026", 2026, 11, 19)]
    public void Dates_read_in_iso_form_at_its_edges_and_in_the_other_invariant_forms(string written, int year, int month, int day)
    {
        var markdown = WithReviewDate(written);
        Assert.True(TaskReport.TryParse(markdown, out var report, out var errors), string.Join("\n", errors));
        Assert.Equal(new DateOnly(year, month, day), report.Review!.ReviewDate);
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-11-31")]
    [InlineData("0000-01-01")]
    [InlineData("2026-11-1x")]
    [InlineData("2026\u201311\u201319")]
    [InlineData("\uFF12\uFF10\uFF12\uFF16-11-19")]
    public void Impossible_or_malformed_dates_are_errors(string written)
    {
        AssertNotADate(written);
    }

    [Theory]
    [InlineData("**2026-11-19")]
    [InlineData("**2026-11-19*")]
    [InlineData("****")]
    public void Markup_that_does_not_wrap_the_whole_value_is_still_an_error(string written)
    {
        AssertNotADate(written);
    }

    /// <summary>The sample Task Report with its review date written as <paramref name="written"/>.</summary>
    private static string WithReviewDate(string written)
    {
        var markdown = TaskMarkdown.Replace("**Review Date**: 2026-11-19", "**Review Date**: " + written, StringComparison.Ordinal);
        Assert.Contains("**Review Date**: " + written, markdown, StringComparison.Ordinal);
        return markdown;
    }

    private static void AssertNotADate(string written)
    {
        Assert.False(TaskReport.TryParse(WithReviewDate(written), out _, out var errors));
        Assert.Contains("expected a date (yyyy-MM-dd)", Assert.Single(errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_checklist_may_tick_with_a_capital_X()
    {
        var markdown = CodingMarkdown.Replace("- [x] All functional requirements implemented", "- [X] All functional requirements implemented", StringComparison.Ordinal);
        AssertReads(Coding, markdown, CodingImplementationReport.TryParse);
    }

    /// <summary>A task report as an agent wrote it by hand: every harmless difference at once.</summary>
    [Fact]
    public void A_hand_written_task_report_reads_as_meant()
    {
        const string markdown = """
            # Task Report: TASK-142 - Rate limiting for the public Orders API

            ## Task Overview

            * **Task ID:** TASK-142
            * **assigned to**: Backend Developer Agent
            * **Epic**: EPIC-12 Public API hardening
            * **SPEC**: specs/orders-api/rate-limiting.md
            * **Task File**: tasks/TASK-142-rate-limiting.md


            ## Implementation Details

            **Implementation Date**: 2026-11-18
            **Implementation Time**: 6 hours

            ### Files Changed

            **Created**:

            + `src/Orders.Api/RateLimiting/TokenBucketLimiter.cs` - Per-client token bucket
            + `src/Orders.Api/RateLimiting/RateLimitMiddleware.cs` - Applies the limiter

            **Modified**:
            None

            ### Key Implementation Decisions

            **Decision 1: Token bucket over fixed window**
            - **Context**: Fixed windows allow bursts at the boundary.
            - **Decision**: Token bucket, 100 per minute.
            - **Reasoning**: Smooth limits.

            [Repeat for each significant decision]

            ### Implementation Summary

            Requests pass through RateLimitMiddleware.
            Empty buckets answer 429.

            **Components Implemented**:
            1. **TokenBucketLimiter**: Atomic refill-and-take in Redis.
            1. **RateLimitMiddleware**: Calls the limiter.

            **API Endpoints** (if applicable):
            - `GET /api/orders/{id}`: Now limited

            ### Deviations from Spec

            None. Implementation follows spec exactly.

            ### Code Quality Notes

            - **Code Style**: Follows .editorconfig
            - **Documentation**: XML docs
            - **Error Handling**: Fails open
            - **Validation**: At startup

            ### Self-Test Results

            **Test Date**: 2026-11-18

            **Test Environment**:
            - Ubuntu 24.04

            **Tests Performed**:

            1. **Test: Happy Path**
               - **Action**: 100 requests in one minute
               - **Result**: PASS
               - **Notes**: All 200 OK

            **Overall Self-Test Result**: ✅ PASS   
            **Issues Found**: None

            ---

            ## code review

            [Code Reviewer Agent fills this section]

            **Status**: approved  
            **Review Date**: 2026-11-19  
            **Reviewer**: Code Reviewer Agent

            **Comments**: Clean separation.

            ---

            ## Testing

            **Status**: PASSED  
            **Test Date**: 2026-11-19  
            **Tester**: Test Automator Agent

            **Test Coverage**: 91%

            **Tests Added**:
            - tests/TokenBucketLimiterTests.cs

            **Test Results**:
            - Unit Tests: 48 passed, 0 failed

            ---

            ## Security Audit

            **Status**: CLEARED  
            **Audit Date**: 2026-11-20  
            **Auditor**: Security Auditor Agent

            **Security Findings**:
            No vulnerabilities.

            **Recommendations**:
            None required.

            ---

            ## Observability

            **Observability Status**: COMPLETE  
            **Date**: 2026-11-20

            **Logging Added**:
            Warning when Redis is unreachable.

            **Metrics**:
            orders_api_throttled_requests_total

            ---

            ## Deployment

            **Deployment Status**: READY  
            **Date**: 2026-11-21

            **Deployment Notes**:
            Roll out behind a flag.

            ---

            ## Final Status

            **Overall Status**: COMPLETE  
            **Completion Date**: 2026-11-21  
            **Next Task**: TASK-151
            """;

        var expected = new TaskReport
        {
            TaskName = "Rate limiting for the public Orders API",
            Overview = Task.Overview,
            Implementation = new ImplementationDetails
            {
                ImplementationDate = new DateOnly(2026, 11, 18),
                ImplementationTime = "6 hours",
                Files = new FilesChanged
                {
                    Created =
                    [
                        new FileChange("src/Orders.Api/RateLimiting/TokenBucketLimiter.cs", "Per-client token bucket"),
                        new FileChange("src/Orders.Api/RateLimiting/RateLimitMiddleware.cs", "Applies the limiter"),
                    ],
                },
                Decisions = [new Decision { Name = "Token bucket over fixed window", Context = "Fixed windows allow bursts at the boundary.", Choice = "Token bucket, 100 per minute.", Reasoning = "Smooth limits." }],
                Summary = new ImplementationSummary
                {
                    Narrative = "Requests pass through RateLimitMiddleware.\nEmpty buckets answer 429.",
                    Components = [new Component("TokenBucketLimiter", "Atomic refill-and-take in Redis."), new Component("RateLimitMiddleware", "Calls the limiter.")],
                    ApiEndpoints = [new ApiEndpoint("GET", "/api/orders/{id}", "Now limited")],
                },
                Quality = new CodeQualityNotes { CodeStyle = "Follows .editorconfig", Documentation = "XML docs", ErrorHandling = "Fails open", Validation = "At startup" },
                SelfTest = new SelfTestResults
                {
                    TestDate = new DateOnly(2026, 11, 18),
                    Environment = ["Ubuntu 24.04"],
                    Tests = [new TestCase { Name = "Happy Path", Action = "100 requests in one minute", Result = TestOutcome.Pass, Notes = "All 200 OK" }],
                    Overall = TestOutcome.Pass,
                    IssuesFound = "None",
                },
            },
            Review = new CodeReview { Status = ReviewStatus.Approved, ReviewDate = new DateOnly(2026, 11, 19), Reviewer = Roles.CodeReviewer, Comments = "Clean separation." },
            Testing = new TestingResults
            {
                Status = TestingStatus.Passed, TestDate = new DateOnly(2026, 11, 19), Tester = Roles.TestAutomator, CoveragePercent = 91,
                TestsAdded = ["tests/TokenBucketLimiterTests.cs"], Results = [new SuiteResult("Unit Tests", 48, 0)],
            },
            Security = new SecurityAudit { Status = AuditStatus.Cleared, AuditDate = new DateOnly(2026, 11, 20), Auditor = Roles.SecurityAuditor, Findings = "No vulnerabilities.", Recommendations = "None required." },
            Observability = new ObservabilityNotes { Status = ObservabilityStatus.Complete, Date = new DateOnly(2026, 11, 20), Logging = "Warning when Redis is unreachable.", Metrics = "orders_api_throttled_requests_total" },
            Deployment = new DeploymentNotes { Status = DeploymentStatus.Ready, Date = new DateOnly(2026, 11, 21), Notes = "Roll out behind a flag." },
            Final = Task.Final,
        };

        AssertReads(expected, markdown, TaskReport.TryParse);
    }

    private static string Vary(string markdown, string variation) => variation switch
    {
        "star bullets" => Regex.Replace(markdown, @"^(\s*)- ", "$1* ", RegexOptions.Multiline),
        "plus bullets" => Regex.Replace(markdown, @"^(\s*)- ", "$1+ ", RegexOptions.Multiline),
        "extra blank lines" => markdown.Replace("\n\n", "\n\n\n", StringComparison.Ordinal).Replace(":\n- ", ":\n\n- ", StringComparison.Ordinal).Replace(":\n1. ", ":\n\n1. ", StringComparison.Ordinal) + "\n\n",
        "trailing spaces" => OutsideFences(markdown, line => line.EndsWith("  ", StringComparison.Ordinal) ? line : line + "   "),
        "CRLF line endings" => markdown.Replace("\n", "\r\n", StringComparison.Ordinal),
        "labels in lower case" => Regex.Replace(markdown, @"\*\*([^*\n]+)\*\*:", m => IsLabel(m.Groups[1].Value) ? "**" + m.Groups[1].Value.ToLowerInvariant() + "**:" : m.Value),
        "labels in upper case" => Regex.Replace(markdown, @"\*\*([^*\n]+)\*\*:", m => IsLabel(m.Groups[1].Value) ? "**" + m.Groups[1].Value.ToUpperInvariant() + "**:" : m.Value),
        "colon inside the bold" => Regex.Replace(markdown, @"\*\*([^*\n]+)\*\*:", "**$1:**"),
        "headings in another case" => Regex.Replace(markdown, "^(##+ )(.*)$", m => m.Groups[1].Value + m.Groups[2].Value.ToUpperInvariant(), RegexOptions.Multiline),
        "guidance kept" => markdown
            .Replace("## Code Review\n\n", "## Code Review\n\n[Code Reviewer Agent fills this section]\n\n", StringComparison.Ordinal)
            .Replace("## Testing\n\n", "## Testing\n\n[Test Automator Agent fills this section]\n\n", StringComparison.Ordinal),
        "tabs after list markers" => Regex.Replace(markdown, @"^- ", "-\t", RegexOptions.Multiline),
        "ordered lists numbered 1. 1. 1." => Regex.Replace(markdown, @"^(\s*)\d+\. ", "${1}1. ", RegexOptions.Multiline),
        "ordered lists with parentheses" => Regex.Replace(markdown, @"^(\s*)(\d+)\. ", "$1$2) ", RegexOptions.Multiline),
        "four-space nested bullets" => Regex.Replace(markdown, @"^   - ", "    - ", RegexOptions.Multiline),
        "labels in double underscores" => Regex.Replace(markdown, @"\*\*([^*\n]+)\*\*:", m => IsLabel(m.Groups[1].Value) ? "__" + m.Groups[1].Value + "__:" : m.Value),
        "a dash after labels" => Regex.Replace(markdown, @"\*\*([^*\n]+)\*\*: (?=\S)", m => IsLabel(m.Groups[1].Value) ? "**" + m.Groups[1].Value + "** - " : m.Value),
        "tables without outer pipes" => Regex.Replace(markdown, @"^\| ?(.*?) ?\|$", "$1", RegexOptions.Multiline),
        "setext headings" => Regex.Replace(markdown, "^(#{1,2}) (.*)$", m => m.Groups[2].Value + "\n" + new string(m.Groups[1].Length == 1 ? '=' : '-', 8), RegexOptions.Multiline),
        _ => throw new ArgumentOutOfRangeException(nameof(variation)),
    };

    /// <summary>The labels of both templates (bold text before a colon that is not a placeholder).</summary>
    private static readonly string[] Labels = Regex.Matches(TaskReport.RenderTemplate() + CodingImplementationReport.RenderTemplate(), @"\*\*([^*\n\[]+)\*\*( \([^)]*\))?:")
        .Select(m => m.Groups[1].Value).Distinct().ToArray();

    private static bool IsLabel(string text) => Labels.Contains(text);

    private static string OutsideFences(string markdown, Func<string, string> change)
    {
        var inFence = false;
        return string.Join("\n", markdown.Split('\n').Select(line =>
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                return line;
            }

            return inFence || line.Length == 0 ? line : change(line);
        }));
    }

    private static void AssertReads<T>(T expected, string markdown, Support.TryParser<T> tryParse)
        where T : class
    {
        Assert.True(tryParse(markdown, out var parsed, out var errors), string.Join("\n", errors.Select(e => e.ToString())) + "\n--- Markdown ---\n" + markdown);
        Assert.True(Equals(expected, parsed), Support.Dump.FirstDifference(expected, parsed) + "\n--- Markdown ---\n" + markdown);
    }
}
