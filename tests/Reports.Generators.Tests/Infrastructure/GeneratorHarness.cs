using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Reports.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="ReportGenerator"/> over source text the way the compiler does, and checks on every run what
/// must hold for any input: a second run over an unchanged compilation is fully cached, no pipeline value holds
/// a Roslyn object, and the output compiles without a warning — in C# 9 as well as the latest C#.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>The language versions generated code must compile in.</summary>
    public static readonly LanguageVersion[] LanguageVersions = [LanguageVersion.CSharp9, LanguageVersion.Latest];

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(typeof(ReportAttribute).Assembly.Location)];

    private static readonly GeneratorDriverOptions DriverOptions = new(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true);

    /// <summary>The names of the generator's tracked steps (every constant of <see cref="TrackingNames"/>).</summary>
    public static readonly string[] TrackedStepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    /// <summary>Parse options for <paramref name="version"/>, with documentation comments checked (generated crefs must resolve).</summary>
    public static CSharpParseOptions ParseOptions(LanguageVersion version) =>
        new(version, DocumentationMode.Diagnose);

    /// <summary>A library compilation of <paramref name="sources"/> with nullable enabled and every warning an error.</summary>
    public static CSharpCompilation CreateCompilation(LanguageVersion version, params string[] sources) =>
        CSharpCompilation.Create(
            "Demo",
            sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions(version), path: $"Input{i}.cs", encoding: Encoding.UTF8)),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                // Test inputs are not documented; the generated members are (checked through DocumentationMode.Diagnose).
                specificDiagnosticOptions: [new("CS1591", ReportDiagnostic.Suppress)]));

    /// <summary>A driver for the generator with step tracking on.</summary>
    public static GeneratorDriver CreateDriver(LanguageVersion version) =>
        CSharpGeneratorDriver.Create([new ReportGenerator().AsSourceGenerator()], parseOptions: ParseOptions(version), driverOptions: DriverOptions);

    /// <summary>
    /// Runs the generator over <paramref name="sources"/> in every language version of <see cref="LanguageVersions"/>
    /// and checks the invariants; returns the run with the latest language version.
    /// </summary>
    public static GeneratorRun Run(params string[] sources)
    {
        GeneratorRun? latest = null;
        foreach (var version in LanguageVersions)
        {
            latest = RunAndCheck(version, sources);
        }

        return latest!;
    }

    private static GeneratorRun RunAndCheck(LanguageVersion version, string[] sources)
    {
        var compilation = CreateCompilation(version, sources);
        var inputErrors = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(inputErrors.Count == 0 || inputErrors.All(IsAboutMissingGeneratedMembers),
            $"The test input does not compile in {version}:\n" + string.Join("\n", inputErrors));

        var driver = CreateDriver(version).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.Empty(generatorDiagnostics);

        AssertNoRoslynObjectsInTrackedSteps(result);
        AssertCached(driver, compilation.Clone(), "a clone of the same compilation", version);

        // A file added may declare names the reports bind to, so the models are rebuilt (and must come out equal);
        // an edit in a method body of that file changes nothing a model is made from, so not even that runs.
        var unrelated = CSharpSyntaxTree.ParseText(UnrelatedSource("2 * x"), ParseOptions(version), path: "Unrelated.cs");
        var withUnrelated = compilation.AddSyntaxTrees(unrelated);
        AssertCached(driver, withUnrelated, "the compilation with an unrelated file added", version, inputsMayChange: true);
        driver = driver.RunGenerators(withUnrelated);
        AssertCached(driver, withUnrelated.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText(UnrelatedSource("x + x"), ParseOptions(version), path: "Unrelated.cs")),
            "the compilation after an edit in a method body of the unrelated file", version);

        AssertCompilesWithoutWarnings(output, version);
        return new GeneratorRun(version, output, result);
    }

    /// <summary>Asserts that <paramref name="output"/> has no diagnostic of warning or error severity.</summary>
    public static void AssertCompilesWithoutWarnings(Compilation output, LanguageVersion version)
    {
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0,
            $"The generated code does not compile warning-free in {version}:\n"
            + string.Join("\n", problems.Select(d => d + Excerpt(d))));
    }

    private static readonly string[] GeneratedMembers = ["'ToMarkdown'", "'WriteMarkdown'", "'RenderTemplate'", "'MarkdownTemplate'"];

    /// <summary>Before generation, a test input may call the members the generator adds.</summary>
    private static bool IsAboutMissingGeneratedMembers(Diagnostic diagnostic) =>
        diagnostic.Id is "CS0117" or "CS1061" && GeneratedMembers.Any(member => diagnostic.GetMessage().Contains(member, StringComparison.Ordinal));

    private static string UnrelatedSource(string body) =>
        "namespace Unrelated { internal static class Helper { internal static int Twice(int x) => " + body + "; } }";

    /// <summary>
    /// Re-runs <paramref name="driver"/> and asserts that every tracked step and every output was served from cache;
    /// with <paramref name="inputsMayChange"/>, the models may have been rebuilt (they must still compare equal).
    /// </summary>
    public static void AssertCached(GeneratorDriver driver, Compilation compilation, string what, LanguageVersion version, bool inputsMayChange = false)
    {
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        var produced = false;
        foreach (var name in TrackedStepNames)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps))
            {
                continue;
            }

            foreach (var step in steps)
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    produced = true;
                    if (inputsMayChange && name == TrackingNames.ReportInputs)
                    {
                        continue;
                    }

                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Re-running the generator over {what} ({version}) recomputed step '{name}': {reason}.");
                }
            }
        }

        Assert.True(produced, $"No tracked step ({string.Join(", ", TrackedStepNames)}) produced a value; the cache check would prove nothing.");
        foreach (var (name, steps) in result.TrackedOutputSteps)
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Assert.True(output.Reason == IncrementalStepRunReason.Cached,
                    $"Re-running the generator over {what} ({version}) regenerated output '{name}': {output.Reason}.");
            }
        }
    }

    /// <summary>Asserts that no output of a tracked step holds an <see cref="ISymbol"/>, <see cref="SyntaxNode"/> or <see cref="Compilation"/>.</summary>
    public static void AssertNoRoslynObjectsInTrackedSteps(GeneratorRunResult result)
    {
        Assert.True(result.Exception is null, "The generator threw: " + result.Exception);
        Assert.True(result.TrackedSteps.ContainsKey(TrackingNames.ReportModels), $"Step '{TrackingNames.ReportModels}' did not run.");
        foreach (var name in TrackedStepNames)
        {
            // Roslyn reports a step only when it was evaluated for an output; check every one that was.
            if (!result.TrackedSteps.TryGetValue(name, out var ran))
            {
                continue;
            }

            foreach (var step in ran)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    var found = PipelineValues.FindRoslynObjects(value);
                    Assert.True(found.Count == 0, $"Step '{name}' holds Roslyn objects:\n" + string.Join("\n", found));
                }
            }
        }
    }

    private static string Excerpt(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree;
        if (tree is null)
        {
            return string.Empty;
        }

        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        return "\n    > " + tree.GetText().Lines[line].ToString().Trim();
    }
}

/// <summary>The result of one generator run: the generated files and the compilation that includes them.</summary>
internal sealed class GeneratorRun
{
    public GeneratorRun(LanguageVersion version, Compilation output, GeneratorRunResult result)
    {
        Version = version;
        Output = output;
        Result = result;
    }

    public LanguageVersion Version { get; }

    /// <summary>The input compilation with the generated files added.</summary>
    public Compilation Output { get; }

    public GeneratorRunResult Result { get; }

    /// <summary>The generated files by hint name, in the order the generator added them.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    /// <summary>The one generated file of a single-report input.</summary>
    public string SingleSource => Assert.Single(Sources).Text;

    /// <summary>Compiles the output into an assembly loaded in a collectible context (disposed to unload it).</summary>
    public LoadedAssembly Load() => LoadedAssembly.Emit(Output);
}
