using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Reports.Generators.Analyzers;
using Reports.Generators.Model;
using Reports.Generators.Tests.Infrastructure;
using Xunit;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>
/// The definition analyzer builds each report's model once and the construction analyzer reuses it for the code that
/// creates the report (<see cref="CompilationModels"/>), instead of building it again. Sharing must change nothing
/// the user sees: the shared model is the one the construction analyzer would have built, and both analyzers
/// together report what each reports alone.
/// </summary>
public sealed class SharedModelsTests
{
    private const string Creations = """
        using Reports;

        static class Make
        {
            static TaskReport Created() => new TaskReport
            {
                TaskName = "[Task Name]",
                Overview = new TaskOverview { TaskId = "TASK-142" },
            };

            static TaskReport Built() => TaskReport.CreateBuilder()
                .TaskName("Rate limiting")
                .Overview(o => o.TaskId("TASK-XXX").Coverage(87))
                .Build();

            static Review Reviewed() => new Review { Comments = "Looks good" };
        }
        """;

    [Fact]
    public void A_checked_report_offers_the_model_the_construction_analyzer_would_build()
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, Definitions());
        var reports = ReportTypes(compilation.GlobalNamespace).ToList();
        Assert.True(reports.Count >= 3, "the sample and test reports were found");

        foreach (var report in reports)
        {
            var diagnostics = new List<Diagnostic>();
            var offered = ModelBuilder.Check(report, diagnostics.Add, default);
            Assert.Empty(diagnostics);
            Assert.NotNull(offered);
            Assert.Equal(ModelBuilder.BuildPart(report, default), offered);
        }
    }

    [Fact]
    public void A_report_with_definition_errors_offers_no_model()
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, """
            using Reports;

            [Report("Broken")]
            public record BrokenReport
            {
                [Field("State")] public string? State { get; init; }
            }
            """);
        var report = compilation.GetTypeByMetadataName("BrokenReport")!;
        var diagnostics = new List<Diagnostic>();

        Assert.Null(ModelBuilder.Check(report, diagnostics.Add, default));
        Assert.Contains(diagnostics, d => d.Id == DiagnosticDescriptors.NotPartial.Id);
    }

    [Fact]
    public async Task Both_analyzers_together_report_what_each_reports_alone()
    {
        // The generator's output holds the builders that the chain calls.
        GeneratorHarness.CreateDriver(LanguageVersion.Latest).RunGeneratorsAndUpdateCompilation(
            GeneratorHarness.CreateCompilation(LanguageVersion.Latest, ConstructionSources.TaskReport, Creations), out var output, out _);

        var definition = new ReportDefinitionAnalyzer();
        var construction = new ReportConstructionAnalyzer();
        var together = await Run(output, definition, construction);
        var alone = (await Run(output, construction)).Concat(await Run(output, definition)).OrderBy(d => d).ToList();

        Assert.Equal(alone, together);
        foreach (var id in new[] { "RPT0100", "RPT0101", "RPT0102" })
        {
            Assert.Contains(together, d => d.StartsWith(id + " ", System.StringComparison.Ordinal));
        }
    }

    private static string[] Definitions() =>
        SampleDefinitionsTests.SampleSources().Append(ConstructionSources.TaskReport).ToArray();

    private static IEnumerable<INamedTypeSymbol> ReportTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            if (type.GetAttributes().Any(a => a.AttributeClass?.Name == "ReportAttribute"))
            {
                yield return type;
            }
        }

        foreach (var inner in ns.GetNamespaceMembers())
        {
            foreach (var type in ReportTypes(inner))
            {
                yield return type;
            }
        }
    }

    /// <summary>The analyzers' diagnostics over a fresh copy of <paramref name="compilation"/>, as sortable text.</summary>
    private static async Task<List<string>> Run(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var diagnostics = await compilation.Clone().WithAnalyzers(ImmutableArray.Create(analyzers)).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage()).OrderBy(d => d).ToList();
    }
}
