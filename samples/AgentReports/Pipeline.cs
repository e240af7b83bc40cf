using System;
using System.IO;
using Reports;

namespace AgentReports;

/// <summary>
/// The multi-agent flow: one task report passes from agent to agent. Each stage starts a builder from the draft the
/// previous stage produced (<c>ToBuilder()</c>), fills its own section and hands on a draft (<c>BuildDraft()</c>);
/// the orchestrator checks completeness per role after each stage and finally builds the complete report.
/// </summary>
public static class Pipeline
{
    public static TaskReport Run(TextWriter output)
    {
        var report = TaskReport.CreateBuilder()
            .TaskName("Rate limiting for the public Orders API")
            .Overview(o => o
                .TaskId("TASK-142")
                .AssignedTo(Roles.BackendDeveloper)
                .Epic("EPIC-12 Public API hardening")
                .Spec("specs/orders-api/rate-limiting.md")
                .TaskFile("tasks/TASK-142-rate-limiting.md"))
            .Implementation(i => i
                .ImplementationDate(new DateOnly(2026, 11, 18))
                .ImplementationTime("6 hours")
                .Files(f => f
                    .AddCreated("src/Orders.Api/RateLimiting/TokenBucketLimiter.cs", "Per-client token bucket with Redis-backed state")
                    .AddCreated("src/Orders.Api/RateLimiting/RateLimitMiddleware.cs", "Applies the limiter and writes Retry-After headers")
                    .AddModified("src/Orders.Api/Program.cs", "Registers the middleware before routing"))
                .AddDecision(d => d
                    .Name("Token bucket over fixed window")
                    .Context("Fixed windows let clients send 2x the limit across a window boundary.")
                    .Choice("A token bucket refilled continuously, 100 tokens per minute, burst of 20.")
                    .Reasoning("Smooth limits, cheap to compute, and what the API gateway team already runs."))
                .Summary(s => s
                    .Narrative("Requests to /api/orders/* pass through RateLimitMiddleware, which takes one token from the client's bucket.")
                    .AddComponent("TokenBucketLimiter", "Atomic refill-and-take in Redis via a Lua script.")
                    .AddComponent("RateLimitMiddleware", "Resolves the client key and answers 429 with Retry-After when the bucket is empty."))
                .Quality(q => q
                    .CodeStyle("Follows the repository's .editorconfig; no analyzer warnings.")
                    .Documentation("XML docs on public types; the Lua script is commented line by line.")
                    .ErrorHandling("Redis outages fail open with a logged warning.")
                    .Validation("Configuration is validated at startup."))
                .SelfTest(t => t
                    .TestDate(new DateOnly(2026, 11, 18))
                    .AddEnvironment("Redis 7.2 in Docker, 6 API instances via docker compose")
                    .AddTest(c => c.Name("Happy Path").Action("100 requests in one minute").Result(TestOutcome.Pass).Notes("All 200 OK."))
                    .Overall(TestOutcome.Pass)
                    .IssuesFound("None"))
                .KnownLimitations("Limits are per API key only."))
            .BuildDraft();
        Show(output, "1. Backend Developer Agent implements the task", report);

        report = report.ToBuilder()
            .Review(r => r
                .Status(ReviewStatus.Rejected)
                .ReviewDate(new DateOnly(2026, 11, 19))
                .Reviewer(Roles.CodeReviewer)
                .Comments("The limiter fails open for every Redis error, including timeouts under load.")
                .AddIssue(issue => issue
                    .Description("Timeouts are treated like outages, so a slow Redis disables rate limiting.")
                    .Severity(Severity.Major)
                    .Location("TokenBucketLimiter.TakeAsync")
                    .RequiredFix("Fail open only when the connection is down; retry once on timeout."))
                .AddRequiredChange("Distinguish timeouts from connection loss"))
            .BuildDraft();
        Show(output, "2. Code Reviewer Agent rejects the implementation", report);

        report = report.ToBuilder()
            .AddRevision(r => r
                .RevisionDate(new DateOnly(2026, 11, 19))
                .AddIssuesAddressed(a => a
                    .Issue("A slow Redis disabled rate limiting")
                    .Fix("Timeouts are retried once; only connection loss fails open.")
                    .FilesModified("src/Orders.Api/RateLimiting/TokenBucketLimiter.cs")
                    .Verification("New test injects a 50 ms latency and sees 429s as expected."))
                .RetestResults("All 52 unit and 12 integration tests pass.")
                .ReadyForReview(new DateOnly(2026, 11, 19)))
            .BuildDraft();
        Show(output, "3. Backend Developer Agent adds Revision 1", report);

        report = report.ToBuilder()
            .Review(r => r
                .Status(ReviewStatus.Approved)
                .ReviewDate(new DateOnly(2026, 11, 20))
                .Comments("Timeout handling is right now; approved.")
                .RequiredChanges(ReportList.Of(new ChecklistItem("Distinguish timeouts from connection loss", Done: true))))
            .BuildDraft();
        Show(output, "4. Code Reviewer Agent approves", report);

        report = report.ToBuilder()
            .Testing(t => t
                .Status(TestingStatus.Passed)
                .TestDate(new DateOnly(2026, 11, 20))
                .Tester(Roles.TestAutomator)
                .CoveragePercent(91)
                .AddTestsAdded("tests/Orders.Api.IntegrationTests/RateLimitingTests.cs")
                .AddResult("Unit Tests", 52, 0)
                .AddResult("Integration Tests", 12, 0))
            .BuildDraft();
        Show(output, "5. Test Automator Agent tests", report);

        report = report.ToBuilder()
            .Security(s => s
                .Status(AuditStatus.Cleared)
                .AuditDate(new DateOnly(2026, 11, 20))
                .Auditor(Roles.SecurityAuditor)
                .Findings("No vulnerabilities; client keys are hashed before use as Redis keys.")
                .Recommendations("None required."))
            .Observability(o => o
                .Status(ObservabilityStatus.Complete)
                .Date(new DateOnly(2026, 11, 20))
                .Logging("Warning when Redis is unreachable, at most once per minute.")
                .Metrics("orders_api_throttled_requests_total{client_tier}"))
            .BuildDraft();
        Show(output, "6. Security Auditor and Observability Engineer Agents fill their sections", report);

        report = report.ToBuilder()
            .Deployment(d => d
                .Status(DeploymentStatus.Ready)
                .Date(new DateOnly(2026, 11, 21))
                .Notes("Roll out with RateLimiting:Enabled=false, then enable per region."))
            .BuildDraft();
        Show(output, "7. DevOps Engineer Agent prepares the deployment", report);

        // The orchestrator closes the task; Build() promises a complete report (it throws otherwise).
        var final = report.ToBuilder()
            .Final(f => f.Status(OverallStatus.Complete).CompletionDate(new DateOnly(2026, 11, 21)).NextTask("TASK-151"))
            .Build();
        Show(output, "8. Orchestrator closes the task with Build()", final);
        return final;
    }

    private static void Show(TextWriter output, string stage, TaskReport report)
    {
        output.WriteLine(stage);
        foreach (var role in TaskReport.ReportRoles)
        {
            var result = report.CheckCompleteness(role);
            var counts = $"{result.Filled,3}/{result.Required,-3}";
            if (result.IsComplete)
            {
                output.WriteLine($"  ✓ {role,-30} {counts} complete");
            }
            else if (result.Filled == 0)
            {
                output.WriteLine($"  · {role,-30} {counts} not started");
            }
            else
            {
                output.WriteLine($"  ✗ {role,-30} {counts} {Plural(result.Issues.Count, "issue")}:");
                foreach (var issue in result.Issues)
                {
                    output.WriteLine($"      {issue.Message}");
                }
            }
        }

        output.WriteLine($"  = whole report: {report.CheckCompleteness()}");
        output.WriteLine();
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
