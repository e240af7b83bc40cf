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
    }

    private static void Emit(SourceProductionContext context, ReportModel report)
    {
        var hint = (report.Namespace is null ? string.Empty : report.Namespace + ".")
            + string.Join(".", report.ContainingTypes) + report.TypeName + ".Report.g.cs";
        hint = hint.Replace("partial ", string.Empty).Replace(' ', '_').Replace('<', '_').Replace('>', '_');
        context.AddSource(hint, ReportEmitter.Emit(report));
    }
}
