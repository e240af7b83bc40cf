using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace Reports.Generators.Tests.Features;

/// <summary>
/// Report types declared the ways C# allows compile with their generated members: names that only type parameters
/// tell apart, containers with several type parameters, keyword namespaces, members the user marked [Obsolete] and
/// C# <c>required</c> members.
/// </summary>
public sealed class DeclarationShapeTests
{
    [Fact]
    public void Types_told_apart_by_type_parameters_or_in_keyword_namespaces_get_files_of_their_own()
    {
        const string source = """
            using Reports;

            namespace @event
            {
                [Report("A")]
                public partial record Shape<T>
                {
                    [Field("Name")] public string? Name { get; init; }
                }

                [Report("B")]
                public partial record Shape
                {
                    [Field("Name")] public string? Name { get; init; }
                }

                public partial class Outer<T, U>
                {
                    [Report("C")]
                    public partial record Inner
                    {
                        [Field("Name")] public string? Name { get; init; }
                    }
                }

                public partial class Other<X, U>
                {
                    [Report("D")]
                    public partial record Inner
                    {
                        [Field("Name")] public string? Name { get; init; }
                    }
                }
            }
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Equal(
            ["event.Shape`1.g.cs", "event.Shape.g.cs", "event.Outer`2.Inner.g.cs", "event.Other`2.Inner.g.cs"],
            run.Sources.Select(s => s.HintName).Where(h => !h.Contains("Builder", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public void Names_told_apart_only_by_case_get_files_of_their_own()
    {
        // Roslyn compares generated file names ignoring case; one clash used to fail the whole generator run.
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Upper")]
                public partial record Note
                {
                    [Field("Name")] public string? Name { get; init; }
                    [Section("Part")] public Part? Part { get; init; }
                }

                [Report("Lower")]
                public partial record NOTE
                {
                    [Field("Name")] public string? Name { get; init; }
                    [Section("Part")] public PART? Part { get; init; }
                }

                public partial record Part
                {
                    [Field("Text")] public string? Text { get; init; }
                }

                public partial record PART
                {
                    [Field("Text")] public string? Text { get; init; }
                }
            }

            namespace Demo.Alpha { [Report("A")] public partial record Same { [Field("Name")] public string? Name { get; init; } } }

            namespace Demo.ALPHA { [Report("a")] public partial record Same { [Field("Name")] public string? Name { get; init; } } }
            """;

        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, source);
        var driver = GeneratorHarness.CreateDriver(LanguageVersion.Latest).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        var names = driver.GetRunResult().GeneratedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).ToList();
        Assert.Equal(6, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("Demo.Note-", string.Join(" ", names), StringComparison.Ordinal);
        Assert.Contains("Demo.Alpha-", string.Join(" ", names), StringComparison.Ordinal);
        // Names without a twin keep their plain file name.
        Assert.DoesNotContain(names, n => n.Contains("Same-", StringComparison.Ordinal));
        GeneratorHarness.AssertCompilesWithoutWarnings(output, LanguageVersion.Latest);
    }

    [Fact]
    public void Parts_and_options_marked_obsolete_compile_without_warnings()
    {
        const string source = """
            using System;
            using Reports;

            namespace Demo
            {
                [Report("Old")]
                public partial record OldReport
                {
                    [Obsolete("Use Owner")]
                    [Field("Lead")] public string? Lead { get; init; }

                    [Field("Owner")] public string? Owner { get; init; }

                    [Field("Level")] public Level? Level { get; init; }
                }

                public enum Level
                {
                    [Option("LOW")] Low = 1,
                    [Obsolete, Option("MEDIUM")] Medium,
                    [Option("HIGH")] High,
                }
            }
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Contains("#pragma warning disable CS0612, CS0618", run.SingleSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_members_compile_and_the_builder_starts_them_at_their_default()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Strict")]
                public partial record StrictReport
                {
                    [Field("Owner")] public required string Owner { get; init; }

                    [Field("Count")] public required int Count { get; init; }

                    [Field("Note")] public string? Note { get; init; }

                    public static string Built() => CreateBuilder().Owner("Ana").Count(2).Note("n").Build().ToMarkdown();

                    public static string Parsed() => Parse("# Strict\n\n- **Owner**: Bo\n- **Count**: 3\n- **Note**: x\n").Owner;
                }
            }
            """;

        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, source);
        GeneratorHarness.CreateDriver(LanguageVersion.Latest).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        GeneratorHarness.AssertCompilesWithoutWarnings(output, LanguageVersion.Latest);
        using var assembly = LoadedAssembly.Emit(output);
        Assert.Contains("- **Owner**: Ana", (string)assembly.Invoke("Demo.StrictReport", "Built")!, StringComparison.Ordinal);
        Assert.Equal("Bo", assembly.Invoke("Demo.StrictReport", "Parsed"));
    }
}
