namespace Reports.Generators.Tests.Analyzers;

/// <summary>A small report definition that the construction-site tests build values of.</summary>
internal static class ConstructionSources
{
    public const string TaskReport = """
        using System;
        using Reports;

        [Report("Task Report: {Overview.TaskId} - {TaskName}")]
        public partial record TaskReport
        {
            [TitleValue, Placeholder("[Task Name]")] public string? TaskName { get; init; }
            [Section("Task Overview", Compact = true)] public TaskOverview? Overview { get; init; }
            [Section("Known Limitations", Optional = true)] public string? KnownLimitations { get; init; }
            [Section("Files"), List] public ReportList<FileChange> Files { get; init; } = ReportList<FileChange>.Empty;
            [Section("Code Review")] public Review? Review { get; init; }
        }

        public partial record TaskOverview
        {
            [Field("Task ID"), Placeholder("TASK-XXX")] public string? TaskId { get; init; }
            [Field("Assigned To", Default = "Backend Developer Agent")] public string? AssignedTo { get; init; }
            [Field("Epic"), Placeholder("[Epic Name]")] public string? Epic { get; init; }
            [Field("Coverage", Suffix = "%"), Placeholder("XX")] public int? Coverage { get; init; }
        }

        public partial record Review
        {
            [Field("Status")] public ReviewStatus? Status { get; init; }
            [Check("Tests pass")] public bool TestsPass { get; init; }
            [Field("Reviewer")] public string? Reviewer { get; init; } = "Code Reviewer Agent";
            [Field("Comments"), Placeholder("Looks good")] public string? Comments { get; init; }
        }

        public enum ReviewStatus { [Option("APPROVED")] Approved = 1, [Option("REJECTED")] Rejected }

        [Inline("`{Path}` - {Purpose}")]
        public sealed record FileChange(
            [property: Placeholder("src/[path]/[filename]")] string Path,
            [property: Placeholder("[Purpose]")] string Purpose);

        public sealed record Note
        {
            public string? Text { get; init; }
        }
        """;
}
