using System;
using Reports;

namespace AgentReports;

/// <summary>Realistic, fully filled reports for one task: rate limiting for a public orders API.</summary>
public static class SampleReports
{
    public static TaskReport TaskReport() => new()
    {
        TaskName = "Rate limiting for the public Orders API",
        Overview = new TaskOverview
        {
            TaskId = "TASK-142",
            AssignedTo = Roles.BackendDeveloper,
            Epic = "EPIC-12 Public API hardening",
            Spec = "specs/orders-api/rate-limiting.md",
            TaskFile = "tasks/TASK-142-rate-limiting.md",
        },
        Implementation = new ImplementationDetails
        {
            ImplementationDate = new DateOnly(2026, 11, 18),
            ImplementationTime = "6 hours",
            Files = new FilesChanged
            {
                Created =
                [
                    new FileChange("src/Orders.Api/RateLimiting/TokenBucketLimiter.cs", "Per-client token bucket with Redis-backed state"),
                    new FileChange("src/Orders.Api/RateLimiting/RateLimitMiddleware.cs", "Applies the limiter and writes Retry-After headers"),
                    new FileChange("tests/Orders.Api.Tests/RateLimiting/TokenBucketLimiterTests.cs", "Refill, burst and clock-skew cases"),
                ],
                Modified =
                [
                    new FileChange("src/Orders.Api/Program.cs", "Registers the middleware before routing"),
                    new FileChange("src/Orders.Api/appsettings.json", "Adds the RateLimiting section (100 requests/min, burst 20)"),
                ],
                Deleted = ReportList<string>.Empty,
            },
            Decisions =
            [
                new Decision
                {
                    Name = "Token bucket over fixed window",
                    Context = "Fixed windows let clients send 2x the limit across a window boundary.",
                    Choice = "Use a token bucket refilled continuously, 100 tokens per minute, burst of 20.",
                    Reasoning = "Smooth limits, cheap to compute, and matches what the API gateway team already runs.",
                },
                new Decision
                {
                    Name = "Redis for shared state",
                    Context = "The API runs on 6 instances behind a load balancer.",
                    Choice = "Keep buckets in Redis with a Lua script doing refill-and-take atomically.",
                    Reasoning = "In-memory buckets would multiply the effective limit by the instance count.",
                },
            ],
            Summary = new ImplementationSummary
            {
                Narrative = "Requests to /api/orders/* now pass through RateLimitMiddleware, which identifies the client by API key "
                    + "(or IP for anonymous calls) and takes one token from its bucket.\nWhen the bucket is empty the middleware answers "
                    + "429 Too Many Requests with a Retry-After header computed from the refill rate.",
                Components =
                [
                    new Component("TokenBucketLimiter", "Atomic refill-and-take in Redis via a Lua script; returns remaining tokens and retry delay."),
                    new Component("RateLimitMiddleware", "Resolves the client key, calls the limiter, sets X-RateLimit-* headers, short-circuits with 429."),
                ],
                ApiEndpoints = [new ApiEndpoint("GET", "/api/orders/{id}", "Now limited; returns 429 with Retry-After when over the limit")],
                DatabaseChanges = ReportList<string>.Empty,
                ExternalIntegrations = ["Redis 7 (existing cluster `orders-cache`), new key prefix rl:"],
            },
            Deviations = ReportList<Deviation>.Empty,
            Quality = new CodeQualityNotes
            {
                CodeStyle = "Follows the repository's .editorconfig; no analyzer warnings.",
                Documentation = "XML docs on public types; the Lua script is commented line by line.",
                ErrorHandling = "Redis outages fail open with a logged warning, per the spec's availability requirement.",
                Validation = "Configuration is validated at startup (limit > 0, burst >= 1).",
            },
            SelfTest = new SelfTestResults
            {
                TestDate = new DateOnly(2026, 11, 18),
                Environment = ["Ubuntu 24.04, .NET 10.0.1", "Redis 7.2 in Docker, 6 API instances via docker compose"],
                Tests =
                [
                    new TestCase { Name = "Happy Path", Action = "100 requests in one minute from one key", Result = TestOutcome.Pass, Notes = "All 200 OK; X-RateLimit-Remaining counts down to 0." },
                    new TestCase { Name = "Over the limit", Action = "121 requests in one minute from one key", Result = TestOutcome.Pass, Notes = "Requests 121+ get 429 with Retry-After: 1." },
                    new TestCase { Name = "Redis unavailable", Action = "Stop Redis during a load test", Result = TestOutcome.Pass, Notes = "Requests pass (fail open); one warning per minute is logged." },
                ],
                Overall = TestOutcome.Pass,
                IssuesFound = "None",
            },
            KnownLimitations = "Limits are per API key only; per-endpoint limits are planned in TASK-151.",
        },
        Review = new CodeReview
        {
            Status = ReviewStatus.Approved,
            ReviewDate = new DateOnly(2026, 11, 19),
            Reviewer = Roles.CodeReviewer,
            Comments = "Clean separation between limiter and middleware; the Lua script is atomic and well tested.",
        },
        Testing = new TestingResults
        {
            Status = TestingStatus.Passed,
            TestDate = new DateOnly(2026, 11, 19),
            Tester = Roles.TestAutomator,
            CoveragePercent = 91,
            TestsAdded = ["tests/Orders.Api.Tests/RateLimiting/TokenBucketLimiterTests.cs", "tests/Orders.Api.IntegrationTests/RateLimitingTests.cs"],
            Results = [new SuiteResult("Unit Tests", 48, 0), new SuiteResult("Integration Tests", 12, 0)],
        },
        Security = new SecurityAudit
        {
            Status = AuditStatus.Cleared,
            AuditDate = new DateOnly(2026, 11, 20),
            Auditor = Roles.SecurityAuditor,
            Findings = "No vulnerabilities. Client keys are hashed before use as Redis keys, so keys never appear in Redis.",
            Recommendations = "None required. Consider alerting when one key is throttled for more than 10 minutes.",
        },
        Observability = new ObservabilityNotes
        {
            Status = ObservabilityStatus.Complete,
            Date = new DateOnly(2026, 11, 20),
            Logging = "Warning when Redis is unreachable (rate-limited to one per minute); debug log per throttled request.",
            Metrics = "orders_api_throttled_requests_total{client_tier}, orders_api_ratelimit_redis_latency_seconds",
        },
        Deployment = new DeploymentNotes
        {
            Status = DeploymentStatus.Ready,
            Date = new DateOnly(2026, 11, 21),
            Notes = "Roll out with RateLimiting:Enabled=false, then enable per region after one hour of metrics.",
        },
        Final = new FinalStatus
        {
            Status = OverallStatus.Complete,
            CompletionDate = new DateOnly(2026, 11, 21),
            NextTask = "TASK-151",
        },
    };

    public static CodingImplementationReport CodingImplementationReport() => new()
    {
        Date = new DateOnly(2026, 11, 18),
        ImplementationType = "Feature",
        Status = ImplementationStatus.Completed,
        Developer = Roles.CodingAgent,
        Overview = new ImplementationOverview
        {
            Objective = "Protect the public Orders API from bursts and abusive clients.",
            Scope = "Token bucket limiter, ASP.NET Core middleware, configuration and metrics.",
            TechnologyStack = "C# 14, ASP.NET Core 10, StackExchange.Redis, Redis 7",
            ComplexityScore = 6,
        },
        Architecture = new ArchitectureDecisions
        {
            Patterns = new DesignPatterns
            {
                Primary = "Middleware (pipeline)",
                Secondary = "Strategy for client-key resolution; Options pattern for configuration",
                Rationale = "Keeps rate limiting out of controllers and lets tests swap the key resolver.",
            },
            Components =
            [
                new KeyComponent { Name = "TokenBucketLimiter", Purpose = "Refill-and-take per client", Dependencies = "IConnectionMultiplexer", Notes = "Lua script, one round trip" },
                new KeyComponent { Name = "RateLimitMiddleware", Purpose = "Enforce limits, write headers", Dependencies = "TokenBucketLimiter, IClientKeyResolver", Notes = "Fails open on Redis errors" },
                new KeyComponent { Name = "ApiKeyClientResolver", Purpose = "Identify the caller", Dependencies = "HttpContext", Notes = "Falls back to remote IP" },
            ],
            TradeOffs = new TradeOffs
            {
                PerformanceVsMaintainability = "One Lua script instead of MULTI/EXEC: fewer round trips, slightly harder to read (commented).",
                Scalability = "State lives in Redis, so API instances scale horizontally without changing limits.",
                Security = "Client keys are SHA-256 hashed before they become Redis keys.",
            },
        },
        QualityMetrics = new CodeQualityMetrics
        {
            Statistics = new ImplementationStatistics
            {
                LinesOfCode = "412 (218 production, 194 tests)",
                CyclomaticComplexity = "2.1 average, 6 max (middleware Invoke)",
                TestCoverage = new CoverageSummary(91, "unit 94%, integration 83%"),
                DependenciesAdded = "0 (StackExchange.Redis was already referenced)",
            },
            Indicators = new QualityIndicators
            {
                CodeStandards = Indicator.Met,
                ErrorHandling = Indicator.Met,
                InputValidation = Indicator.Met,
                Performance = Indicator.Partial,
                Security = Indicator.Met,
            },
        },
        Testing = new TestingStrategy
        {
            Coverage = new CoverageAnalysis
            {
                Unit = new CoverageLine(94, 48),
                Integration = new CoverageLine(83, 12),
                EndToEnd = new CoverageLine(60, 3),
            },
            Scenarios = new TestScenarios
            {
                HappyPath = "Requests under the limit pass with correct X-RateLimit-* headers.",
                EdgeCases = "Exactly at the limit, burst after idle, clock skew between instances.",
                ErrorConditions = "Redis timeout and connection loss (fail open), malformed API keys.",
                PerformanceTests = "10k requests/s against 6 instances: p99 overhead 0.8 ms.",
            },
            Gaps = ["Multi-region Redis replication lag is not tested", "Mitigation: limits are per region until TASK-158"],
        },
        Integration = new IntegrationNotes
        {
            Interfaces = new SystemInterfaces
            {
                ExternalApis = "Exposes X-RateLimit-Limit, X-RateLimit-Remaining and Retry-After headers",
                Database = "No schema changes",
                ServiceDependencies = "Redis cluster orders-cache",
                Configuration = "RateLimiting:Enabled, RateLimiting:PerMinute, RateLimiting:Burst",
            },
            Deployment = new DeploymentConsiderations
            {
                Environment = ".NET 10 runtime, Redis 7+",
                Infrastructure = "Grafana panel for throttled requests; alert on Redis latency > 5 ms",
                Migration = "None",
            },
        },
        Details = new ImplementationDescription
        {
            Functionality = "Every request to /api/orders/* takes a token from its client's bucket.\nEmpty buckets produce 429 responses with a Retry-After header; Redis failures let requests through and log a warning.",
            UsageExample = new CodeBlock("csharp", "builder.Services.AddOrdersRateLimiting(builder.Configuration);\napp.UseOrdersRateLimiting();"),
            Configuration = new CodeBlock("json", "{\n  \"RateLimiting\": { \"Enabled\": true, \"PerMinute\": 100, \"Burst\": 20 }\n}"),
        },
        KnownIssues = new KnownIssues
        {
            Limitations = [new NamedNote("Per-key limits only", "All endpoints share one bucket per client; heavy reads can starve writes.")],
            TechnicalDebt = [new NamedNote("Hard-coded key prefix", "Move `rl:` into configuration when a second service adopts the limiter.")],
            Improvements = [new NamedNote("Per-endpoint limits", "Different budgets for reads and writes; high priority, TASK-151.")],
        },
        Performance = new PerformanceAnalysis
        {
            Benchmarks = new Benchmarks
            {
                ResponseTime = "+0.3 ms median, +0.8 ms p99 per request",
                Throughput = "10,000 requests/s across 6 instances with no errors",
                ResourceUsage = "Redis CPU +4%, 1.2 MB for 50k active buckets",
                ScalabilityLimits = "Single Redis primary; about 80k limiter calls/s before it saturates",
            },
            Opportunities = ["Local pre-check to skip Redis for clients far below their limit", "Add a histogram of tokens remaining per tier"],
        },
        Future = new FutureConsiderations
        {
            Extensibility = new Extensibility
            {
                ExtensionPoints = "IClientKeyResolver for new identity schemes",
                PluginArchitecture = "Not applicable",
                ApiEvolution = "Header names follow the IETF RateLimit draft so clients can rely on them",
            },
            Maintenance = new Maintenance
            {
                Monitoring = "Throttled request rate per tier, Redis latency",
                Logging = "Redis failures (warning), throttling decisions (debug)",
                Updates = "Change limits through configuration; the Lua script is versioned by SHA",
            },
            Scalability = new ScalabilityRoadmap
            {
                Horizontal = "Add API instances freely; Redis holds the state",
                Vertical = "Redis memory grows with active clients, about 24 bytes per bucket",
                Data = "Shard buckets by key hash when Redis throughput nears its limit",
            },
        },
        Documentation = new DocumentationGenerated
        {
            Code = new CodeDocumentation { InlineComments = Indicator.Met, ApiDocumentation = Indicator.Met, SetupInstructions = Indicator.Partial },
            External = new ExternalDocumentation { Readme = Indicator.Met, ArchitectureDiagrams = Indicator.NotMet, UserGuides = Indicator.Met },
        },
        Checklist = new QualityChecklist
        {
            FunctionalRequirements = true,
            NonFunctionalRequirements = true,
            FollowsConventions = true,
            ErrorHandling = true,
            InputValidation = true,
            UnitTests = true,
            IntegrationTests = true,
            Documentation = true,
            SecurityReview = true,
            PerformanceBenchmarks = false,
        },
        NextSteps = new NextSteps
        {
            Actions =
            [
                new NamedNote("Enable in eu-west", "Turn RateLimiting:Enabled on after one hour of metrics; owner: DevOps Engineer Agent."),
                new NamedNote("Architecture diagram", "Add the limiter to the Orders API diagram; owner: Backend Developer Agent."),
            ],
            FollowUp = new FollowUp
            {
                CodeReview = "The Lua script's refill arithmetic",
                Testing = "A soak test over 24 hours",
                Documentation = "Client-facing docs for the rate-limit headers",
                Deployment = "Feature flag per region",
            },
        },
        Support = new IntegrationSupport
        {
            Onboarding = new DeveloperOnboarding
            {
                SetupTime = "15 minutes with docker compose",
                KeyConcepts = "Token bucket, fail-open policy, client key resolution",
                CommonPitfalls = "Forgetting to hash client keys when adding a resolver",
            },
            Troubleshooting = new TroubleshootingGuide
            {
                CommonIssues = "All requests throttled: check the clock on Redis and PerMinute > 0",
                DebugProcedures = "Set Logging:LogLevel:Orders.Api.RateLimiting to Debug and watch the decisions",
                SupportContacts = "#orders-api on chat; Backend Developer Agent for code questions",
            },
        },
        ReportGenerated = "2026-11-18 17:40 UTC",
        NextReviewDate = new DateOnly(2026, 12, 18),
        RelatedReports = "reports/TASK-142-task-report.md",
    };
}
