using System;
using Reports;

namespace AgentReports;

/// <summary>The task report a backend-developer agent starts and the reviewing agents complete.</summary>
[Report("Task Report: {Overview.TaskId} - {TaskName}")]
public partial record TaskReport
{
    /// <summary>The task's short name, shown in the title.</summary>
    [TitleValue, Placeholder("[Task Name]")]
    public string? TaskName { get; init; }

    [Section("Task Overview", Compact = true, FilledBy = Roles.BackendDeveloper)]
    public TaskOverview? Overview { get; init; }

    [Section("Implementation Details", FilledBy = Roles.BackendDeveloper)]
    public ImplementationDetails? Implementation { get; init; }

    [Section("Code Review", RuleBefore = true, Guidance = "[Code Reviewer Agent fills this section]", FilledBy = Roles.CodeReviewer)]
    public CodeReview? Review { get; init; }

    [Section("Revision {n}", Condition = "if rejected", Optional = true, RuleBefore = true, FilledBy = Roles.BackendDeveloper,
        Guidance = "[Backend Developer fills this section after addressing review feedback]",
        RepeatGuidance = "[Repeat \"Revision N\" sections as needed]")]
    [RequiredWhen("Review.Status", ReviewStatus.Rejected)]
    public ReportList<Revision> Revisions { get; init; } = ReportList<Revision>.Empty;

    [Section("Testing", RuleBefore = true, Guidance = "[Test Automator Agent fills this section]", FilledBy = Roles.TestAutomator)]
    public TestingResults? Testing { get; init; }

    [Section("Security Audit", RuleBefore = true, Guidance = "[Security Auditor Agent fills this section]", FilledBy = Roles.SecurityAuditor)]
    public SecurityAudit? Security { get; init; }

    [Section("Observability", RuleBefore = true, Guidance = "[Observability Engineer Agent fills this section]", FilledBy = Roles.ObservabilityEngineer)]
    public ObservabilityNotes? Observability { get; init; }

    [Section("Deployment", RuleBefore = true, Guidance = "[DevOps Engineer Agent fills this section]", FilledBy = Roles.DevOpsEngineer)]
    public DeploymentNotes? Deployment { get; init; }

    [Section("Final Status", RuleBefore = true, FilledBy = Roles.Orchestrator)]
    public FinalStatus? Final { get; init; }
}

/// <summary>Who fills which part of the reports.</summary>
public static class Roles
{
    public const string BackendDeveloper = "Backend Developer Agent";
    public const string CodeReviewer = "Code Reviewer Agent";
    public const string TestAutomator = "Test Automator Agent";
    public const string SecurityAuditor = "Security Auditor Agent";
    public const string ObservabilityEngineer = "Observability Engineer Agent";
    public const string DevOpsEngineer = "DevOps Engineer Agent";
    public const string Orchestrator = "Orchestrator";
    public const string CodingAgent = "AI Coding Agent";
}

public partial record TaskOverview
{
    [Field("Task ID"), Placeholder("TASK-XXX")]
    public string? TaskId { get; init; }

    [Field("Assigned To", Default = Roles.BackendDeveloper)]
    public string? AssignedTo { get; init; }

    [Field("Epic"), Placeholder("[Epic Name]")]
    public string? Epic { get; init; }

    [Field("Spec"), Placeholder("[Link to spec file]")]
    public string? Spec { get; init; }

    [Field("Task File"), Placeholder("[Link to task file]")]
    public string? TaskFile { get; init; }
}

public partial record ImplementationDetails
{
    [Field("Implementation Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? ImplementationDate { get; init; }

    [Field("Implementation Time", Layout = FieldLayout.Line), Placeholder("[Approximate time spent]")]
    public string? ImplementationTime { get; init; }

    [Section("Files Changed")]
    public FilesChanged? Files { get; init; }

    [Section("Key Implementation Decisions")]
    [Repeated("Decision {n}: {Name}", RepeatGuidance = "[Repeat for each significant decision]")]
    public ReportList<Decision> Decisions { get; init; } = ReportList<Decision>.Empty;

    [Section("Implementation Summary")]
    public ImplementationSummary? Summary { get; init; }

    [Section("Deviations from Spec")]
    [Repeated("Deviation {n}", AsLabel = true, Condition = "if any", Optional = true,
        EmptyText = "None. Implementation follows spec exactly.",
        RepeatGuidance = "[If no deviations: \"None. Implementation follows spec exactly.\"]")]
    public ReportList<Deviation> Deviations { get; init; } = ReportList<Deviation>.Empty;

    [Section("Code Quality Notes")]
    public CodeQualityNotes? Quality { get; init; }

    [Section("Self-Test Results")]
    public SelfTestResults? SelfTest { get; init; }

    [Section("Known Limitations", Condition = "if any", Optional = true)]
    [Placeholder("[Document any known limitations of current implementation]")]
    public string? KnownLimitations { get; init; }
}

public partial record FilesChanged
{
    [List("Created", Optional = true, EmptyText = "None")]
    public ReportList<FileChange> Created { get; init; } = ReportList<FileChange>.Empty;

    [List("Modified", Optional = true, EmptyText = "None")]
    [ItemPlaceholder(nameof(FileChange.Purpose), "[What was changed]")]
    public ReportList<FileChange> Modified { get; init; } = ReportList<FileChange>.Empty;

    [List("Deleted", Condition = "if applicable", Optional = true), Placeholder("[None or list]")]
    public ReportList<string> Deleted { get; init; } = ReportList<string>.Empty;
}

/// <summary>A file the task touched, and why.</summary>
[Inline("`{Path}` - {Purpose}")]
public sealed record FileChange(
    [property: Placeholder("src/[path]/[filename]")] string Path,
    [property: Placeholder("[Purpose]")] string Purpose);

public partial record Decision
{
    [TitleValue, Placeholder("[Decision Name]")]
    public string? Name { get; init; }

    [Field("Context"), Placeholder("[Why decision was needed]")]
    public string? Context { get; init; }

    [Field("Decision"), Placeholder("[What was decided]")]
    public string? Choice { get; init; }

    [Field("Reasoning"), Placeholder("[Why this approach]")]
    public string? Reasoning { get; init; }
}

public partial record ImplementationSummary
{
    [Text, Placeholder("[Narrative description of what was implemented, how it works, and how it meets the requirements]")]
    public string? Narrative { get; init; }

    [List("Components Implemented", Numbered = true, TemplateItems = 2)]
    public ReportList<Component> Components { get; init; } = ReportList<Component>.Empty;

    [List("API Endpoints", Condition = "if applicable", Optional = true)]
    public ReportList<ApiEndpoint> ApiEndpoints { get; init; } = ReportList<ApiEndpoint>.Empty;

    [List("Database Changes", Condition = "if applicable", Optional = true), Placeholder("[Description of database changes]")]
    public ReportList<string> DatabaseChanges { get; init; } = ReportList<string>.Empty;

    [List("External Integrations", Condition = "if applicable", Optional = true), Placeholder("[Description of integration implementation]")]
    public ReportList<string> ExternalIntegrations { get; init; } = ReportList<string>.Empty;
}

[Inline("**{Name}**: {Description}")]
public sealed record Component(
    [property: Placeholder("[Component Name]")] string Name,
    [property: Placeholder("[Description of implementation]")] string Description);

[Inline("`{Method} {Path}`: {Description}")]
public sealed record ApiEndpoint(
    [property: Placeholder("[METHOD]")] string Method,
    [property: Placeholder("[PATH]")] string Path,
    [property: Placeholder("[Description]")] string Description);

public partial record Deviation
{
    [Field("Original Plan"), Placeholder("[What spec said]")]
    public string? OriginalPlan { get; init; }

    [Field("Actual Implementation"), Placeholder("[What was actually done]")]
    public string? ActualImplementation { get; init; }

    [Field("Reason"), Placeholder("[Why deviation was necessary]")]
    public string? Reason { get; init; }

    [Field("Impact"), Placeholder("[Effect on functionality]")]
    public string? Impact { get; init; }

    [Field("Architect Approval"), Placeholder("[Reference if required approval]")]
    public string? ArchitectApproval { get; init; }
}

public partial record CodeQualityNotes
{
    [Field("Code Style"), Placeholder("[Follows project standards / Notes]")]
    public string? CodeStyle { get; init; }

    [Field("Documentation"), Placeholder("[Inline comments added for complex logic]")]
    public string? Documentation { get; init; }

    [Field("Error Handling"), Placeholder("[Comprehensive / Notes]")]
    public string? ErrorHandling { get; init; }

    [Field("Validation"), Placeholder("[Input validation implemented as per spec]")]
    public string? Validation { get; init; }
}

public partial record SelfTestResults
{
    [Field("Test Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? TestDate { get; init; }

    [List("Test Environment"), Placeholder("[Environment details]")]
    public ReportList<string> Environment { get; init; } = ReportList<string>.Empty;

    [List("Tests Performed", Numbered = true, Loose = true, ItemTitle = "Test: {Name}", RepeatGuidance = "[List all test cases]")]
    public ReportList<TestCase> Tests { get; init; } = ReportList<TestCase>.Empty;

    [Field("Overall Self-Test Result", Layout = FieldLayout.Line, HideEmoji = true)]
    public TestOutcome? Overall { get; init; }

    [Field("Issues Found", Layout = FieldLayout.Line), Placeholder("[None / List of issues and how addressed]")]
    public string? IssuesFound { get; init; }
}

public partial record TestCase
{
    [TitleValue, Placeholder("Happy Path", "[Error Case]")]
    public string? Name { get; init; }

    [Field("Action"), Placeholder("[What was tested]")]
    public string? Action { get; init; }

    [Field("Result")]
    public TestOutcome? Result { get; init; }

    [Field("Notes"), Placeholder("[Any relevant notes]")]
    public string? Notes { get; init; }
}

public enum TestOutcome
{
    [Option("PASS", Emoji = "✅")] Pass = 1,
    [Option("FAIL", Emoji = "❌")] Fail,
}

public partial record CodeReview
{
    [Field("Status", Layout = FieldLayout.Line)]
    public ReviewStatus? Status { get; init; }

    [Field("Review Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? ReviewDate { get; init; }

    [Field("Reviewer", Layout = FieldLayout.Line, Default = Roles.CodeReviewer)]
    public string? Reviewer { get; init; }

    [Field("Comments", Layout = FieldLayout.Paragraph), Placeholder("[Detailed feedback]")]
    public string? Comments { get; init; }

    [List("Issues Found", Numbered = true, Condition = "if rejected", Optional = true)]
    [RequiredWhen(nameof(Status), ReviewStatus.Rejected)]
    public ReportList<ReviewIssue> Issues { get; init; } = ReportList<ReviewIssue>.Empty;

    [Checklist("Required Changes", Condition = "if rejected", Optional = true), Placeholder("[Change 1]", "[Change 2]")]
    [RequiredWhen(nameof(Status), ReviewStatus.Rejected)]
    public ReportList<ChecklistItem> RequiredChanges { get; init; } = ReportList<ChecklistItem>.Empty;
}

public enum ReviewStatus
{
    [Option("APPROVED")] Approved = 1,
    [Option("REJECTED")] Rejected,
}

public partial record ReviewIssue
{
    [Field("Issue"), Placeholder("[Description]")]
    public string? Description { get; init; }

    [Field("Severity")]
    public Severity? Severity { get; init; }

    [Field("Location"), Placeholder("[File and line/function]")]
    public string? Location { get; init; }

    [Field("Required Fix"), Placeholder("[Specific action needed]")]
    public string? RequiredFix { get; init; }
}

public enum Severity
{
    [Option("Critical")] Critical = 1,
    [Option("Major")] Major,
    [Option("Minor")] Minor,
}

public partial record Revision
{
    [Field("Revision Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? RevisionDate { get; init; }

    [List("Issues Addressed", Numbered = true, Loose = true)]
    public ReportList<AddressedIssue> IssuesAddressed { get; init; } = ReportList<AddressedIssue>.Empty;

    [Field("Re-Test Results", Layout = FieldLayout.Block), Placeholder("[Summary of testing after revision]")]
    public string? RetestResults { get; init; }

    [Field("Ready for Re-Review", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? ReadyForReview { get; init; }
}

public partial record AddressedIssue
{
    [Field("Issue"), Placeholder("[Original issue description]")]
    public string? Issue { get; init; }

    [Field("Fix"), Placeholder("[What was done to fix]")]
    public string? Fix { get; init; }

    [Field("Files Modified"), Placeholder("[List]")]
    public string? FilesModified { get; init; }

    [Field("Verification"), Placeholder("[How verified fix works]")]
    public string? Verification { get; init; }
}

public partial record TestingResults
{
    [Field("Status", Layout = FieldLayout.Line)]
    public TestingStatus? Status { get; init; }

    [Field("Test Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? TestDate { get; init; }

    [Field("Tester", Layout = FieldLayout.Line, Default = Roles.TestAutomator)]
    public string? Tester { get; init; }

    [Field("Test Coverage", Layout = FieldLayout.Paragraph, Suffix = "%"), Placeholder("XX")]
    public int? CoveragePercent { get; init; }

    [List("Tests Added"), Placeholder("[List of test files created]")]
    public ReportList<string> TestsAdded { get; init; } = ReportList<string>.Empty;

    [List("Test Results", TemplateItems = 2)]
    public ReportList<SuiteResult> Results { get; init; } = ReportList<SuiteResult>.Empty;

    [Field("Issues Found", Layout = FieldLayout.Block, Condition = "if failed", Optional = true), Placeholder("[Details of test failures]")]
    [RequiredWhen(nameof(Status), TestingStatus.Failed)]
    public string? IssuesFound { get; init; }
}

[Inline("{Suite}: {Passed} passed, {Failed} failed")]
public sealed record SuiteResult(
    [property: Placeholder("Unit Tests", "Integration Tests")] string Suite,
    [property: Placeholder("X")] int? Passed,
    [property: Placeholder("Y")] int? Failed);

public enum TestingStatus
{
    [Option("PASSED")] Passed = 1,
    [Option("FAILED")] Failed,
}

public partial record SecurityAudit
{
    [Field("Status", Layout = FieldLayout.Line)]
    public AuditStatus? Status { get; init; }

    [Field("Audit Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? AuditDate { get; init; }

    [Field("Auditor", Layout = FieldLayout.Line, Default = Roles.SecurityAuditor)]
    public string? Auditor { get; init; }

    [Field("Security Findings", Layout = FieldLayout.Block), Placeholder("[Any vulnerabilities or concerns]")]
    public string? Findings { get; init; }

    [Field("Recommendations", Layout = FieldLayout.Block), Placeholder("[Required security improvements if issues found]")]
    public string? Recommendations { get; init; }
}

public enum AuditStatus
{
    [Option("CLEARED")] Cleared = 1,
    [Option("ISSUES_FOUND")] IssuesFound,
}

public partial record ObservabilityNotes
{
    [Field("Observability Status", Layout = FieldLayout.Line)]
    public ObservabilityStatus? Status { get; init; }

    [Field("Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? Date { get; init; }

    [Field("Logging Added", Layout = FieldLayout.Block), Placeholder("[Description of logging implementation]")]
    public string? Logging { get; init; }

    [Field("Metrics", Layout = FieldLayout.Block), Placeholder("[Metrics being tracked]")]
    public string? Metrics { get; init; }
}

public enum ObservabilityStatus
{
    [Option("COMPLETE")] Complete = 1,
}

public partial record DeploymentNotes
{
    [Field("Deployment Status", Layout = FieldLayout.Line)]
    public DeploymentStatus? Status { get; init; }

    [Field("Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? Date { get; init; }

    [Field("Deployment Notes", Layout = FieldLayout.Block), Placeholder("[Any special deployment considerations]")]
    public string? Notes { get; init; }
}

public enum DeploymentStatus
{
    [Option("READY")] Ready = 1,
}

public partial record FinalStatus
{
    [Field("Overall Status", Layout = FieldLayout.Line)]
    public OverallStatus? Status { get; init; }

    [Field("Completion Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? CompletionDate { get; init; }

    [Field("Next Task", Layout = FieldLayout.Line), Placeholder("TASK-XXX")]
    public string? NextTask { get; init; }
}

public enum OverallStatus
{
    [Option("COMPLETE")] Complete = 1,
    [Option("IN_PROGRESS")] InProgress,
    [Option("BLOCKED")] Blocked,
}
