using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Reports.Generators.Analyzers;
using Reports.Generators.Tests.Infrastructure;
using Xunit;
using static Reports.Generators.Tests.Analyzers.Verify;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>RPT0100: a <c>T.CreateBuilder()…Build()</c> chain that never sets a required value.</summary>
/// <remarks>
/// The analyzer tests do not run the generator, so the builders it would emit for <see cref="ConstructionSources.TaskReport"/>
/// are generated once here and added to each test as <c>*.g.cs</c> sources (which the analyzer skips as generated code).
/// </remarks>
public sealed class BuilderChainDiagnosticsTests
{
    private static readonly Lazy<string[]> Generated = new(() =>
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.CSharp12, ConstructionSources.TaskReport);
        var driver = CSharpGeneratorDriver.Create(new ReportGenerator()).RunGenerators(compilation);
        return driver.GetRunResult().GeneratedTrees.Select(tree => tree.GetText().ToString()).ToArray();
    });

    /// <summary>The report definition and its generated members.</summary>
    private static string[] Definition => new[] { ConstructionSources.TaskReport }.Concat(Generated.Value).ToArray();

    /// <summary>The report definition, its generated members, and <paramref name="code"/>.</summary>
    private static string[] Sources(string code) => new[] { "using Reports;\n\n" + code }.Concat(Definition).ToArray();

    private static Task Check(string code, params DiagnosticResult[] expected) =>
        AnalyzerAsync<ReportConstructionAnalyzer>(Sources(code), expected);

    private static DiagnosticResult Chain(int location, string count, string paths) =>
        Diagnostic(DiagnosticDescriptors.IncompleteBuilderChain, location).WithArguments("TaskReport.CreateBuilder()…Build()", count, paths);

    [Fact]
    public Task BuilderChain_complete_chain_is_fine() => Check("""
        static class Make
        {
            static TaskReport Create() => TaskReport.CreateBuilder()
                .TaskName("Rate limiting")
                .Overview(o => o.TaskId("TASK-142").Epic("Public API").Coverage(87))
                .AddFile("src/Limiter.cs", "Token bucket")
                .Review(r => { r.Status(ReviewStatus.Approved); r.Comments("Clean."); })
                .Build();
        }
        """);

    [Fact]
    public Task BuilderChain_missing_field_and_whole_sections_are_named_by_path() => Check("""
        static class Make
        {
            static TaskReport Create() => TaskReport.CreateBuilder()
                .TaskName("Rate limiting")
                .Overview(o => o.TaskId("TASK-142").Coverage(87))
                .{|#0:Build|}();
        }
        """,
        Chain(0, "3 required values", "Task Overview › Epic, Files, Code Review"));

    [Fact]
    public Task BuilderChain_missing_value_inside_a_nested_lambda_is_named() => Check("""
        static class Make
        {
            static TaskReport Create() => TaskReport.CreateBuilder()
                .TaskName("Rate limiting")
                .Overview(o => o.TaskId("TASK-142").Epic("Public API").Coverage(87))
                .Files(new ReportList<FileChange>(new[] { new FileChange("src/Limiter.cs", "Token bucket") }))
                .Review(r => r.Status(ReviewStatus.Approved))
                .{|#0:Build|}();
        }
        """,
        Chain(0, "a required value", "Code Review › Comments"));

    [Fact]
    public Task BuilderChain_null_and_blank_values_do_not_count_and_optional_parts_are_not_required() => Check("""
        static class Make
        {
            static TaskReport Create() => TaskReport.CreateBuilder()
                .TaskName(" ")
                .Overview((TaskOverview?)null)
                .AddFile("src/Limiter.cs", "Token bucket")
                .Review(new Review { Status = ReviewStatus.Approved, Comments = "Clean." })
                .{|#0:Build|}();
        }
        """,
        Chain(0, "2 required values", "TaskName, Task Overview"));

    [Fact]
    public Task BuilderChain_drafts_tries_and_chains_from_existing_values_are_not_checked() => Check("""
        static class Make
        {
            static TaskReport Draft() => TaskReport.CreateBuilder().TaskName("Rate limiting").BuildDraft();

            static bool Try(out TaskReport? report) => TaskReport.CreateBuilder().TaskName("Rate limiting").TryBuild(out report, out _);

            static TaskReport Update(TaskReport report) => report.ToBuilder().TaskName("Rate limiting").Build();

            static TaskReport FromVariable()
            {
                var builder = TaskReport.CreateBuilder();
                return builder.TaskName("Rate limiting").Build();
            }
        }
        """);

    [Fact]
    public Task BuilderChain_lambda_that_passes_its_builder_on_is_not_checked_inside() => Check("""
        static class Make
        {
            static void Fill(TaskOverviewBuilder o) => o.TaskId("TASK-142");

            static TaskReport Create() => TaskReport.CreateBuilder()
                .TaskName("Rate limiting")
                .Overview(o => Fill(o))
                .AddFile("src/Limiter.cs", "Token bucket")
                .Review(r => r.Status(ReviewStatus.Approved).Comments("Clean."))
                .Build();
        }
        """);

    [Fact]
    public Task BuilderChain_placeholder_text_passed_to_a_builder_method_is_reported() => Check("""
        static class Make
        {
            static TaskReport Create() => TaskReport.CreateBuilder()
                .TaskName("Rate limiting")
                .Overview(o => o.TaskId("TASK-142").Epic({|#0:"[Epic Name]"|}).Coverage(87))
                .AddFile("src/Limiter.cs", "Token bucket")
                .Review(r => r.Status(ReviewStatus.Approved).Comments("Clean."))
                .Build();
        }
        """,
        Diagnostic(DiagnosticDescriptors.PlaceholderLiteral, 0).WithArguments("[Epic Name]", "TaskOverview.Epic", "Epic"));

    [Fact]
    public Task BuilderChain_fix_inserts_the_missing_top_level_calls_as_stubs_before_Build() =>
        CodeFixAsync<ReportConstructionAnalyzer, Reports.CodeFixes.AddMissingBuilderCallsCodeFix>("""
        using Reports;

        static class Make
        {
            static TaskReport Create() => TaskReport.CreateBuilder()
                .Overview(o => o.TaskId("TASK-142").Epic("Public API").Coverage(87))
                .{|#0:Build|}();
        }
        """,
        Definition,
        new[] { Chain(0, "3 required values", "TaskName, Files, Code Review") },
        """
        using Reports;

        static class Make
        {
            static TaskReport Create() => TaskReport.CreateBuilder()
                .Overview(o => o.TaskId("TASK-142").Epic("Public API").Coverage(87))
                .TaskName({|#1:"[Task Name]"|})
                .Files(ReportList<FileChange>.Empty)
                .Review(review => review.Status(default).Comments({|#2:"[Comments]"|}))
                .{|#0:Build|}();
        }
        """,
        Diagnostic(DiagnosticDescriptors.PlaceholderLiteral, 1).WithArguments("[Task Name]", "TaskReport.TaskName", "TaskName"),
        Diagnostic(DiagnosticDescriptors.PlaceholderLiteral, 2).WithArguments("[Comments]", "Review.Comments", "Comments"),
        Chain(0, "2 required values", "Files, Code Review › Status"));
}
