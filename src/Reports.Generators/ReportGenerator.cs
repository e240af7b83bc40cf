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

        // One file per report: its Markdown members, parser, completeness checks and builder. The checks and the
        // builder depend on what the target supports, reduced to a small equatable value first (it changes only with
        // the references or the language version).
        var features = inputs
            .Select(static (inputs, _) => inputs.Features())
            .WithTrackingName(TrackingNames.TargetFeatures);
        var reportsWithFeatures = reports
            .Combine(features)
            .WithTrackingName(TrackingNames.ReportsWithFeatures);
        context.RegisterSourceOutput(reportsWithFeatures, static (spc, pair) => EmitReport(spc, pair.Left, pair.Right));

        // Section and item records get their own builder and checks once per type, however many reports use them.
        var sections = reports
            .Collect()
            .WithTrackingName(TrackingNames.AllReports)
            .SelectMany(static (all, cancellationToken) => SectionTypes.Of(all, cancellationToken))
            .WithTrackingName(TrackingNames.SectionTypes);
        context.RegisterSourceOutput(sections.Combine(features), static (spc, pair) => EmitSection(spc, pair.Left, pair.Right));
    }

    private static void EmitReport(SourceProductionContext context, ReportModel report, TargetFeatures features)
    {
        var source = GeneratedFile.Start();
        ReportEmitter.Write(source, report);
        GeneratedFile.NextPart(source);
        ParserEmitter.Write(source, report, features.HasNotNullWhen);
        GeneratedFile.NextPart(source);
        CompletenessEmitter.WriteReport(source, report, features);
        if (report.Root.Shape is { GeneratesBuilder: true })
        {
            GeneratedFile.NextPart(source);
            BuilderEmitter.WriteReport(source, report, features);
        }

        context.AddSource(report.HintName, source.ToStringAndFree());
    }

    private static void EmitSection(SourceProductionContext context, RecordModel record, TargetFeatures features)
    {
        // SectionTypes keeps only records that get their checks, their builder or both.
        var shape = record.Shape!;
        var source = GeneratedFile.Start();
        if (shape.CanExtend)
        {
            CompletenessEmitter.WriteSection(source, record);
        }

        if (shape.GeneratesBuilder)
        {
            if (shape.CanExtend)
            {
                GeneratedFile.NextPart(source);
            }

            BuilderEmitter.WriteSection(source, record, features);
        }

        context.AddSource(shape.HintName, source.ToStringAndFree());
    }
}
