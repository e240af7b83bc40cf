using Microsoft.CodeAnalysis;
using Reports.Generators.Emit;
using Reports.Generators.Model;

namespace Reports.Generators;

/// <summary>
/// Generates the Markdown members of every type marked [Report]. Invalid definitions are skipped
/// silently here: the analyzers report them, live in the IDE.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var reports = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.ReportAttribute,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                transform: static (ctx, cancellationToken) => ctx.TargetSymbol is INamedTypeSymbol type
                    ? ModelBuilder.Build(type, report: null, cancellationToken)
                    : null)
            .WithTrackingName(TrackingNames.ReportModels)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.ValidReports);

        context.RegisterSourceOutput(reports, static (spc, report) => Emit(spc, report));

        // Whether the consumer has [NotNullWhen] (netstandard2.0 does not): a bool, so the pipeline stays cached.
        var hasNotNullWhen = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is not null)
            .WithTrackingName(TrackingNames.Capabilities);
        context.RegisterSourceOutput(reports.Combine(hasNotNullWhen), static (spc, pair) =>
            spc.AddSource(HintName(pair.Left, "Parse"), ParserEmitter.Emit(pair.Left, pair.Right)));
    }

    private static void Emit(SourceProductionContext context, ReportModel report) =>
        context.AddSource(HintName(report, "Report"), ReportEmitter.Emit(report));

    /// <summary>A unique file name per report type and kind of output: <c>Ns.Type.Parse.g.cs</c>.</summary>
    internal static string HintName(ReportModel report, string kind)
    {
        var hint = (report.Namespace is null ? string.Empty : report.Namespace + ".")
            + string.Join(".", report.ContainingTypes) + report.TypeName + "." + kind + ".g.cs";
        return hint.Replace("partial ", string.Empty).Replace(' ', '_').Replace('<', '_').Replace('>', '_');
    }
}
