using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Reports.CodeFixes;
using Reports.Generators.Analyzers;
using Xunit;
using static Reports.Generators.Tests.Analyzers.Verify;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>Every code fix: the source before, the source after, and what is still reported after it.</summary>
public sealed class CodeFixTests
{
    private const string Usings = "using System;\nusing Reports;\n\n";

    // ---- RPT0001: make partial ----

    [Fact]
    public Task Make_partial_adds_the_modifier_before_record() => CodeFixAsync<ReportDefinitionAnalyzer, MakePartialCodeFix>(Usings + """
        [Report("Status")]
        public sealed record {|#0:Status|}
        {
            [Field("Owner")] public string? Owner { get; init; }
        }
        """,
        new[] { Diagnostic(DiagnosticDescriptors.NotPartial).WithArguments("Report type 'Status'") },
        Usings + """
        [Report("Status")]
        public sealed partial record Status
        {
            [Field("Owner")] public string? Owner { get; init; }
        }
        """);

    [Fact]
    public Task Make_partial_also_makes_the_containing_types_partial() => CodeFixAsync<ReportDefinitionAnalyzer, MakePartialCodeFix>(Usings + """
        public static class {|#0:Outer|}
        {
            [Report]
            record {|#1:Status|}
            {
                [Field("Owner")] public string? Owner { get; init; }
            }
        }
        """,
        new[]
        {
            Diagnostic(DiagnosticDescriptors.NotPartial, 0).WithArguments("Type 'Outer', which contains report type 'Status',"),
            Diagnostic(DiagnosticDescriptors.NotPartial, 1).WithArguments("Report type 'Status'"),
        },
        Usings + """
        public static partial class Outer
        {
            [Report]
            partial record Status
            {
                [Field("Owner")] public string? Owner { get; init; }
            }
        }
        """);

    // ---- RPT0005: add [Option] ----

    [Fact]
    public Task Add_option_labels_each_member_in_upper_snake_case() => CodeFixAsync<ReportDefinitionAnalyzer, AddOptionCodeFix>(Usings + """
        [Report]
        public partial record R
        {
            [Field("Status")] public Status? Status { get; init; }
        }

        public enum Status
        {
            [Option("DONE")] Done = 1,
            {|#0:InProgress|},
            /// <summary>The server failed.</summary>
            {|#1:HTTPError|},
        }
        """,
        new[]
        {
            Diagnostic(DiagnosticDescriptors.EnumWithoutOptions, 0).WithArguments("Status", "InProgress"),
            Diagnostic(DiagnosticDescriptors.EnumWithoutOptions, 1).WithArguments("Status", "HTTPError"),
        },
        Usings + """
        [Report]
        public partial record R
        {
            [Field("Status")] public Status? Status { get; init; }
        }

        public enum Status
        {
            [Option("DONE")] Done = 1,
            [Option("IN_PROGRESS")] InProgress,
            /// <summary>The server failed.</summary>
            [Option("HTTP_ERROR")] HTTPError,
        }
        """);

    [Fact]
    public Task Add_option_imports_the_namespace_when_needed() => CodeFixAsync<ReportDefinitionAnalyzer, AddOptionCodeFix>("""
        namespace App
        {
            [Reports.Report]
            public partial record R
            {
                [Reports.Field("Status")] public Status? Status { get; init; }
            }

            public enum Status { {|#0:NotStarted|} = 1 }
        }
        """,
        new[] { Diagnostic(DiagnosticDescriptors.EnumWithoutOptions).WithArguments("Status", "NotStarted") },
        """
        using Reports;

        namespace App
        {
            [Reports.Report]
            public partial record R
            {
                [Reports.Field("Status")] public Status? Status { get; init; }
            }

            public enum Status { [Option("NOT_STARTED")] NotStarted = 1 }
        }
        """);

    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Done", "DONE")]
    [InlineData("Http2Error", "HTTP2_ERROR")]
    [InlineData("Not_Met", "NOT_MET")]
    [InlineData("APPROVED", "APPROVED")]
    public void Option_labels_are_upper_snake_case(string name, string label) => Assert.Equal(label, AddOptionCodeFix.Label(name));

    // ---- RPT0007: add init ----

    [Fact]
    public Task Add_init_to_a_get_only_property() => CodeFixAsync<ReportDefinitionAnalyzer, AddInitAccessorCodeFix>(Usings + """
        [Report]
        public partial record R
        {
            [Field("Owner")] public string? {|#0:Owner|} { get; }
        }
        """,
        new[] { Diagnostic(DiagnosticDescriptors.RequiredMemberCannotBeSet).WithArguments("Owner", "R", "has no setter or init accessor") },
        Usings + """
        [Report]
        public partial record R
        {
            [Field("Owner")] public string? Owner { get; init; }
        }
        """);

    // ---- RPT0006: remove the contradicting argument ----

    [Fact]
    public Task Remove_the_argument_that_contradicts_the_member() => CodeFixAsync<ReportDefinitionAnalyzer, RemoveAttributeArgumentCodeFix>(Usings + """
        [Report]
        public partial record R
        {
            [{|#0:Field("Owner", TrailingBreak = true, Code = false)|}] public string? Owner { get; init; }
            [{|#1:Check("Reviewed", Optional = true)|}] public bool Reviewed { get; init; }
            [{|#2:List(TemplateItems = 0)|}] public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
        }
        """,
        new[]
        {
            Diagnostic(DiagnosticDescriptors.ConflictingOptions, 0).WithArguments("Owner",
                "TrailingBreak only applies to Layout = FieldLayout.Line; remove TrailingBreak, or set Layout = FieldLayout.Line"),
            Diagnostic(DiagnosticDescriptors.ConflictingOptions, 1).WithArguments("Reviewed",
                "a check is always either ticked or not, so it cannot be left out; remove Optional"),
            Diagnostic(DiagnosticDescriptors.ConflictingOptions, 2).WithArguments("Steps",
                "TemplateItems = 0 would show no example item, but a blank template always shows at least one so that it can be filled in; give a number from 1, or leave TemplateItems out to show as many items as the longest [Placeholder]"),
        },
        Usings + """
        [Report]
        public partial record R
        {
            [Field("Owner", Code = false)] public string? Owner { get; init; }
            [Check("Reviewed")] public bool Reviewed { get; init; }
            [List] public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
        }
        """);

    // ---- RPT0101: add the missing members ----

    private static Task MissingMembers(string code, DiagnosticResult[] expected, string fixedCode, params DiagnosticResult[] remaining)
    {
        var test = CodeFixAsync<ReportConstructionAnalyzer, AddMissingMembersCodeFix>(
            ConstructionSources.TaskReport + "\n" + code, expected, ConstructionSources.TaskReport + "\n" + fixedCode, remaining);
        return test;
    }

    private static DiagnosticResult Incomplete(int location, string type, string count, string paths) =>
        Diagnostic(DiagnosticDescriptors.IncompleteObjectCreation, location).WithArguments(type, count, paths);

    private static DiagnosticResult Placeholder(int location, string text, string member, string name) =>
        Diagnostic(DiagnosticDescriptors.PlaceholderLiteral, location).WithArguments(text, member, name);

    [Fact]
    public Task Missing_members_become_stubs_that_are_still_reported() => MissingMembers("""
        static class Build
        {
            static TaskReport Create() => {|#0:new TaskReport|}
            {
                TaskName = "Rate limiting",
                Overview = {|#1:new TaskOverview|} { TaskId = "TASK-142" },
            };
        }
        """,
        new[]
        {
            Incomplete(0, "TaskReport", "2 required values", "Files, Code Review"),
            Incomplete(1, "TaskOverview", "2 required values", "Task Overview › Epic, Task Overview › Coverage"),
        },
        """
        static class Build
        {
            static TaskReport Create() => {|#0:new TaskReport|}
            {
                TaskName = "Rate limiting",
                Overview = {|#1:new TaskOverview|}
                {
                    TaskId = "TASK-142",
                    Epic = {|#2:"[Epic Name]"|},
                    Coverage = default,
                },
                Files = ReportList<FileChange>.Empty,
                Review = {|#3:new Review|}
                {
                    Status = default,
                    Comments = {|#4:"[Comments]"|},
                },
            };
        }
        """,
        Incomplete(0, "TaskReport", "a required value", "Files"),
        Incomplete(1, "TaskOverview", "a required value", "Task Overview › Coverage"),
        Placeholder(2, "[Epic Name]", "TaskOverview.Epic", "Epic"),
        Incomplete(3, "Review", "a required value", "Code Review › Status"),
        Placeholder(4, "[Comments]", "Review.Comments", "Comments"));

    [Fact]
    public Task No_fix_is_offered_when_every_missing_member_is_already_in_the_initializer()
    {
        const string code = """
            static class Build
            {
                static TaskReport Create() => {|#0:new TaskReport|}
                {
                    TaskName = null,
                    Overview = null,
                    Files = ReportList<FileChange>.Empty,
                    Review = default,
                };
            }
            """;
        return MissingMembers(code,
            new[] { Incomplete(0, "TaskReport", "4 required values", "TaskName, Task Overview, Files, Code Review") },
            code,
            Incomplete(0, "TaskReport", "4 required values", "TaskName, Task Overview, Files, Code Review"));
    }

    [Fact]
    public Task Missing_members_follow_an_initializer_without_trailing_comma_and_fill_an_empty_section() => MissingMembers("""
        static class Build
        {
            static TaskReport Create() => {|#0:new TaskReport|}
            {
                Overview = {|#1:new TaskOverview()|},
                Files = ReportList<FileChange>.Empty,
                Review = new Review { Status = ReviewStatus.Approved, Comments = "Clean." }
            };
        }
        """,
        new[]
        {
            Incomplete(0, "TaskReport", "2 required values", "TaskName, Files"),
            Incomplete(1, "TaskOverview", "3 required values", "Task Overview › Task ID, Task Overview › Epic, Task Overview › Coverage"),
        },
        """
        static class Build
        {
            static TaskReport Create() => {|#0:new TaskReport|}
            {
                Overview = {|#1:new TaskOverview()|}
                {
                    TaskId = {|#2:"TASK-XXX"|},
                    Epic = {|#3:"[Epic Name]"|},
                    Coverage = default,
                },
                Files = ReportList<FileChange>.Empty,
                Review = new Review { Status = ReviewStatus.Approved, Comments = "Clean." },
                TaskName = {|#4:"[Task Name]"|}
            };
        }
        """,
        Incomplete(0, "TaskReport", "a required value", "Files"),
        Incomplete(1, "TaskOverview", "a required value", "Task Overview › Coverage"),
        Placeholder(2, "TASK-XXX", "TaskOverview.TaskId", "Task ID"),
        Placeholder(3, "[Epic Name]", "TaskOverview.Epic", "Epic"),
        Placeholder(4, "[Task Name]", "TaskReport.TaskName", "TaskName"));
}
