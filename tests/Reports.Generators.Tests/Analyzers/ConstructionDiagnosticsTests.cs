using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Reports.Generators.Analyzers;
using Xunit;
using static Reports.Generators.Tests.Analyzers.Verify;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>RPT0101 (object creation leaves required values out) and RPT0102 (placeholder text as a value).</summary>
public sealed class ConstructionDiagnosticsTests
{
    private static Task Check(string code, params DiagnosticResult[] expected) =>
        AnalyzerAsync<ReportConstructionAnalyzer>(new[] { ConstructionSources.TaskReport, "using Reports;\n\n" + code }, expected);

    private static DiagnosticResult Incomplete(int location, string type, string count, string paths) =>
        Diagnostic(DiagnosticDescriptors.IncompleteObjectCreation, location).WithArguments(type, count, paths);

    private static DiagnosticResult Placeholder(int location, string text, string member, string name) =>
        Diagnostic(DiagnosticDescriptors.PlaceholderLiteral, location).WithArguments(text, member, name);

    // ---- RPT0101 ----

    [Fact]
    public Task Report_and_nested_section_each_name_their_missing_values_by_path() => Check("""
        static class Build
        {
            static TaskReport Create() => {|#0:new TaskReport|}
            {
                TaskName = "Rate limiting",
                Overview = {|#1:new TaskOverview|} { TaskId = "TASK-142" },
            };
        }
        """,
        Incomplete(0, "TaskReport", "2 required values", "Files, Code Review"),
        Incomplete(1, "TaskOverview", "2 required values", "Task Overview › Epic, Task Overview › Coverage"));

    [Fact]
    public Task Values_that_cannot_be_absent_are_never_missing_as_the_runtime_check_counts_them() => AnalyzerAsync<ReportConstructionAnalyzer>(new[]
    {
        """
        using System;
        using Reports;

        [Report("Counts")]
        public partial record CountsReport
        {
            [Field("Count")] public int Count { get; init; }
            [Field("Ready")] public bool Ready { get; init; }
            [Field("Day")] public DateOnly Day { get; init; }
            [Field("Owner", Default = "Team A")] public string? Owner { get; init; }
            [Field("Name")] public string? Name { get; init; }
        }
        """,
        """
        static class Build
        {
            static CountsReport Create() => {|#0:new CountsReport|} { Count = 0 };
        }
        """,
    },
    Incomplete(0, "CountsReport", "a required value", "Name"));

    [Fact]
    public Task Complete_report_is_fine() => Check("""
        static class Build
        {
            static TaskReport Create() => new TaskReport
            {
                TaskName = "Rate limiting",
                Overview = new TaskOverview { TaskId = "TASK-142", Epic = "Public API", Coverage = 87 },
                Files = new ReportList<FileChange>(new[] { new FileChange("src/Limiter.cs", "Token bucket") }),
                Review = new() { Status = ReviewStatus.Approved, Comments = "Clean." },
            };
        }
        """);

    [Fact]
    public Task Null_default_blank_and_empty_values_count_as_missing() => Check("""
        static class Build
        {
            static TaskReport Create() => {|#0:new TaskReport|}
            {
                TaskName = " ",
                Overview = null,
                Files = ReportList<FileChange>.Empty,
                Review = default!,
            };
        }
        """,
        Incomplete(0, "TaskReport", "4 required values", "TaskName, Task Overview, Files, Code Review"));

    [Fact]
    public Task Target_typed_section_in_a_with_expression_is_checked_from_the_report() => Check("""
        static class Build
        {
            static TaskReport Update(TaskReport report) => report with
            {
                Review = {|#0:new()|} { Status = ReviewStatus.Rejected },
            };
        }
        """,
        Incomplete(0, "Review", "a required value", "Code Review › Comments"));

    [Fact]
    public Task Section_created_on_its_own_and_report_without_initializer_are_not_checked() => Check("""
        static class Build
        {
            static TaskOverview Overview() => new TaskOverview { TaskId = "TASK-142" };

            static TaskReport Draft() => new TaskReport();

            static TaskReport Later(TaskOverview overview) => overview is null ? new TaskReport() : new TaskReport() with { Overview = overview };
        }
        """);

    [Fact]
    public Task Constructor_arguments_count_as_set_and_an_explicit_null_argument_as_missing() => AnalyzerAsync<ReportConstructionAnalyzer>("""
        using Reports;

        [Report]
        public partial record Incident
        {
            [Section("Summary")] public Summary? Summary { get; init; }
            [Section("Impact")] public Impact? Impact { get; init; }
        }

        public partial record Summary([property: Field("What")] string? What, [property: Field("When")] string? When);

        public partial class Impact
        {
            public Impact(string? users) => Users = users;

            [Field("Users")] public string? Users { get; init; }
        }

        static class Build
        {
            static Incident Create() => new Incident
            {
                Summary = {|#0:new Summary("Checkout down", null)|},
                Impact = new Impact(users: "All EU customers"),
            };
        }
        """,
        Incomplete(0, "Summary", "a required value", "Summary › When"));

    [Fact]
    public Task Members_declared_required_are_left_to_the_compiler() => AnalyzerAsync<ReportConstructionAnalyzer>("""
        using Reports;

        [Report]
        public partial record Note
        {
            [Field("Owner")] public required string Owner { get; init; }
            [Field("Text")] public string? Text { get; init; }
        }

        static class Build
        {
            static Note Create() => new {|#1:Note|} { Text = "Hello" };
        }
        """,
        DiagnosticResult.CompilerError("CS9035").WithLocation(1).WithArguments("Note.Owner"));

    [Fact]
    public Task Generated_code_is_not_analyzed() => AnalyzerAsync<ReportConstructionAnalyzer>(new[] { ConstructionSources.TaskReport, """
        // <auto-generated/>
        using Reports;

        static class Generated
        {
            static TaskReport Create() => new TaskReport { TaskName = "TBD" };
        }
        """ });

    // ---- RPT0102 ----

    [Fact]
    public Task Placeholder_text_in_an_initializer_warns_on_the_literal() => Check("""
        static class Build
        {
            static TaskOverview Create() => new TaskOverview
            {
                TaskId = {|#0:"TASK-XXX"|},
                Epic = {|#1:"[Epic Name]"|},
                AssignedTo = {|#2:"TBD"|},
            };
        }
        """,
        Placeholder(0, "TASK-XXX", "TaskOverview.TaskId", "Task ID"),
        Placeholder(1, "[Epic Name]", "TaskOverview.Epic", "Epic"),
        Placeholder(2, "TBD", "TaskOverview.AssignedTo", "Assigned To"));

    [Fact]
    public Task Placeholder_text_given_to_a_Markdown_value_warns_through_its_conversion() => AnalyzerAsync<ReportConstructionAnalyzer>(new[]
    {
        """
        using Reports;

        [Report("Finding")]
        public partial record FindingReport
        {
            [Field("Recommendation"), Placeholder("[How to fix it]")] public MarkdownText? Recommendation { get; init; }
            [Field("Location"), Placeholder("[file:line]")] public string? Location { get; init; }
        }
        """,
        """
        static class Build
        {
            static FindingReport Create() => new FindingReport { Recommendation = {|#0:"[How to fix it]"|}, Location = {|#1:"[file:line]"|} };

            static FindingReport Real() => new FindingReport { Recommendation = "Use `Parameterize()`", Location = "src/Db.cs:42" };
        }
        """,
    },
    Placeholder(0, "[How to fix it]", "FindingReport.Recommendation", "Recommendation"),
    Placeholder(1, "[file:line]", "FindingReport.Location", "Location"));

    [Fact]
    public Task Placeholder_text_in_a_with_expression_and_in_a_positional_argument_warns() => Check("""
        static class Build
        {
            static TaskOverview Update(TaskOverview overview) => overview with { Epic = {|#0:"TODO: ask the architect"|} };

            static FileChange File() => new FileChange({|#1:"src/[path]/[filename]"|}, Purpose: {|#2:"[X]"|});
        }
        """,
        Placeholder(0, "TODO: ask the architect", "TaskOverview.Epic", "Epic"),
        Placeholder(1, "src/[path]/[filename]", "FileChange.Path", "Path"),
        Placeholder(2, "[X]", "FileChange.Purpose", "Purpose"));

    [Fact]
    public Task Real_values_realistic_template_examples_and_unrelated_types_are_fine() => Check("""
        static class Build
        {
            static TaskOverview Overview() => new TaskOverview { TaskId = "TASK-142", Epic = "EPIC-12 [API] hardening", AssignedTo = "Backend Developer Agent" };

            static Review Review() => new Review { Status = ReviewStatus.Approved, Comments = "Looks good" };

            static Note Note() => new Note { Text = "TODO" };

            static FileChange File() => new FileChange("src/Limiter.cs", "Adds XXL buckets");
        }
        """);
}
