using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>The generator reports nothing: it skips an invalid definition and leaves the explaining to the analyzers.</summary>
public sealed class GeneratorSilenceTests
{
    [Fact]
    public void Generator_skips_invalid_reports_without_a_diagnostic_and_generates_valid_ones()
    {
        const string source = """
            using Reports;

            [Report("Broken {Missing}")]
            public record NotPartial
            {
                [Table] public string? Rows { get; init; }
            }

            public enum Status { Done }

            [Report("Fine")]
            public partial record Fine
            {
                [Field("Status")] public Status? Status { get; init; }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "GeneratorSilence",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            Basic.Reference.Assemblies.Net80.References.All.Append(MetadataReference.CreateFromFile(typeof(ReportAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var driver = CSharpGeneratorDriver.Create(new ReportGenerator()).RunGenerators(compilation);
        var result = driver.GetRunResult();

        Assert.Empty(result.Diagnostics);
        // Every output (Markdown, parser, completeness, builder) is for the valid report only.
        Assert.NotEmpty(result.GeneratedTrees);
        Assert.All(result.GeneratedTrees, tree => Assert.StartsWith("Fine.", System.IO.Path.GetFileName(tree.FilePath), System.StringComparison.Ordinal));
    }
}
