using Microsoft.CodeAnalysis;
using Reports.Generators.Emit;
using Reports.Generators.Incremental;
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
        // The transform only names the report type: Roslyn runs it again for every report type after any edit.
        var reportTypes = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.ReportAttribute,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                transform: static (ctx, _) => ctx.TargetSymbol is INamedTypeSymbol type ? ReportInputs.MetadataName(type) : null)
            .WithTrackingName(TrackingNames.ReportTypes);

        // What the models are made from: equal after an edit in a method body, or to a type no report reaches, so
        // then no model is built again (see ReportInputs).
        var inputs = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ReportInputs.Create(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ReportInputs);

        var reports = reportTypes
            .Combine(inputs)
            .Select(static (pair, cancellationToken) => pair.Left is null ? null : pair.Right.BuildModel(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.ReportModels)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.ValidReports);

        context.RegisterSourceOutput(reports, static (spc, report) => Emit(spc, report));

        // Builders and completeness checks: separate outputs, so the Markdown members above are not re-emitted
        // for their sake. What the target supports is reduced to a small equatable value first.
        var features = inputs
            .Select(static (inputs, _) => inputs.Features())
            .WithTrackingName(TrackingNames.TargetFeatures);
        var reportsWithFeatures = reports
            .Combine(features)
            .WithTrackingName(TrackingNames.ReportsWithFeatures);
        context.RegisterSourceOutput(reportsWithFeatures, static (spc, pair) => EmitCompleteness(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(reportsWithFeatures, static (spc, pair) =>
            spc.AddSource(GeneratedFile.HintName(pair.Left.Namespace, pair.Left.ContainingTypes, pair.Left.TypeName, "Parse"),
                ParserEmitter.Emit(pair.Left, pair.Right.HasNotNullWhen)));
        context.RegisterSourceOutput(reportsWithFeatures, static (spc, pair) => EmitBuilder(spc, pair.Left, pair.Right));

        // Section and item records get their own builder and checks once per type, however many reports use them.
        var sections = reports
            .Collect()
            .WithTrackingName(TrackingNames.AllReports)
            .SelectMany(static (all, cancellationToken) => SectionTypes.Of(all, cancellationToken))
            .WithTrackingName(TrackingNames.SectionTypes);
        context.RegisterSourceOutput(sections.Combine(features), static (spc, pair) => EmitSection(spc, pair.Left, pair.Right));
    }

    private static void EmitCompleteness(SourceProductionContext context, ReportModel report, TargetFeatures features) =>
        context.AddSource(GeneratedFile.HintName(report.Namespace, report.ContainingTypes, report.TypeName, "Completeness"),
            CompletenessEmitter.EmitReport(report, features));

    private static void EmitBuilder(SourceProductionContext context, ReportModel report, TargetFeatures features)
    {
        if (report.Root.Shape is { GeneratesBuilder: true })
        {
            context.AddSource(GeneratedFile.HintName(report.Namespace, report.ContainingTypes, report.TypeName, "Builder"),
                BuilderEmitter.EmitReport(report, features));
        }
    }

    private static void EmitSection(SourceProductionContext context, RecordModel record, TargetFeatures features)
    {
        var shape = record.Shape!;
        if (shape.CanExtend)
        {
            context.AddSource(GeneratedFile.HintName(shape.Namespace, shape.ContainingTypes, record.Name, "Completeness"),
                CompletenessEmitter.EmitSection(record));
        }

        if (shape.GeneratesBuilder)
        {
            context.AddSource(GeneratedFile.HintName(shape.Namespace, shape.ContainingTypes, record.Name, "Builder"),
                BuilderEmitter.EmitSection(record, features));
        }
    }

    private static void Emit(SourceProductionContext context, ReportModel report)
    {
        var hint = (report.Namespace is null ? string.Empty : report.Namespace + ".")
            + string.Join(".", report.ContainingTypes) + report.TypeName + ".Report.g.cs";
        hint = hint.Replace("partial ", string.Empty).Replace(' ', '_').Replace('<', '_').Replace('>', '_');
        context.AddSource(hint, ReportEmitter.Emit(report));
    }
}
