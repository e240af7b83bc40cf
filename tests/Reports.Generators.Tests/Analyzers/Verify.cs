using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>
/// Runs an analyzer (and a code fix) over test sources that reference the Reports runtime.
/// </summary>
/// <remarks>
/// <para>References, offline: the testing packages' own reference sets (<c>ReferenceAssemblies.Net.Net80</c> and the
/// like) download <c>Microsoft.NETCore.App.Ref</c> 8.0.0 from the NuGet feed while the tests run, into
/// <c>$TMPDIR/test-packages</c>. That works on our machines (about 10 s the first time) but makes every fresh machine's
/// test run depend on the feed and on that exact version being served. Instead the tests use an empty
/// <see cref="ReferenceAssemblies"/> (a target framework and no package, which resolves to nothing without any NuGet
/// call) and add the .NET 8 reference assemblies that <c>Basic.Reference.Assemblies.Net80</c> ships inside its own
/// assembly (brought by the normal restore), plus the Reports runtime built by this solution. Nothing is fetched at
/// test time.</para>
/// <para>Sources are compiled as C# 12 (the .NET 8 default, the oldest our users have) with nullable annotations on.</para>
/// </remarks>
internal static class Verify
{
    private static readonly ReferenceAssemblies NoPackages = new("net8.0");

    private static readonly ImmutableArray<MetadataReference> References = ImmutableArray.CreateRange<MetadataReference>(
        Basic.Reference.Assemblies.Net80.References.All)
        .Add(MetadataReference.CreateFromFile(typeof(ReportAttribute).Assembly.Location));

    /// <summary>An expected diagnostic of <paramref name="descriptor"/>, at markup location <paramref name="location"/> (<c>{|#0:…|}</c>).</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int location = 0) =>
        new DiagnosticResult(descriptor).WithLocation(location);

    /// <summary>Asserts that <typeparamref name="TAnalyzer"/> reports exactly <paramref name="expected"/> on <paramref name="source"/>.</summary>
    public static Task AnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        AnalyzerAsync<TAnalyzer>(new[] { source }, expected);

    /// <summary>Asserts that <typeparamref name="TAnalyzer"/> reports exactly <paramref name="expected"/> on <paramref name="sources"/>.</summary>
    public static Task AnalyzerAsync<TAnalyzer>(string[] sources, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        RunAnalyzerAsync<TAnalyzer>(test => Array.ForEach(sources, test.TestState.Sources.Add), expected);

    /// <summary>Asserts that <typeparamref name="TAnalyzer"/> reports exactly <paramref name="expected"/> on the named <paramref name="files"/>.</summary>
    public static Task AnalyzerAsync<TAnalyzer>((string Name, string Source)[] files, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        RunAnalyzerAsync<TAnalyzer>(test => Array.ForEach(files, test.TestState.Sources.Add), expected);

    private static Task RunAnalyzerAsync<TAnalyzer>(Action<AnalyzerTest<TAnalyzer>> addSources, DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerTest<TAnalyzer>();
        addSources(test);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Asserts that <typeparamref name="TFix"/> turns <paramref name="source"/> into <paramref name="fixedSource"/>:
    /// <paramref name="expected"/> are reported before, <paramref name="remaining"/> after.
    /// </summary>
    public static Task CodeFixAsync<TAnalyzer, TFix>(string source, DiagnosticResult[] expected, string fixedSource, params DiagnosticResult[] remaining)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TAnalyzer, TFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync();
    }

    /// <summary>
    /// As <see cref="CodeFixAsync{TAnalyzer, TFix}(string, DiagnosticResult[], string, DiagnosticResult[])"/>, with
    /// <paramref name="unchanged"/> sources (a definition, generated members) beside the one that is fixed.
    /// </summary>
    public static Task CodeFixAsync<TAnalyzer, TFix>(string source, string[] unchanged, DiagnosticResult[] expected, string fixedSource, params DiagnosticResult[] remaining)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TAnalyzer, TFix> { TestCode = source, FixedCode = fixedSource };
        foreach (var other in unchanged)
        {
            test.TestState.Sources.Add(other);
            test.FixedState.Sources.Add(other);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync();
    }

    private static Solution WithOptions(Solution solution, ProjectId projectId)
    {
        var project = solution.GetProject(projectId)!;
        var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12);
        var compilationOptions = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
        return solution.WithProjectParseOptions(projectId, parseOptions).WithProjectCompilationOptions(projectId, compilationOptions);
    }

    private sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = NoPackages;
            TestState.AdditionalReferences.AddRange(References);
            SolutionTransforms.Add(WithOptions);
        }
    }

    private sealed class CodeFixTest<TAnalyzer, TFix> : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        public CodeFixTest()
        {
            ReferenceAssemblies = NoPackages;
            TestState.AdditionalReferences.AddRange(References);
            SolutionTransforms.Add(WithOptions);
        }
    }
}
