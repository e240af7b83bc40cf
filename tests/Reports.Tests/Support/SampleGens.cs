using System;
using AgentReports;
using CsCheck;

namespace Reports.Tests.Support;

/// <summary>Generators of the two sample report types, every required part set, with nasty strings everywhere.</summary>
internal static class SampleGens
{
    private static readonly Gen<string> S = Strings.Any;

    private static Gen<string?> Opt(Gen<string> gen) => gen.Null(0.3);

    private static Gen<T?> OptValue<T>(Gen<T> gen)
        where T : struct => gen.Nullable(0.3);

    private static Gen<ReportList<T>> ListOf<T>(Gen<T> gen, int min, int max) => gen.Array[min, max].Select(a => (ReportList<T>)a);

    private static readonly Gen<DateOnly?> Date = OptValue(Gen.DateOnly);

    // An enum with one option shows that option in the blank template, so a null reads back as the option:
    // those are always set (a required part).
    private static Gen<T?> Enum<T>(params T[] values)
        where T : struct => OptValue(Gen.OneOf(values));

    // ---- Task report ----

    private static readonly Gen<FileChange> FileChange = Gen.Select(S, S, (a, b) => new FileChange(a, b));

    private static readonly Gen<TaskOverview> Overview =
        from id in S
        from assigned in S
        from epic in S
        from spec in S
        from file in S
        select new TaskOverview { TaskId = id, AssignedTo = assigned, Epic = epic, Spec = spec, TaskFile = file };

    private static readonly Gen<Decision> Decision =
        from name in S
        from context in S
        from choice in S
        from reasoning in S
        select new Decision { Name = name, Context = context, Choice = choice, Reasoning = reasoning };

    private static readonly Gen<ImplementationSummary> Summary =
        from narrative in S
        from components in ListOf(Gen.Select(S, S, (a, b) => new Component(a, b)), 1, 11)
        from endpoints in ListOf(Gen.Select(S, S, S, (a, b, c) => new ApiEndpoint(a, b, c)), 0, 2)
        from database in ListOf(S, 0, 2)
        from external in ListOf(S, 0, 2)
        select new ImplementationSummary { Narrative = narrative, Components = components, ApiEndpoints = endpoints, DatabaseChanges = database, ExternalIntegrations = external };

    private static readonly Gen<Deviation> Deviation =
        from plan in S
        from actual in S
        from reason in S
        from impact in S
        from approval in S
        select new Deviation { OriginalPlan = plan, ActualImplementation = actual, Reason = reason, Impact = impact, ArchitectApproval = approval };

    private static readonly Gen<TestCase> TestCase =
        from name in S
        from action in S
        from result in Enum(TestOutcome.Pass, TestOutcome.Fail)
        from notes in S
        select new TestCase { Name = name, Action = action, Result = result, Notes = notes };

    private static readonly Gen<ImplementationDetails> Implementation =
        from date in Date
        from time in S
        from created in ListOf(FileChange, 0, 3)
        from modified in ListOf(FileChange, 0, 2)
        from deleted in ListOf(S, 0, 2)
        from decisions in ListOf(Decision, 1, 3)
        from summary in Summary
        from deviations in ListOf(Deviation, 0, 2)
        from quality in Gen.Select(S, S, S, S, (a, b, c, d) => new CodeQualityNotes { CodeStyle = a, Documentation = b, ErrorHandling = c, Validation = d })
        from selfTest in
            from testDate in Date
            from environment in ListOf(S, 1, 3)
            from tests in ListOf(TestCase, 1, 11)
            from overall in Enum(TestOutcome.Pass, TestOutcome.Fail)
            from issues in S
            select new SelfTestResults { TestDate = testDate, Environment = environment, Tests = tests, Overall = overall, IssuesFound = issues }
        from limitations in Opt(S)
        select new ImplementationDetails
        {
            ImplementationDate = date,
            ImplementationTime = time,
            Files = new FilesChanged { Created = created, Modified = modified, Deleted = deleted },
            Decisions = decisions,
            Summary = summary,
            Deviations = deviations,
            Quality = quality,
            SelfTest = selfTest,
            KnownLimitations = limitations,
        };

    private static readonly Gen<ReviewIssue> ReviewIssue =
        from description in S
        from severity in Enum(Severity.Critical, Severity.Major, Severity.Minor)
        from location in S
        from fix in S
        select new ReviewIssue { Description = description, Severity = severity, Location = location, RequiredFix = fix };

    private static readonly Gen<CodeReview> Review =
        from status in Enum(ReviewStatus.Approved, ReviewStatus.Rejected)
        from date in Date
        from reviewer in S
        from comments in S
        from issues in ListOf(ReviewIssue, 0, 11)
        from changes in ListOf(Gen.Select(S, Gen.Bool, (t, d) => new ChecklistItem(t, d)), 0, 3)
        select new CodeReview { Status = status, ReviewDate = date, Reviewer = reviewer, Comments = comments, Issues = issues, RequiredChanges = changes };

    private static readonly Gen<Revision> Revision =
        from date in Date
        from addressed in ListOf(Gen.Select(S, S, S, S, (a, b, c, d) => new AddressedIssue { Issue = a, Fix = b, FilesModified = c, Verification = d }), 1, 11)
        from results in S
        from ready in Date
        select new Revision { RevisionDate = date, IssuesAddressed = addressed, RetestResults = results, ReadyForReview = ready };

    private static readonly Gen<TestingResults> Testing =
        from status in Enum(TestingStatus.Passed, TestingStatus.Failed)
        from date in Date
        from tester in S
        from coverage in OptValue(ReportGens.Int)
        from added in ListOf(S, 1, 3)
        from results in ListOf(Gen.Select(S, OptValue(ReportGens.Int), OptValue(ReportGens.Int), (a, b, c) => new SuiteResult(a, b, c)), 1, 3)
        from issues in Opt(S)
        select new TestingResults { Status = status, TestDate = date, Tester = tester, CoveragePercent = coverage, TestsAdded = added, Results = results, IssuesFound = issues };

    public static readonly Gen<TaskReport> TaskReport =
        from name in S
        from overview in Overview
        from implementation in Implementation
        from review in Review
        from revisions in ListOf(Revision, 0, 2)
        from testing in Testing
        from security in
            from status in Enum(AuditStatus.Cleared, AuditStatus.IssuesFound)
            from date in Date
            from auditor in S
            from findings in S
            from recommendations in S
            select new SecurityAudit { Status = status, AuditDate = date, Auditor = auditor, Findings = findings, Recommendations = recommendations }
        from observability in
            from status in Gen.Const((ObservabilityStatus?)ObservabilityStatus.Complete)
            from date in Date
            from logging in S
            from metrics in S
            select new ObservabilityNotes { Status = status, Date = date, Logging = logging, Metrics = metrics }
        from deployment in Gen.Select(Gen.Const((DeploymentStatus?)DeploymentStatus.Ready), Date, S, (s, d, n) => new DeploymentNotes { Status = s, Date = d, Notes = n })
        from final in Gen.Select(Enum(OverallStatus.Complete, OverallStatus.InProgress, OverallStatus.Blocked), Date, S,
            (s, d, n) => new FinalStatus { Status = s, CompletionDate = d, NextTask = n })
        select new TaskReport
        {
            TaskName = name,
            Overview = overview,
            Implementation = implementation,
            Review = review,
            Revisions = revisions,
            Testing = testing,
            Security = security,
            Observability = observability,
            Deployment = deployment,
            Final = final,
        };

    // ---- Coding implementation report ----

    private static readonly Gen<Indicator?> Mark = Enum(Indicator.Met, Indicator.Partial, Indicator.NotMet);

    private static readonly Gen<NamedNote> Note = Gen.Select(S, S, (a, b) => new NamedNote(a, b));

    private static readonly Gen<CoverageLine> CoverageLine = Gen.Select(OptValue(ReportGens.Int), OptValue(ReportGens.Int), (a, b) => new CoverageLine(a, b));

    private static readonly Gen<ArchitectureDecisions> Architecture =
        from primary in S
        from secondary in S
        from rationale in S
        from components in ListOf(
            from n in S
            from p in S
            from d in S
            from x in S
            select new KeyComponent { Name = n, Purpose = p, Dependencies = d, Notes = x }, 1, 4)
        from tradeOffs in Gen.Select(S, S, S, (a, b, c) => new TradeOffs { PerformanceVsMaintainability = a, Scalability = b, Security = c })
        select new ArchitectureDecisions
        {
            Patterns = new DesignPatterns { Primary = primary, Secondary = secondary, Rationale = rationale },
            Components = components,
            TradeOffs = tradeOffs,
        };

    private static readonly Gen<CodeQualityMetrics> Quality =
        from loc in S
        from complexity in S
        from coverage in Gen.Select(OptValue(ReportGens.Int), S, (p, b) => new CoverageSummary(p, b))
        from dependencies in S
        from a in Mark
        from b in Mark
        from c in Mark
        from d in Mark
        from e in Mark
        select new CodeQualityMetrics
        {
            Statistics = new ImplementationStatistics { LinesOfCode = loc, CyclomaticComplexity = complexity, TestCoverage = coverage, DependenciesAdded = dependencies },
            Indicators = new QualityIndicators { CodeStandards = a, ErrorHandling = b, InputValidation = c, Performance = d, Security = e },
        };

    private static readonly Gen<TestingStrategy> TestingStrategy =
        from unit in CoverageLine
        from integration in CoverageLine
        from e2e in CoverageLine
        from scenarios in Gen.Select(S, S, S, S, (a, b, c, d) => new TestScenarios { HappyPath = a, EdgeCases = b, ErrorConditions = c, PerformanceTests = d })
        from gaps in ListOf(S, 1, 3)
        select new TestingStrategy
        {
            Coverage = new CoverageAnalysis { Unit = unit, Integration = integration, EndToEnd = e2e },
            Scenarios = scenarios,
            Gaps = gaps,
        };

    private static readonly Gen<IntegrationNotes> Integration =
        from interfaces in Gen.Select(S, S, S, S, (a, b, c, d) => new SystemInterfaces { ExternalApis = a, Database = b, ServiceDependencies = c, Configuration = d })
        from deployment in Gen.Select(S, S, S, (a, b, c) => new DeploymentConsiderations { Environment = a, Infrastructure = b, Migration = c })
        select new IntegrationNotes { Interfaces = interfaces, Deployment = deployment };

    private static readonly Gen<ImplementationDescription> Details =
        from functionality in S
        from usage in Gen.Select(ReportGens.Language, Strings.Code, (l, c) => new CodeBlock(l, c))
        from configuration in Gen.Select(ReportGens.Language, Strings.Code, (l, c) => new CodeBlock(l, c))
        select new ImplementationDescription { Functionality = functionality, UsageExample = usage, Configuration = configuration };

    private static readonly Gen<FutureConsiderations> Future =
        from a in Gen.Select(S, S, S, (x, y, z) => new Extensibility { ExtensionPoints = x, PluginArchitecture = y, ApiEvolution = z })
        from b in Gen.Select(S, S, S, (x, y, z) => new Maintenance { Monitoring = x, Logging = y, Updates = z })
        from c in Gen.Select(S, S, S, (x, y, z) => new ScalabilityRoadmap { Horizontal = x, Vertical = y, Data = z })
        select new FutureConsiderations { Extensibility = a, Maintenance = b, Scalability = c };

    private static readonly Gen<QualityChecklist> Checklist = Gen.Bool.Array[10].Select(b => new QualityChecklist
    {
        FunctionalRequirements = b[0], NonFunctionalRequirements = b[1], FollowsConventions = b[2], ErrorHandling = b[3], InputValidation = b[4],
        UnitTests = b[5], IntegrationTests = b[6], Documentation = b[7], SecurityReview = b[8], PerformanceBenchmarks = b[9],
    });

    public static readonly Gen<CodingImplementationReport> CodingImplementationReport =
        from date in Date
        from type in S
        from status in Enum(ImplementationStatus.InProgress, ImplementationStatus.Completed, ImplementationStatus.NeedsReview, ImplementationStatus.Deployed)
        from developer in S
        from overview in
            from objective in S
            from scope in S
            from stack in S
            from score in OptValue(ReportGens.Int)
            select new ImplementationOverview { Objective = objective, Scope = scope, TechnologyStack = stack, ComplexityScore = score }
        from architecture in Architecture
        from quality in Quality
        from testing in TestingStrategy
        from integration in Integration
        from details in Details
        from known in Gen.Select(ListOf(Note, 1, 2), ListOf(Note, 1, 2), ListOf(Note, 1, 2), (a, b, c) => new KnownIssues { Limitations = a, TechnicalDebt = b, Improvements = c })
        from performance in Gen.Select(S, S, S, S, ListOf(S, 1, 2), (a, b, c, d, o) => new PerformanceAnalysis
        {
            Benchmarks = new Benchmarks { ResponseTime = a, Throughput = b, ResourceUsage = c, ScalabilityLimits = d },
            Opportunities = o,
        })
        from future in Future
        from documentation in Gen.Select(Mark, Mark, Mark, Mark, Mark, Mark, (a, b, c, d, e, f) => new DocumentationGenerated
        {
            Code = new CodeDocumentation { InlineComments = a, ApiDocumentation = b, SetupInstructions = c },
            External = new ExternalDocumentation { Readme = d, ArchitectureDiagrams = e, UserGuides = f },
        })
        from checklist in Checklist
        from nextSteps in Gen.Select(ListOf(Note, 1, 11), S, S, S, S, (actions, a, b, c, d) => new NextSteps
        {
            Actions = actions,
            FollowUp = new FollowUp { CodeReview = a, Testing = b, Documentation = c, Deployment = d },
        })
        from support in Gen.Select(S, S, S, S, S, S, (a, b, c, d, e, f) => new IntegrationSupport
        {
            Onboarding = new DeveloperOnboarding { SetupTime = a, KeyConcepts = b, CommonPitfalls = c },
            Troubleshooting = new TroubleshootingGuide { CommonIssues = d, DebugProcedures = e, SupportContacts = f },
        })
        from generated in S
        from nextReview in Date
        from related in S
        select new CodingImplementationReport
        {
            Date = date,
            ImplementationType = type,
            Status = status,
            Developer = developer,
            Overview = overview,
            Architecture = architecture,
            QualityMetrics = quality,
            Testing = testing,
            Integration = integration,
            Details = details,
            KnownIssues = known,
            Performance = performance,
            Future = future,
            Documentation = documentation,
            Checklist = checklist,
            NextSteps = nextSteps,
            Support = support,
            ReportGenerated = generated,
            NextReviewDate = nextReview,
            RelatedReports = related,
        };
}
