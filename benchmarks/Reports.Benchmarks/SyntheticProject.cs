using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Reports.Benchmarks;

/// <summary>
/// A synthetic project of N report types for table 5 (compile time): one file per report type with an enum, a
/// report (title value, line fields, a section record, a table, a list section, checks), its section and row records
/// and a complete object initializer for the construction analyzer; and one unrelated file that the "unrelated edit"
/// replaces. <see cref="Get"/> builds and verifies a project once per size (the checks are the expensive part).
/// </summary>
public sealed class SyntheticProject
{
    private static readonly ConcurrentDictionary<int, Lazy<SyntheticProject>> Projects = new();

    private SyntheticProject(int types)
    {
        Types = types;
        var trees = Enumerable.Range(1, types)
            .Select(i => Parse(ReportSource(i), $"Report{i:D3}.cs"))
            .ToList();
        UnrelatedTree = Parse(UnrelatedSource(edited: false), "Unrelated.cs");
        var editedUnrelated = Parse(UnrelatedSource(edited: true), "Unrelated.cs");
        SourceChars = trees.Sum(t => t.Length);
        UserTrees = [.. trees, UnrelatedTree];

        Compilation = CSharpCompilation.Create("Synthetic", [.. trees, UnrelatedTree], CompileTimeSetup.References, CompilationOptions);
        Edited = Compilation.ReplaceSyntaxTree(UnrelatedTree, editedUnrelated);
        var context = Parse(JsonContextSource(types), "SyntheticJsonContext.cs");
        JsonCompilation = Compilation.AddSyntaxTrees(context);
        JsonEdited = Edited.AddSyntaxTrees(context);
    }

    /// <summary>How many report types the project holds.</summary>
    public int Types { get; }

    /// <summary>Characters of the report type files (the unrelated file and the JSON context not counted).</summary>
    public int SourceChars { get; }

    /// <summary>The report types and the unrelated file.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary><see cref="Compilation"/> with the unrelated file edited.</summary>
    public CSharpCompilation Edited { get; }

    /// <summary><see cref="Compilation"/> plus a <c>JsonSerializerContext</c> naming every report type.</summary>
    public CSharpCompilation JsonCompilation { get; }

    /// <summary><see cref="Edited"/> plus the same <c>JsonSerializerContext</c>.</summary>
    public CSharpCompilation JsonEdited { get; }

    /// <summary>The files a user wrote: the report type files and the unrelated file (before the edit).</summary>
    public ImmutableArray<SyntaxTree> UserTrees { get; }

    /// <summary>The unrelated file, before the edit.</summary>
    public SyntaxTree UnrelatedTree { get; }


    /// <summary>Our generator's files and characters.</summary>
    public (int Files, int Chars) Generated { get; private set; }

    /// <summary>System.Text.Json's generator's files and characters.</summary>
    public (int Files, int Chars) JsonGenerated { get; private set; }

    /// <summary>How long the compiler took for <c>GetDiagnostics</c> of <see cref="CreateOutput"/> during verification (one thread).</summary>
    public TimeSpan CompileOutput { get; private set; }

    /// <summary>
    /// The two analyzers' execution time (Roslyn's telemetry) over the whole of <see cref="CreateOutput"/>, each run with a fresh
    /// copy: the median of 21 runs up to 10 types, 7 at 100 and 5 above (<see cref="AnalyzerRuns"/>); and the wall time of
    /// that analysis, which includes the compiler's binding of every method body (generated ones too) that raises the
    /// analyzers' callbacks.
    /// </summary>
    public AnalyzerTimes Analyzers { get; private set; } = null!;

    /// <summary>
    /// Every run's total, fastest first. They spread widely (at 100 types 38 to 158 ms in one process): the callbacks
    /// run while the compiler binds the whole generated code, and a garbage collection of that heap that starts inside
    /// one counts as the analyzer's time.
    /// </summary>
    public IReadOnlyList<TimeSpan> AnalyzerRuns { get; private set; } = null!;

    internal static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    private static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        // One thread for the compiler's own binding too: the machine is shared, and the comparison is per core.
        concurrentBuild: false,
        // The SDK's defaults: Reports.dll (built for net8.0) references System.Runtime 8.0, unified with 10.0 here.
        specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);

    /// <summary>
    /// <see cref="Compilation"/> with our generator's output (what the IDE analyzes), made anew when asked for: kept, its
    /// bound symbols would hold hundreds of megabytes through every later benchmark.
    /// </summary>
    public Compilation CreateOutput()
    {
        CompileTimeSetup.CreateDriver(CompileTimeSetup.ReportGenerator, trackSteps: false).RunGeneratorsAndUpdateCompilation(Compilation, out var output, out _);
        return output;
    }

    /// <summary>
    /// Runs the analyzers over a one-type project until the runtime has compiled their code, and the compiler's code
    /// they call, to optimized code: measured cold, the runs at small sizes were mostly unoptimized (tier-0) code,
    /// 5–30 ms for one report type against 2–3 ms after about a hundred runs (tiered compilation waits for the JIT to
    /// go quiet before it counts calls, and the compiler keeps it busy).
    /// </summary>
    private static readonly Lazy<bool> AnalyzersWarmedUp = new(() =>
    {
        var output = new SyntheticProject(1).CreateOutput();
        for (var run = 0; run < 120; run++)
        {
            RunAnalyzers(output.Clone(), files: null, logTime: false);
        }

        return true;
    });

    /// <summary>The verified project of <paramref name="types"/> report types, built once per process.</summary>
    public static SyntheticProject Get(int types) =>
        Projects.GetOrAdd(types, n => new Lazy<SyntheticProject>(() => Verified(n))).Value;

    private static SyntheticProject Verified(int types)
    {
        var project = new SyntheticProject(types);
        project.Verify();
        return project;
    }

    /// <summary>
    /// Throws unless the project compiles, both generators generate without a diagnostic, the outputs compile without
    /// a warning, the analyzers report nothing, and a re-run after the unrelated edit serves every step from cache.
    /// </summary>
    private void Verify()
    {
        AssertNoDiagnostics("the synthetic project", Compilation.GetDiagnostics());
        // (The JSON context compiles only with its generated half: checked on System.Text.Json's output below.)

        // Ours: generates, compiles, one Markdown file per report.
        var driver = CompileTimeSetup.CreateDriver(CompileTimeSetup.ReportGenerator, trackSteps: true)
            .RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException($"{Types} types: the report generator threw", result.Exception);
        }

        AssertNoDiagnostics("the report generator", generatorDiagnostics);
        Generated = Measure("the report generator", result);
        var reportFiles = result.GeneratedSources.Count(s => s.HintName.StartsWith("Synthetic.Report", StringComparison.Ordinal));
        if (reportFiles != Types)
        {
            throw new InvalidOperationException($"{Types} types: the report generator wrote {reportFiles} report files");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        AssertNoDiagnostics("the project with the generated code", output.GetDiagnostics());
        CompileOutput = watch.Elapsed;

        // The analyzers report nothing on the whole compilation; their time is measured on the way, warm (as in the
        // IDE or the compiler server), like the generator's, which BenchmarkDotNet warms up.
        _ = AnalyzersWarmedUp.Value;
        var runs = new List<AnalyzerTimes>();
        // Small projects take milliseconds, where one garbage collection of the compiler's binding inside a callback
        // doubles the figure: take the median of more runs there.
        for (var run = 0; run < (Types <= 10 ? 21 : Types <= 100 ? 7 : 5); run++)
        {
            var (diagnostics, times) = RunAnalyzers(output.Clone(), files: null, logTime: true);
            AssertNoDiagnostics("the analyzers", diagnostics);
            runs.Add(times);
        }

        Analyzers = runs.OrderBy(t => t.Total).ElementAt(runs.Count / 2);
        AnalyzerRuns = runs.Select(t => t.Total).OrderBy(t => t).ToList();

        // They do look at these files: leaving the title value out of a creation is reported.
        var first = UserTrees[0];
        var incomplete = first.WithChangedText(first.GetText().Replace(
            first.ToString().IndexOf("Name = \"Synthetic", StringComparison.Ordinal), "Name = \"Synthetic 001\",".Length, string.Empty));
        var reported = RunAnalyzers(output.ReplaceSyntaxTree(first, incomplete), [incomplete], logTime: false).Diagnostics;
        if (!reported.Any(d => d.Id == "RPT0101"))
        {
            throw new InvalidOperationException($"{Types} types: the analyzers did not report a creation without its title value (reported: {string.Join(", ", reported)})");
        }

        // After the unrelated edit: every tracked step cached or unchanged, no output regenerated, the same files.
        var rerun = driver.RunGenerators(Edited).GetRunResult().Results.Single();
        AssertCached(rerun);
        if (!rerun.GeneratedSources.Select(s => s.SourceText.ToString()).SequenceEqual(result.GeneratedSources.Select(s => s.SourceText.ToString())))
        {
            throw new InvalidOperationException($"{Types} types: the re-run after an unrelated edit generated different files");
        }

        // System.Text.Json's generator over the same types.
        var jsonResult = CompileTimeSetup.CreateDriver(CompileTimeSetup.JsonGenerator, trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(JsonCompilation, out var jsonOutput, out var jsonDiagnostics)
            .GetRunResult().Results.Single();
        AssertNoDiagnostics("System.Text.Json's generator", jsonDiagnostics);
        if (jsonResult.Exception is not null)
        {
            throw new InvalidOperationException($"{Types} types: System.Text.Json's generator threw", jsonResult.Exception);
        }

        JsonGenerated = Measure("System.Text.Json's generator", jsonResult);
        AssertNoDiagnostics("the project with System.Text.Json's code", jsonOutput.GetDiagnostics());
    }

    /// <summary>
    /// Runs the two analyzers over <paramref name="compilation"/> (which holds the generated code), one thread, with or
    /// without execution-time telemetry: over the whole compilation when <paramref name="files"/> is null (as a build
    /// does), else file by file over <paramref name="files"/> (as the IDE analyzes open documents).
    /// </summary>
    internal static (ImmutableArray<Diagnostic> Diagnostics, AnalyzerTimes Times) RunAnalyzers(
        Compilation compilation, IReadOnlyList<SyntaxTree>? files, bool logTime)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var withAnalyzers = compilation.WithAnalyzers(
            CompileTimeSetup.Analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: logTime,
                reportSuppressedDiagnostics: false));
        ImmutableArray<Diagnostic> diagnostics;
        if (files is null)
        {
            diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        }
        else
        {
            var builder = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var file in files)
            {
                var model = withAnalyzers.Compilation.GetSemanticModel(file);
                builder.AddRange(withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, default).GetAwaiter().GetResult());
            }

            diagnostics = builder.ToImmutable();
        }

        var wall = watch.Elapsed;
        var times = CompileTimeSetup.Analyzers.Select(analyzer => logTime
            ? withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime
            : TimeSpan.Zero).ToArray();
        return (diagnostics, new AnalyzerTimes(times[0], times[1], wall));
    }

    private void AssertCached(GeneratorRunResult rerun)
    {
        var produced = 0;
        foreach (var name in CompileTimeSetup.TrackedStepNames)
        {
            if (!rerun.TrackedSteps.TryGetValue(name, out var steps))
            {
                continue;
            }

            foreach (var (_, reason) in steps.SelectMany(s => s.Outputs))
            {
                produced++;
                if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    throw new InvalidOperationException($"{Types} types: after an unrelated edit, step '{name}' was {reason}");
                }
            }
        }

        if (produced == 0 || !rerun.TrackedSteps.ContainsKey("ReportModels"))
        {
            throw new InvalidOperationException($"{Types} types: no tracked step ran on the re-run; the cache check would prove nothing");
        }

        foreach (var (name, steps) in rerun.TrackedOutputSteps)
        {
            foreach (var (_, reason) in steps.SelectMany(s => s.Outputs))
            {
                if (reason != IncrementalStepRunReason.Cached)
                {
                    throw new InvalidOperationException($"{Types} types: after an unrelated edit, output '{name}' was {reason}");
                }
            }
        }
    }

    private (int Files, int Chars) Measure(string what, GeneratorRunResult result)
    {
        var chars = result.GeneratedSources.Sum(s => s.SourceText.Length);
        if (result.GeneratedSources.Length == 0 || chars == 0)
        {
            throw new InvalidOperationException($"{Types} types: {what} generated nothing");
        }

        return (result.GeneratedSources.Length, chars);
    }

    private void AssertNoDiagnostics(string what, IEnumerable<Diagnostic> diagnostics)
    {
        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{Types} types: {what} reported:\n" + string.Join("\n", problems));
        }
    }

    private static SyntaxTree Parse(string text, string path) =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    private static string UnrelatedSource(bool edited) => edited
        ? """
          namespace Unrelated;

          internal static class Helper
          {
              internal static int Twice(int x) => x + x;

              internal static int Thrice(int x) => 3 * x;
          }
          """
        : """
          namespace Unrelated;

          internal static class Helper
          {
              internal static int Twice(int x) => 2 * x;
          }
          """;

    private static string JsonContextSource(int types)
    {
        var text = new StringBuilder("using System.Text.Json.Serialization;\n\nnamespace Synthetic;\n\n");
        for (var i = 1; i <= types; i++)
        {
            text.Append("[JsonSerializable(typeof(Report").Append(i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).Append("))]\n");
        }

        return text.Append("internal partial class SyntheticJsonContext : JsonSerializerContext\n{\n}\n").ToString();
    }

    /// <summary>Report type <paramref name="i"/>: sections, a table, lists, an enum with options, checks.</summary>
    internal static string ReportSource(int i) => """
        using System;
        using Reports;

        namespace Synthetic;

        public enum Stage@N
        {
            [Option("PLANNED", Emoji = "📝")] Planned = 1,
            [Option("IN_PROGRESS", Emoji = "🟡")] InProgress,
            [Option("DONE", Emoji = "🟢")] Done,
        }

        [Report("Report @N: {Name}")]
        public partial record Report@N
        {
            [TitleValue, Placeholder("[Name]")]
            public string? Name { get; init; }

            [Field("Stage", Layout = FieldLayout.Line)]
            public Stage@N? Stage { get; init; }

            [Field("Date", Layout = FieldLayout.Line), Placeholder("[YYYY-MM-DD]")]
            public DateOnly? Date { get; init; }

            [Section("Summary")]
            public Summary@N? Summary { get; init; }

            [Section("Work Items")]
            [Table]
            public ReportList<WorkItem@N> Items { get; init; } = ReportList<WorkItem@N>.Empty;

            [Section("Notes"), Placeholder("[Note]")]
            public ReportList<string> Notes { get; init; } = ReportList<string>.Empty;

            [Section("Checks")]
            public Checks@N? Checks { get; init; }
        }

        public partial record Summary@N
        {
            [Field("Owner"), Placeholder("[Owner]")]
            public string? Owner { get; init; }

            [Field("Effort", Suffix = " hours"), Placeholder("[X]")]
            public int? Effort { get; init; }

            [List("Steps", Numbered = true), Placeholder("[Step]")]
            public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
        }

        public partial record WorkItem@N
        {
            [Column("Item", Bold = true), Placeholder("[Item]")]
            public string? Name { get; init; }

            [Column("Stage")]
            public Stage@N? Stage { get; init; }

            [Column("Notes"), Placeholder("[Notes]")]
            public string? Notes { get; init; }
        }

        public partial record Checks@N
        {
            [Check("Tests pass")]
            public bool TestsPass { get; init; }

            [Check("Reviewed")]
            public bool Reviewed { get; init; }
        }

        internal static class Samples@N
        {
            public static Report@N Create() => new Report@N
            {
                Name = "Synthetic @N",
                Stage = Stage@N.Done,
                Date = new DateOnly(2026, 11, 24),
                Summary = new Summary@N { Owner = "Ada", Effort = 3, Steps = ReportList.Of("Write", "Test") },
                Items = ReportList.Of(new WorkItem@N { Name = "Parser", Stage = Stage@N.Done, Notes = "ok" }),
                Notes = ReportList.Of("First note"),
                Checks = new Checks@N { TestsPass = true, Reviewed = true },
            };
        }
        """.Replace("@N", i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>The analyzers' execution times (Roslyn's telemetry) and the wall time of the analysis that ran them.</summary>
public sealed record AnalyzerTimes(TimeSpan Definition, TimeSpan Construction, TimeSpan Wall)
{
    /// <summary>Both analyzers.</summary>
    public TimeSpan Total => Definition + Construction;
}
