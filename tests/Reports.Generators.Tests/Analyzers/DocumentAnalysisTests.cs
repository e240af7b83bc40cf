using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Reports.Generators.Analyzers;
using Reports.Generators.Tests.Infrastructure;
using Xunit;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>
/// The IDE analyzes one open document at a time. A definition problem that lives in another file than its report (an
/// enum without [Option], a section record's property, a type reached through a using alias) must show when only the
/// file holding it is analyzed, exactly as in a whole-compilation build.
/// </summary>
public sealed class DocumentAnalysisTests
{
    private static readonly string[] Files =
    [
        // Input0: the report, clean itself.
        """
        using Reports;
        using Sec = Shared.AliasedSection;

        [Report("Status")]
        public partial record StatusReport
        {
            [Field("State")] public Status? State { get; init; }
            [Section("Details")] public Details? Details { get; init; }
            [Section("Aliased")] public Sec? Aliased { get; init; }
        }
        """,
        // Input1: an enum used by the report, without [Option] (RPT0005 on each member).
        """
        public enum Status { Open, Closed }
        """,
        // Input2: a section record with a [Check] on a string (RPT0002).
        """
        using Reports;

        public partial record Details
        {
            [Check("Reviewed")] public string? Reviewed { get; init; }
        }
        """,
        // Input3: reached only through the alias in Input0 (RPT0002).
        """
        using Reports;

        namespace Shared;

        public partial record AliasedSection
        {
            [Check("Signed")] public string? Signed { get; init; }
        }
        """,
        // Input4: a report in a type that is not partial (RPT0001 on the type).
        """
        using Reports;

        public static class Holder
        {
            [Report]
            public partial record Nested
            {
                [Field("Owner")] public string? Owner { get; init; }
            }
        }
        """,
        // Input5: unrelated code.
        """
        public static class Unrelated { public static int Twice(int x) => 2 * x; }
        """,
        // Input6: a report nested in a type in a namespace, clean itself.
        """
        using Reports;

        namespace Outer.Inner
        {
            public static partial class Box
            {
                [Report]
                public partial record Deep
                {
                    [Field("Kind")] public Kind? Kind { get; init; }
                }
            }
        }
        """,
        // Input7: its enum, in a file-scoped namespace, without [Option] (RPT0005).
        """
        namespace Outer.Inner;

        public enum Kind { Small }
        """,
    ];

    [Fact]
    public async Task Each_file_analyzed_alone_shows_the_problems_located_in_it()
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, Files);
        var whole = await Analyze(compilation).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(
            ["Input1.cs: RPT0005", "Input1.cs: RPT0005", "Input2.cs: RPT0002", "Input3.cs: RPT0002", "Input4.cs: RPT0001", "Input7.cs: RPT0005"],
            whole.Select(Describe).OrderBy(d => d, System.StringComparer.Ordinal));

        var byFile = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            // A fresh analysis per document, as after an edit: nothing carried over from the other files.
            var diagnostics = await Analyze(compilation).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, default);
            Assert.All(diagnostics, d => Assert.Equal(tree, d.Location.SourceTree));
            byFile.AddRange(diagnostics);
        }

        Assert.Equal(whole.Select(Describe).OrderBy(d => d, System.StringComparer.Ordinal), byFile.Select(Describe).OrderBy(d => d, System.StringComparer.Ordinal));
        Assert.Equal(
            whole.Select(d => d.ToString()).OrderBy(d => d, System.StringComparer.Ordinal),
            byFile.Select(d => d.ToString()).OrderBy(d => d, System.StringComparer.Ordinal));
    }

    private static CompilationWithAnalyzers Analyze(Compilation compilation) =>
        compilation.WithAnalyzers([new ReportDefinitionAnalyzer()]);

    private static string Describe(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.FilePath + ": " + diagnostic.Id;
}
