using System;
using Reports;

namespace AgentReports;

/// <summary>The implementation report an AI coding agent writes after building a feature.</summary>
[Report("Coding Implementation Report", CompactHeadingLevel = 3, RuleBeforeFooter = true,
    Footer = "*This implementation report ensures comprehensive documentation of development work and supports maintainable, scalable code delivery.*")]
public partial record CodingImplementationReport
{
    [Field("Date", Layout = FieldLayout.Line), Placeholder("[YYYY-MM-DD]")]
    public DateOnly? Date { get; init; }

    [Field("Implementation Type", Layout = FieldLayout.Line), Placeholder("[Feature/Module/Service/Integration/Refactor]")]
    public string? ImplementationType { get; init; }

    [Field("Status", Layout = FieldLayout.Line, OptionSeparator = " | ")]
    public ImplementationStatus? Status { get; init; }

    [Field("Developer", Layout = FieldLayout.Line, TrailingBreak = true, Default = Roles.CodingAgent)]
    public string? Developer { get; init; }

    [Section("Implementation Overview", Emoji = "📋", RuleBefore = true)]
    public ImplementationOverview? Overview { get; init; }

    [Section("Architecture Decisions", Emoji = "🏗️", RuleBefore = true)]
    public ArchitectureDecisions? Architecture { get; init; }

    [Section("Code Quality Metrics", Emoji = "📊", RuleBefore = true)]
    public CodeQualityMetrics? QualityMetrics { get; init; }

    [Section("Testing Strategy", Emoji = "🧪", RuleBefore = true)]
    public TestingStrategy? Testing { get; init; }

    [Section("Integration Notes", Emoji = "🔗", RuleBefore = true)]
    public IntegrationNotes? Integration { get; init; }

    [Section("Implementation Details", Emoji = "🚀", RuleBefore = true)]
    public ImplementationDescription? Details { get; init; }

    [Section("Known Issues & Limitations", Emoji = "⚠️", RuleBefore = true)]
    public KnownIssues? KnownIssues { get; init; }

    [Section("Performance Analysis", Emoji = "📈", RuleBefore = true)]
    public PerformanceAnalysis? Performance { get; init; }

    [Section("Future Considerations", Emoji = "🔮", RuleBefore = true)]
    public FutureConsiderations? Future { get; init; }

    [Section("Documentation Generated", Emoji = "📚", RuleBefore = true)]
    public DocumentationGenerated? Documentation { get; init; }

    [Section("Quality Checklist", Emoji = "✅", RuleBefore = true)]
    public QualityChecklist? Checklist { get; init; }

    [Section("Next Steps", Emoji = "🔄", RuleBefore = true)]
    public NextSteps? NextSteps { get; init; }

    [Section("Integration Support", Emoji = "📞", RuleBefore = true)]
    public IntegrationSupport? Support { get; init; }

    [Field("Report Generated", Layout = FieldLayout.Line, RuleBefore = true), Placeholder("[Date and Time]")]
    public string? ReportGenerated { get; init; }

    [Field("Next Review Date", Layout = FieldLayout.Line), Placeholder("[Scheduled review date]")]
    public DateOnly? NextReviewDate { get; init; }

    [Field("Related Reports", Layout = FieldLayout.Line), Placeholder("[Links to related agent reports]")]
    public string? RelatedReports { get; init; }
}

public enum ImplementationStatus
{
    [Option("IN_PROGRESS", Emoji = "🟡")] InProgress = 1,
    [Option("COMPLETED", Emoji = "🟢")] Completed,
    [Option("NEEDS_REVIEW", Emoji = "🔄")] NeedsReview,
    [Option("DEPLOYED", Emoji = "🚀")] Deployed,
}

/// <summary>A three-way quality indicator.</summary>
public enum Indicator
{
    [Option("MET", Emoji = "✅")] Met = 1,
    [Option("PARTIAL", Emoji = "⚠️")] Partial,
    [Option("NOT_MET", Emoji = "❌")] NotMet,
}

public partial record ImplementationOverview
{
    [Field("Objective", Layout = FieldLayout.Line), Placeholder("[Purpose of this implementation]")]
    public string? Objective { get; init; }

    [Field("Scope", Layout = FieldLayout.Line), Placeholder("[Components/features being developed]")]
    public string? Scope { get; init; }

    [Field("Technology Stack", Layout = FieldLayout.Line), Placeholder("[Languages/frameworks/libraries used]")]
    public string? TechnologyStack { get; init; }

    [Field("Complexity Score", Layout = FieldLayout.Line, TrailingBreak = true, Suffix = "/10 overall implementation complexity"), Placeholder("[X]")]
    public int? ComplexityScore { get; init; }
}

public partial record ArchitectureDecisions
{
    [Section("Design Patterns Used")]
    public DesignPatterns? Patterns { get; init; }

    [Section("Key Components")]
    [Table]
    public ReportList<KeyComponent> Components { get; init; } = ReportList<KeyComponent>.Empty;

    [Section("Technical Trade-offs")]
    public TradeOffs? TradeOffs { get; init; }
}

public partial record DesignPatterns
{
    [Field("Primary Pattern"), Placeholder("[MVC/Repository/Observer/Microservice/etc.]")]
    public string? Primary { get; init; }

    [Field("Secondary Patterns"), Placeholder("[Supporting architectural patterns]")]
    public string? Secondary { get; init; }

    [Field("Rationale"), Placeholder("[Why these patterns were chosen]")]
    public string? Rationale { get; init; }
}

public partial record KeyComponent
{
    [Column("Component", Bold = true), Placeholder("[Component A]", "[Component B]", "[Component C]")]
    public string? Name { get; init; }

    [Column("Purpose"), Placeholder("[Purpose]")]
    public string? Purpose { get; init; }

    [Column("Dependencies"), Placeholder("[Dependencies]")]
    public string? Dependencies { get; init; }

    [Column("Notes"), Placeholder("[Implementation notes]")]
    public string? Notes { get; init; }
}

public partial record TradeOffs
{
    [Field("Performance vs Maintainability"), Placeholder("[Decision and reasoning]")]
    public string? PerformanceVsMaintainability { get; init; }

    [Field("Scalability Considerations"), Placeholder("[How the solution scales]")]
    public string? Scalability { get; init; }

    [Field("Security Measures"), Placeholder("[Security implementations and validations]")]
    public string? Security { get; init; }
}

public partial record CodeQualityMetrics
{
    [Section("Implementation Statistics")]
    public ImplementationStatistics? Statistics { get; init; }

    [Section("Quality Indicators")]
    public QualityIndicators? Indicators { get; init; }
}

public partial record ImplementationStatistics
{
    [Field("Lines of Code"), Placeholder("[Total LOC]")]
    public string? LinesOfCode { get; init; }

    [Field("Cyclomatic Complexity"), Placeholder("[Average complexity score]")]
    public string? CyclomaticComplexity { get; init; }

    [Field("Test Coverage")]
    public CoverageSummary? TestCoverage { get; init; }

    [Field("Dependencies Added"), Placeholder("[Number and list of new dependencies]")]
    public string? DependenciesAdded { get; init; }
}

/// <summary>A coverage figure with its breakdown: <c>87% (unit 92%, integration 71%)</c>.</summary>
[Inline("{Percent}% ({Breakdown})")]
public sealed record CoverageSummary(
    [property: Placeholder("[X]")] int? Percent,
    [property: Placeholder("[unit/integration/e2e breakdown]")] string Breakdown);

public partial record QualityIndicators
{
    [Indicator("Code Standards Compliance")]
    public Indicator? CodeStandards { get; init; }

    [Indicator("Error Handling Coverage")]
    public Indicator? ErrorHandling { get; init; }

    [Indicator("Input Validation")]
    public Indicator? InputValidation { get; init; }

    [Indicator("Performance Optimization")]
    public Indicator? Performance { get; init; }

    [Indicator("Security Best Practices")]
    public Indicator? Security { get; init; }
}

public partial record TestingStrategy
{
    [Section("Test Coverage Analysis")]
    [AlignedBlock]
    public CoverageAnalysis? Coverage { get; init; }

    [Section("Test Scenarios Covered")]
    public TestScenarios? Scenarios { get; init; }

    [Section("Known Testing Gaps", Optional = true), List(EmptyText = "None identified."), Placeholder("[List any areas not fully tested]", "[Reasons for gaps and mitigation strategies]")]
    public ReportList<string> Gaps { get; init; } = ReportList<string>.Empty;
}

public partial record CoverageAnalysis
{
    [Field("Unit Tests")]
    public CoverageLine? Unit { get; init; }

    [Field("Integration Tests")]
    public CoverageLine? Integration { get; init; }

    [Field("End-to-End Tests")]
    public CoverageLine? EndToEnd { get; init; }
}

/// <summary>One line of the coverage analysis: <c>92% (148 tests)</c>.</summary>
[Inline("{Percent}% ({Count} tests)")]
public sealed record CoverageLine(
    [property: Placeholder("[X]")] int? Percent,
    [property: Placeholder("[X]")] int? Count);

public partial record TestScenarios
{
    [Field("Happy Path"), Placeholder("[Description of main flow tests]")]
    public string? HappyPath { get; init; }

    [Field("Edge Cases"), Placeholder("[Boundary conditions and limits tested]")]
    public string? EdgeCases { get; init; }

    [Field("Error Conditions"), Placeholder("[Exception and failure handling tests]")]
    public string? ErrorConditions { get; init; }

    [Field("Performance Tests"), Placeholder("[Load and stress testing if applicable]")]
    public string? PerformanceTests { get; init; }
}

public partial record IntegrationNotes
{
    [Section("System Interfaces")]
    public SystemInterfaces? Interfaces { get; init; }

    [Section("Deployment Considerations")]
    public DeploymentConsiderations? Deployment { get; init; }
}

public partial record SystemInterfaces
{
    [Field("External APIs"), Placeholder("[APIs consumed or exposed]")]
    public string? ExternalApis { get; init; }

    [Field("Database Integration"), Placeholder("[Data models and migration notes]")]
    public string? Database { get; init; }

    [Field("Service Dependencies"), Placeholder("[Other services this code depends on]")]
    public string? ServiceDependencies { get; init; }

    [Field("Configuration Requirements"), Placeholder("[Environment variables, config files]")]
    public string? Configuration { get; init; }
}

public partial record DeploymentConsiderations
{
    [Field("Environment Requirements"), Placeholder("[Runtime dependencies]")]
    public string? Environment { get; init; }

    [Field("Infrastructure Needs"), Placeholder("[Scaling, monitoring, logging requirements]")]
    public string? Infrastructure { get; init; }

    [Field("Migration Steps"), Placeholder("[Database/data migration procedures]")]
    public string? Migration { get; init; }
}

public partial record ImplementationDescription
{
    [Section("Feature Functionality"), Placeholder("[Detailed description of what was implemented]")]
    public string? Functionality { get; init; }

    [Section("Usage Examples")]
    [CodeBlock(LanguagePlaceholder = "[language]"), Placeholder("// Example of how to use the implemented feature\n[Code example]")]
    public CodeBlock? UsageExample { get; init; }

    [Section("Configuration")]
    [CodeBlock(LanguagePlaceholder = "[format]"), Placeholder("# Required configuration\n[Configuration example]")]
    public CodeBlock? Configuration { get; init; }
}

/// <summary>A named note with its description: <c>**Cold cache**: first request takes 2 s</c>.</summary>
[Inline("**{Name}**: {Description}")]
public sealed record NamedNote(
    [property: Placeholder("[Name]")] string Name,
    [property: Placeholder("[Description]")] string Description);

public partial record KnownIssues
{
    [Section("Current Limitations", Optional = true), List(EmptyText = "None identified.")]
    [ItemPlaceholder(nameof(NamedNote.Name), "[Limitation 1]", "[Limitation 2]")]
    [ItemPlaceholder(nameof(NamedNote.Description), "[Description and impact]")]
    public ReportList<NamedNote> Limitations { get; init; } = ReportList<NamedNote>.Empty;

    [Section("Technical Debt", Optional = true), List(EmptyText = "None identified.")]
    [ItemPlaceholder(nameof(NamedNote.Name), "[Debt Item 1]", "[Debt Item 2]")]
    [ItemPlaceholder(nameof(NamedNote.Description), "[Description and plan to address]")]
    public ReportList<NamedNote> TechnicalDebt { get; init; } = ReportList<NamedNote>.Empty;

    [Section("Future Improvements", Optional = true), List(EmptyText = "None identified.")]
    [ItemPlaceholder(nameof(NamedNote.Name), "[Improvement 1]", "[Improvement 2]")]
    [ItemPlaceholder(nameof(NamedNote.Description), "[Enhancement description and priority]")]
    public ReportList<NamedNote> Improvements { get; init; } = ReportList<NamedNote>.Empty;
}

public partial record PerformanceAnalysis
{
    [Section("Benchmarks")]
    public Benchmarks? Benchmarks { get; init; }

    [Section("Optimization Opportunities"), Placeholder("[Areas identified for future performance improvements]", "[Monitoring recommendations]")]
    public ReportList<string> Opportunities { get; init; } = ReportList<string>.Empty;
}

public partial record Benchmarks
{
    [Field("Response Time"), Placeholder("[Average response times for key operations]")]
    public string? ResponseTime { get; init; }

    [Field("Throughput"), Placeholder("[Requests/operations per second]")]
    public string? Throughput { get; init; }

    [Field("Resource Usage"), Placeholder("[Memory, CPU utilization]")]
    public string? ResourceUsage { get; init; }

    [Field("Scalability Limits"), Placeholder("[Current known bottlenecks]")]
    public string? ScalabilityLimits { get; init; }
}

public partial record FutureConsiderations
{
    [Section("Extensibility")]
    public Extensibility? Extensibility { get; init; }

    [Section("Maintenance")]
    public Maintenance? Maintenance { get; init; }

    [Section("Scalability Roadmap")]
    public ScalabilityRoadmap? Scalability { get; init; }
}

public partial record Extensibility
{
    [Field("Extension Points"), Placeholder("[Where future features can be added]")]
    public string? ExtensionPoints { get; init; }

    [Field("Plugin Architecture"), Placeholder("[If applicable, how to extend functionality]")]
    public string? PluginArchitecture { get; init; }

    [Field("API Evolution"), Placeholder("[How APIs can be evolved without breaking changes]")]
    public string? ApiEvolution { get; init; }
}

public partial record Maintenance
{
    [Field("Monitoring Requirements"), Placeholder("[What should be monitored in production]")]
    public string? Monitoring { get; init; }

    [Field("Logging Strategy"), Placeholder("[Key events and error conditions to log]")]
    public string? Logging { get; init; }

    [Field("Update Procedures"), Placeholder("[How to safely update the implementation]")]
    public string? Updates { get; init; }
}

public partial record ScalabilityRoadmap
{
    [Field("Horizontal Scaling"), Placeholder("[How to scale across multiple instances]")]
    public string? Horizontal { get; init; }

    [Field("Vertical Scaling"), Placeholder("[Resource scaling considerations]")]
    public string? Vertical { get; init; }

    [Field("Data Scaling"), Placeholder("[Database and storage scaling strategies]")]
    public string? Data { get; init; }
}

public partial record DocumentationGenerated
{
    [Section("Code Documentation")]
    public CodeDocumentation? Code { get; init; }

    [Section("External Documentation")]
    public ExternalDocumentation? External { get; init; }
}

public partial record CodeDocumentation
{
    [Indicator("Inline Comments", Description = "Function and complex logic documentation")]
    public Indicator? InlineComments { get; init; }

    [Indicator("API Documentation", Description = "Public interface documentation")]
    public Indicator? ApiDocumentation { get; init; }

    [Indicator("Setup Instructions", Description = "Development and deployment guides")]
    public Indicator? SetupInstructions { get; init; }
}

public partial record ExternalDocumentation
{
    [Indicator("README Updates", Description = "Project documentation updates")]
    public Indicator? Readme { get; init; }

    [Indicator("Architecture Diagrams", Description = "System design documentation")]
    public Indicator? ArchitectureDiagrams { get; init; }

    [Indicator("User Guides", Description = "End-user documentation if applicable")]
    public Indicator? UserGuides { get; init; }
}

public partial record QualityChecklist
{
    [Check("All functional requirements implemented")]
    public bool FunctionalRequirements { get; init; }

    [Check("Non-functional requirements met (performance, security, etc.)")]
    public bool NonFunctionalRequirements { get; init; }

    [Check("Code follows established patterns and conventions")]
    public bool FollowsConventions { get; init; }

    [Check("Comprehensive error handling implemented")]
    public bool ErrorHandling { get; init; }

    [Check("Input validation and sanitization complete")]
    public bool InputValidation { get; init; }

    [Check("Unit tests written and passing")]
    public bool UnitTests { get; init; }

    [Check("Integration tests cover key workflows")]
    public bool IntegrationTests { get; init; }

    [Check("Documentation complete and accurate")]
    public bool Documentation { get; init; }

    [Check("Security review completed")]
    public bool SecurityReview { get; init; }

    [Check("Performance benchmarks meet requirements")]
    public bool PerformanceBenchmarks { get; init; }
}

public partial record NextSteps
{
    [Section("Immediate Actions Required")]
    [List(Numbered = true)]
    [ItemPlaceholder(nameof(NamedNote.Name), "[Action 1]", "[Action 2]")]
    [ItemPlaceholder(nameof(NamedNote.Description), "[Description and owner]")]
    public ReportList<NamedNote> Actions { get; init; } = ReportList<NamedNote>.Empty;

    [Section("Recommended Follow-up")]
    public FollowUp? FollowUp { get; init; }
}

public partial record FollowUp
{
    [Field("Code Review"), Placeholder("[Specific areas needing review]")]
    public string? CodeReview { get; init; }

    [Field("Testing"), Placeholder("[Additional testing recommendations]")]
    public string? Testing { get; init; }

    [Field("Documentation"), Placeholder("[Documentation gaps to fill]")]
    public string? Documentation { get; init; }

    [Field("Deployment"), Placeholder("[Deployment readiness steps]")]
    public string? Deployment { get; init; }
}

public partial record IntegrationSupport
{
    [Section("Developer Onboarding")]
    public DeveloperOnboarding? Onboarding { get; init; }

    [Section("Troubleshooting Guide")]
    public TroubleshootingGuide? Troubleshooting { get; init; }
}

public partial record DeveloperOnboarding
{
    [Field("Setup Time"), Placeholder("[Estimated time for new developer setup]")]
    public string? SetupTime { get; init; }

    [Field("Key Concepts"), Placeholder("[Important concepts developers need to understand]")]
    public string? KeyConcepts { get; init; }

    [Field("Common Pitfalls"), Placeholder("[Mistakes to avoid during development]")]
    public string? CommonPitfalls { get; init; }
}

public partial record TroubleshootingGuide
{
    [Field("Common Issues"), Placeholder("[Frequent problems and solutions]")]
    public string? CommonIssues { get; init; }

    [Field("Debug Procedures"), Placeholder("[How to debug issues in this implementation]")]
    public string? DebugProcedures { get; init; }

    [Field("Support Contacts"), Placeholder("[Who to contact for specific types of issues]")]
    public string? SupportContacts { get; init; }
}
