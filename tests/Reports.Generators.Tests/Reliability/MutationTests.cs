using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Reports.Generators.Tests.Reliability;

/// <summary>
/// Broken code never crashes the compiler side: thousands of mutated report sources (seeded, so every
/// run checks the same ones) go through the generator and every analyzer. None may throw or report
/// CS8784/CS8785 (generator failure) or AD0001 (analyzer failure); a report type the generator skips in
/// code that otherwise compiles must be explained by an RPT diagnostic.
/// </summary>
public sealed class MutationTests
{
    /// <summary>The number of mutated sources checked in every run (documented in the reliability note).</summary>
    public const int MutationCount = 5000;

    private const int Seed = 20261123;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(Reports.ReportAttribute).Assembly.Location))
        .ToImmutableArray();

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(ReportGenerator).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private readonly ITestOutputHelper _output;

    public MutationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mutated_report_sources_never_crash_the_generator_or_the_analyzers()
    {
        Assert.NotEmpty(Analyzers);
        var sources = SeedSources();
        var random = new Random(Seed);
        var failures = new List<string>();
        var silentSkips = new List<string>();
        var compiledClean = 0;
        for (var i = 0; i < MutationCount && failures.Count < 5; i++)
        {
            var original = sources[random.Next(sources.Count)];
            var mutated = Mutate(original, random);
            var problem = Check(mutated, out var skippedSilently, out var clean);
            if (problem is not null)
            {
                if (Environment.GetEnvironmentVariable("REPORTS_MUTATION_DUMP") is { Length: > 0 } dump)
                {
                    Directory.CreateDirectory(dump);
                    File.WriteAllText(Path.Combine(dump, $"mutation-{i}.cs"), mutated);
                }

                failures.Add($"mutation #{i} (seed {Seed}): {problem}\n---\n{mutated}\n---");
            }

            if (skippedSilently is not null && silentSkips.Count < 3)
            {
                silentSkips.Add($"mutation #{i}: {skippedSilently}\n---\n{mutated}\n---");
            }

            compiledClean += clean ? 1 : 0;
        }

        _output.WriteLine($"{MutationCount} mutated sources, {compiledClean} of them compile without C# errors.");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(silentSkips.Count == 0, "A report type was skipped without an RPT diagnostic:\n" + string.Join("\n\n", silentSkips));
    }

    /// <summary>Inputs that once crashed or went silent; kept as regression cases.</summary>
    [Theory]
    [InlineData("using Reports; [Report(\"T {\")] public partial record R { [Field(\"A\")] public string? A { get; init; } }")]
    [InlineData("using Reports; [Report(\"T {A}{B}\")] public partial record R { [TitleValue] public string? A { get; init; } [TitleValue] public string? B { get; init; } }")]
    [InlineData("using Reports; [Report] public partial record R { [Section(\"S\")] public R? Self { get; init; } }")]
    [InlineData("using Reports; [Report] public partial record R { [Table] public Reports.ReportList<string> T { get; init; } = Reports.ReportList<string>.Empty; }")]
    [InlineData("using Reports; [Report] public partial record R { [Field(\"A\")] public E A { get; init; } } public enum E { }")]
    [InlineData("using Reports; [Report(\"`{A}\")] public partial record R { [TitleValue] public string? A { get; init; } }")]
    [InlineData("using Reports; [Report] public partial record R { [Placeholder] [Field(\"A\")] public string? A { get; init; } }")]
    [InlineData("using Reports; [Report] public partial record R { [Section(\"{n}\")] public Reports.ReportList<R> Items { get; init; } = Reports.ReportList<R>.Empty; }")]
    [InlineData("using Reports; [Report] public partial record R { [Section(\"S\")] [Field(\"Severity\")] public int? Severity { get; init; } }")]
    [InlineData("using Reports; [Report] public partial record R { [Section(\"S\")] [AlignedBlock] public Empty? E { get; init; } } public record Empty;")]
    [InlineData("using Reports; [Report] public partial record R { [List(\"L\")] [ItemPlaceholder(\"Name\", Missing)] public Reports.ReportList<string> L { get; init; } = Reports.ReportList<string>.Empty; }")]
    [InlineData("using Reports; [Report] public partial record R { [Field(\"A\")] [Placeholder(Missing)] public string? A { get; init; } }")]
    [InlineData("using Reports; [Report] public partial record R { [List(\"Steps\", Numbered = true, ItemTitle = \"Step {n}\")] public Reports.ReportList<Step> Steps { get; init; } = Reports.ReportList<Step>.Empty; } public partial record Step { [CodeBlock] public Reports.CodeBlock? Code { get; init; } }")]
    [InlineData("using Reports; [Report] public partial record R { [Section(\"A B\")] public S1? A { get; init; } [Section(\"AB\")] public S2? B { get; init; } } public partial record S1 { [Field(\"X\")] public string? X { get; init; } } public partial record S2 { [Field(\"Y\")] public int? Y { get; init; } }")]
    public void Known_hostile_definitions_are_handled(string source)
    {
        var problem = Check(source, out var silent, out _);

        Assert.Null(problem);
        Assert.Null(silent);
    }

    private static string? Check(string source, out string? skippedSilently, out bool compilesClean)
    {
        skippedSilently = null;
        compilesClean = false;
        try
        {
            var tree = CSharpSyntaxTree.ParseText(source, ParseOptions);
            var compilation = CSharpCompilation.Create("Mutated", new[] { tree }, References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

            var driver = CSharpGeneratorDriver.Create(new[] { new ReportGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);
            driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            var crash = generatorDiagnostics.FirstOrDefault(d => d.Id is "CS8784" or "CS8785");
            if (crash is not null)
            {
                return crash.ToString();
            }

            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var analyzerDiagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            if (exceptions.Count > 0)
            {
                return exceptions[0];
            }

            var ad0001 = analyzerDiagnostics.FirstOrDefault(d => d.Id == "AD0001");
            if (ad0001 is not null)
            {
                return ad0001.ToString();
            }

            // A [Report] type without generated code, in code C# itself accepts, must come with an RPT error.
            var csharpErrors = compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
            compilesClean = !csharpErrors;
            if (!csharpErrors)
            {
                var reportTypes = ReportTypeNames(compilation);
                var generated = output.SyntaxTrees.Skip(1).Select(t => Path.GetFileName(t.FilePath)).ToList();
                foreach (var name in reportTypes)
                {
                    var hasOutput = generated.Any(g => g == name + ".g.cs" || g.EndsWith("." + name + ".g.cs", StringComparison.Ordinal));
                    var explained = analyzerDiagnostics.Any(d => d.Id.StartsWith("RPT", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
                    if (!hasOutput && !explained)
                    {
                        skippedSilently = $"'{name}' got no generated code and no RPT error";
                    }
                }

                if (generated.Count > 0)
                {
                    var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                    if (errors.Count > 0 && !analyzerDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                    {
                        return "generated code does not compile: " + errors[0];
                    }
                }
            }

            return null;
        }
        catch (Exception exception)
        {
            return "threw " + exception;
        }
    }

    private static List<string> ReportTypeNames(Compilation compilation)
    {
        var names = new List<string>();
        var attribute = compilation.GetTypeByMetadataName("Reports.ReportAttribute");
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol symbol
                    && symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
                {
                    names.Add(symbol.Name);
                }
            }
        }

        return names;
    }

    private static readonly string[] Attributes = { "Field(\"X\")", "Text", "Section(\"S\")", "Section(\"Item {n}\")", "List(\"L\")", "Repeated(\"R {n}\")", "Table", "Checklist", "Check(\"C\")", "Indicator(\"I\")", "CodeBlock", "AlignedBlock", "TitleValue", "Placeholder(\"[P]\", \"[Q]\")", "Column(\"Col\")", "Inline(\"{A}: {B}\")" };

    private static readonly string[] Types = { "string?", "int", "int?", "bool", "DateOnly?", "Reports.ReportList<string>", "Reports.ReportList<Item>", "Item?", "Reports.CodeBlock?", "Reports.ReportList<Reports.ChecklistItem>", "Status?", "string[]", "object", "Item[]" };

    private static readonly string[] Literals = { "\"\"", "\"{\"", "\"}\"", "\"{n}\"", "\"{Missing}\"", "\"`{A}\"", "\"{A}{B}\"", "\"A {A} B\"", "\"**\"", "\"\\n\"", "\"## x\"", "null", "\"Ω 🟢\"" };

    private static string Mutate(string source, Random random)
    {
        var mutated = source;
        var steps = 1 + random.Next(3);
        for (var step = 0; step < steps; step++)
        {
            var tokens = CSharpSyntaxTree.ParseText(mutated, ParseOptions).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            if (tokens.Count == 0)
            {
                return mutated;
            }

            var token = tokens[random.Next(tokens.Count)];
            switch (random.Next(9))
            {
                case 0: // delete a token
                    mutated = mutated.Remove(token.SpanStart, token.Span.Length);
                    break;
                case 1: // truncate the file
                    mutated = mutated.Substring(0, random.Next(mutated.Length + 1));
                    break;
                case 2: // wrong attribute argument
                    var literal = tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).ToList();
                    if (literal.Count > 0)
                    {
                        var target = literal[random.Next(literal.Count)];
                        mutated = mutated.Remove(target.SpanStart, target.Span.Length).Insert(target.SpanStart, Literals[random.Next(Literals.Length)]);
                    }

                    break;
                case 3: // rename a type or member
                    var identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                    if (identifiers.Count > 0)
                    {
                        var target = identifiers[random.Next(identifiers.Count)];
                        mutated = mutated.Remove(target.SpanStart, target.Span.Length).Insert(target.SpanStart, target.Text + "X");
                    }

                    break;
                case 4: // a member of the wrong type
                    var properties = CSharpSyntaxTree.ParseText(mutated, ParseOptions).GetRoot().DescendantNodes()
                        .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().ToList();
                    if (properties.Count > 0)
                    {
                        var target = properties[random.Next(properties.Count)].Type;
                        mutated = mutated.Remove(target.SpanStart, target.Span.Length).Insert(target.SpanStart, Types[random.Next(Types.Length)]);
                    }

                    break;
                case 5: // duplicate a member
                    var members = CSharpSyntaxTree.ParseText(mutated, ParseOptions).GetRoot().DescendantNodes()
                        .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().ToList();
                    if (members.Count > 0)
                    {
                        var target = members[random.Next(members.Count)];
                        mutated = mutated.Insert(target.FullSpan.End, target.ToFullString());
                    }

                    break;
                case 6: // partial removed
                    var index = mutated.IndexOf("partial ", StringComparison.Ordinal);
                    if (index >= 0)
                    {
                        mutated = mutated.Remove(index, "partial ".Length);
                    }

                    break;
                case 7: // another attribute
                    var attributeNames = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax).ToList();
                    if (attributeNames.Count > 0)
                    {
                        var target = attributeNames[random.Next(attributeNames.Count)].Parent!.Parent!;
                        mutated = mutated.Remove(target.SpanStart, target.Span.Length).Insert(target.SpanStart, Attributes[random.Next(Attributes.Length)]);
                    }

                    break;
                default: // an extra attribute on a member
                    var props = CSharpSyntaxTree.ParseText(mutated, ParseOptions).GetRoot().DescendantNodes()
                        .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().ToList();
                    if (props.Count > 0)
                    {
                        var target = props[random.Next(props.Count)];
                        mutated = mutated.Insert(target.SpanStart, "[" + Attributes[random.Next(Attributes.Length)] + "] ");
                    }

                    break;
            }
        }

        return mutated;
    }

    private static List<string> SeedSources([CallerFilePath] string thisFile = "")
    {
        var sources = new List<string>
        {
            """
            using System;
            using Reports;
            namespace Focus;
            [Report("Report {Id}", Footer = "*end*", RuleBeforeFooter = true)]
            public partial record R
            {
                [TitleValue, Placeholder("ID-X")] public string? Id { get; init; }
                [Field("Status", Layout = FieldLayout.Line)] public Status? State { get; init; }
                [Field("When", Layout = FieldLayout.Line, TrailingBreak = true), Placeholder("[Date]")] public DateOnly? When { get; init; }
                [Section("Body", Emoji = "📋", Guidance = "[Someone fills this]")] public Body? Main { get; init; }
                [Section("Item {n}", Optional = true, RuleBefore = true)] public ReportList<Item> Items { get; init; } = ReportList<Item>.Empty;
            }
            public partial record Body
            {
                [Text, Placeholder("[Narrative]")] public string? Narrative { get; init; }
                [List("Files", Numbered = true)] public ReportList<Pair> Files { get; init; } = ReportList<Pair>.Empty;
                [Table] public ReportList<Row> Rows { get; init; } = ReportList<Row>.Empty;
                [Checklist("Todo", Optional = true)] public ReportList<ChecklistItem> Todo { get; init; } = ReportList<ChecklistItem>.Empty;
                [Check("Done")] public bool Done { get; init; }
                [Indicator("Quality")] public Status? Quality { get; init; }
                [CodeBlock(LanguagePlaceholder = "[lang]")] public CodeBlock? Code { get; init; }
            }
            public partial record Item
            {
                [Field("Name")] public string? Name { get; init; }
                [Repeated("Step {n}: {Title}", Optional = true, EmptyText = "None")] public ReportList<Step> Steps { get; init; } = ReportList<Step>.Empty;
            }
            public partial record Step
            {
                [TitleValue] public string? Title { get; init; }
                [Field("What")] public string? What { get; init; }
            }
            public partial record Row
            {
                [Column("Key", Bold = true)] public string? Key { get; init; }
                [Column("Value")] public int? Value { get; init; }
            }
            [Inline("`{A}` - {B}")]
            public sealed record Pair(string A, string B);
            public enum Status { [Option("OK", Emoji = "🟢")] Ok = 1, [Option("BAD", Emoji = "🔴")] Bad }
            """,
            """
            using Reports;
            [Report("Small")]
            public partial record Small
            {
                [Field("A")] public string? A { get; init; }
                [Section("Metrics", Compact = true)] [AlignedBlock] public Metrics? M { get; init; }
            }
            public partial record Metrics
            {
                [Field("Unit Tests")] public Line? Unit { get; init; }
                [Field("E2E")] public Line? E2E { get; init; }
            }
            [Inline("{Percent}% ({Count} tests)")]
            public sealed record Line(int? Percent, int? Count);
            """,
        };

        var samples = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "samples", "AgentReports", "Reports"));
        if (Directory.Exists(samples))
        {
            sources.AddRange(Directory.GetFiles(samples, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText));
        }

        return sources;
    }
}
