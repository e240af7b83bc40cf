using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Reports.Generators;
using Reports.Generators.Analyzers;

namespace Reports.Benchmarks;

/// <summary>
/// Table 5: our generator against System.Text.Json's over the same synthetic report types, cold (a fresh driver on a
/// fresh copy of the compilation, whose symbols are not bound yet, as in a build) and after an unrelated edit (a driver
/// that already ran, on a fresh copy of the compilation with one unrelated file replaced, as in the IDE after a
/// keystroke elsewhere); and the floor, what Roslyn's <c>ForAttributeWithMetadataName</c> costs on its own. The setup
/// verifies the project (see <see cref="SyntheticProject"/>) and prints the analyzers' time, measured there.
/// </summary>
[MemoryDiagnoser]
[IterationTime(100)] // the operations take 0.2 ms to 1 s: 100 ms iterations keep the short mode short,
[IterationCount(10)] // and 10 of them (in the short mode too) give a usable median on a machine shared with other work
// Warm up until the times settle, in the short mode too: ShortRun's 3 warm-up iterations are about 40 runs of a
// generator at 10 types, too few for the JIT to finish tiering the generators' code up, and the larger generator
// (ours) paid more for that. BenchmarkDotNet's automatic warm-up chose 6-16 iterations for these benchmarks.
[MinWarmupCount(6, forceAutoWarmup: true)]
public class CompileTime
{
    private SyntheticProject _project = null!;
    private GeneratorDriver _ran = null!;

    /// <summary>Report types in the project.</summary>
    [Params(1, 10, 100, 500)]
    public int Types { get; set; }

    [GlobalSetup(Targets = [nameof(Json_Cold), nameof(Reports_Cold), nameof(Floor_Cold)])]
    public void Setup()
    {
        _project = SyntheticProject.Get(Types);
        Console.WriteLine("// " + CompileTimeCheck.DescribeAnalyzers(_project));
    }

    [GlobalSetup(Target = nameof(Json_UnrelatedEdit))]
    public void SetupJsonEdit() => _ran = Ran(CompileTimeSetup.JsonGenerator, json: true);

    [GlobalSetup(Target = nameof(Reports_UnrelatedEdit))]
    public void SetupReportsEdit() => _ran = Ran(CompileTimeSetup.ReportGenerator, json: false);

    [GlobalSetup(Target = nameof(Floor_UnrelatedEdit))]
    public void SetupFloorEdit() => _ran = Ran(CompileTimeSetup.FloorGenerator, json: false);

    [Benchmark(Baseline = true)]
    public GeneratorDriver Json_Cold() =>
        CompileTimeSetup.CreateDriver(CompileTimeSetup.JsonGenerator, trackSteps: false).RunGenerators(_project.JsonCompilation.Clone());

    [Benchmark]
    public GeneratorDriver Reports_Cold() =>
        CompileTimeSetup.CreateDriver(CompileTimeSetup.ReportGenerator, trackSteps: false).RunGenerators(_project.Compilation.Clone());

    [Benchmark]
    public GeneratorDriver Floor_Cold() =>
        CompileTimeSetup.CreateDriver(CompileTimeSetup.FloorGenerator, trackSteps: false).RunGenerators(_project.Compilation.Clone());

    [Benchmark]
    public GeneratorDriver Json_UnrelatedEdit() => _ran.RunGenerators(_project.JsonEdited.Clone());

    [Benchmark]
    public GeneratorDriver Reports_UnrelatedEdit() => _ran.RunGenerators(_project.Edited.Clone());

    [Benchmark]
    public GeneratorDriver Floor_UnrelatedEdit() => _ran.RunGenerators(_project.Edited.Clone());

    private GeneratorDriver Ran(ISourceGenerator generator, bool json)
    {
        _project = SyntheticProject.Get(Types);
        return CompileTimeSetup.CreateDriver(generator, trackSteps: false).RunGenerators(json ? _project.JsonCompilation : _project.Compilation);
    }
}

/// <summary>
/// The least a generator keyed on [Report] does: <c>ForAttributeWithMetadataName</c> with a transform that reads
/// the type's name, one line of output per type. What Roslyn itself costs per run, for table 5.
/// </summary>
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Reports.ReportAttribute",
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
            static (target, _) => target.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (output, name) => output.AddSource(name + ".g.cs", "// " + name + "\n"));
    }
}

/// <summary>The generators, analyzers and references that table 5 uses.</summary>
public static class CompileTimeSetup
{
    private static readonly Lazy<(string Refs, string Analyzers)> RefPack = new(FindRefPack);
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);
    private static readonly Lazy<ISourceGenerator> LazyJsonGenerator = new(LoadJsonGenerator);

    /// <summary>Our generator.</summary>
    public static ISourceGenerator ReportGenerator { get; } = new ReportGenerator().AsSourceGenerator();

    /// <summary>The floor: <see cref="Benchmarks.FloorGenerator"/>.</summary>
    public static ISourceGenerator FloorGenerator { get; } = new FloorGenerator().AsSourceGenerator();

    /// <summary>System.Text.Json's generator, from the targeting pack of the running .NET.</summary>
    public static ISourceGenerator JsonGenerator => LazyJsonGenerator.Value;

    /// <summary>Our two analyzers.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        [new ReportDefinitionAnalyzer(), new ReportConstructionAnalyzer()];

    /// <summary>The reference assemblies of the running .NET and the Reports runtime.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The names of our generator's tracked steps (the constants of its internal <c>TrackingNames</c>).</summary>
    public static IReadOnlyList<string> TrackedStepNames { get; } = typeof(ReportGenerator).Assembly
        .GetType("Reports.Generators.TrackingNames", throwOnError: true)!
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    /// <summary>A driver for one generator.</summary>
    public static GeneratorDriver CreateDriver(ISourceGenerator generator, bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            [generator],
            parseOptions: SyntheticProject.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Where the reference pack lives: the newest <c>packs/Microsoft.NETCore.App.Ref/{major}.*</c> beside the running runtime.</summary>
    public static string RefPackDirectory => Path.GetDirectoryName(RefPack.Value.Refs)!;

    private static (string Refs, string Analyzers) FindRefPack()
    {
        // The runtime lives in {dotnet}/shared/Microsoft.NETCore.App/{version}/.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnet = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref");
        var major = Environment.Version.Major.ToString(CultureInfo.InvariantCulture);
        var version = Directory.Exists(packs)
            ? Directory.GetDirectories(packs, major + ".*")
                .Select(d => (Dir: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
                .Where(d => d.Version is not null)
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault()
            : null;
        if (version is null)
        {
            throw new InvalidOperationException($"no reference pack {packs}/{major}.* beside the runtime {runtime}");
        }

        var refs = Path.Combine(version, "ref", "net" + major + ".0");
        var analyzers = Path.Combine(version, "analyzers", "dotnet", "cs");
        if (!Directory.Exists(refs) || !File.Exists(Path.Combine(analyzers, "System.Text.Json.SourceGeneration.dll")))
        {
            throw new InvalidOperationException($"the reference pack {version} has no {refs} or no System.Text.Json.SourceGeneration.dll");
        }

        return (refs, analyzers);
    }

    private static ImmutableArray<MetadataReference> LoadReferences() =>
    [
        .. Directory.GetFiles(RefPack.Value.Refs, "*.dll").Order(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(ReportAttribute).Assembly.Location),
    ];

    private static ISourceGenerator LoadJsonGenerator()
    {
        var path = Path.Combine(RefPack.Value.Analyzers, "System.Text.Json.SourceGeneration.dll");
        var reference = new AnalyzerFileReference(path, new DefaultContextLoader());
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        return generators.Length == 1
            ? generators[0]
            : throw new InvalidOperationException($"{path} holds {generators.Length} C# generators, expected one");
    }

    /// <summary>Loads analyzer assemblies into the default context, where this process's Roslyn already is.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}

/// <summary>The <c>--check</c> path of table 5: verifies each size once and prints sizes and single-run timings.</summary>
public static class CompileTimeCheck
{
    public static string Describe(int types)
    {
        var watch = Stopwatch.StartNew();
        var project = SyntheticProject.Get(types);
        var verified = watch.Elapsed;

        var reportsCold = Time(() => CompileTimeSetup.CreateDriver(CompileTimeSetup.ReportGenerator, false).RunGenerators(project.Compilation.Clone()));
        var jsonCold = Time(() => CompileTimeSetup.CreateDriver(CompileTimeSetup.JsonGenerator, false).RunGenerators(project.JsonCompilation.Clone()));
        var ran = CompileTimeSetup.CreateDriver(CompileTimeSetup.ReportGenerator, false).RunGenerators(project.Compilation);
        var reportsEdit = Time(() => ran.RunGenerators(project.Edited.Clone()));

        return string.Create(CultureInfo.InvariantCulture,
            $"Table 5, {types} report types ({project.SourceChars:N0} chars of input): ours {project.Generated.Files} files / {project.Generated.Chars:N0} chars, " +
            $"System.Text.Json {project.JsonGenerated.Files} files / {project.JsonGenerated.Chars:N0} chars; one run each: ours cold {reportsCold:F1} ms, " +
            $"STJ cold {jsonCold:F1} ms, ours after an unrelated edit {reportsEdit:F1} ms (all steps cached); {DescribeAnalyzers(project)}; " +
            $"verified in {verified.TotalSeconds:F1} s (GetDiagnostics of the output {project.CompileOutput.TotalSeconds:F1} s)");
    }

    /// <summary>The analyzers' time over the whole project, measured while verifying it.</summary>
    public static string DescribeAnalyzers(SyntheticProject project) => string.Create(CultureInfo.InvariantCulture,
        $"analyzers over the whole compilation, {project.Types} types: {project.Analyzers.Total.TotalMilliseconds:F1} ms " +
        $"(median of {project.AnalyzerRuns.Count} runs, fastest {project.AnalyzerRuns[0].TotalMilliseconds:F1} ms, slowest {project.AnalyzerRuns[^1].TotalMilliseconds:F1} ms; " +
        $"definition {project.Analyzers.Definition.TotalMilliseconds:F1} ms, construction {project.Analyzers.Construction.TotalMilliseconds:F1} ms; " +
        $"wall time with the compiler's binding {project.Analyzers.Wall.TotalMilliseconds:F0} ms)");

    /// <summary>
    /// The analyzers file by file, as the IDE analyzes open documents: each request runs on a fork of the compilation,
    /// so whatever an analyzer computes per compilation it computes again for every file.
    /// </summary>
    public static string DescribeFileByFile(int types)
    {
        var project = SyntheticProject.Get(types);
        var (_, times) = SyntheticProject.RunAnalyzers(project.CreateOutput(), project.UserTrees, logTime: true);
        return string.Create(CultureInfo.InvariantCulture,
            $"Table 5, analyzers file by file over the {project.UserTrees.Length} user files of {types} report types: {times.Total.TotalMilliseconds:F1} ms " +
            $"(definition {times.Definition.TotalMilliseconds:F1} ms, construction {times.Construction.TotalMilliseconds:F1} ms; wall {times.Wall.TotalMilliseconds:F0} ms)");
    }

    private static double Time(Func<GeneratorDriver> run)
    {
        var watch = Stopwatch.StartNew();
        run();
        return watch.Elapsed.TotalMilliseconds;
    }
}
