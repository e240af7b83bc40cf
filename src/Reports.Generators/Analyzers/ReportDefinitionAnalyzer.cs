using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Reports.Generators.Analyzers;

/// <summary>
/// Reports mistakes in report definitions (RPT0001–RPT0009). It runs the same model builder as the
/// generator, so whatever the generator would skip is explained here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReportDefinitionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotPartial,
        DiagnosticDescriptors.UnsupportedMemberType,
        DiagnosticDescriptors.DuplicateHeading,
        DiagnosticDescriptors.UnknownFormatMember,
        DiagnosticDescriptors.EnumWithoutOptions,
        DiagnosticDescriptors.ConflictingOptions,
        DiagnosticDescriptors.RequiredMemberCannotBeSet,
        DiagnosticDescriptors.UnreadableFormat,
        DiagnosticDescriptors.PropertyLeftOut,
        DiagnosticDescriptors.ValueCannotBeUnset,
        DiagnosticDescriptors.MultipleLayoutAttributes);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var reportAttribute = KnownNames.FindReportAttribute(start.Compilation);
            if (reportAttribute is null)
            {
                // The runtime is not referenced: no report types can exist.
                return;
            }

            var diagnostics = new DefinitionDiagnostics(start.Compilation, reportAttribute);
            start.RegisterSymbolAction(symbolContext =>
            {
                // Each problem is reported from the type declaration it is in (a report, a section record, an
                // enum, a type containing a report), so that the IDE shows it while that file is open.
                foreach (var diagnostic in diagnostics.For((INamedTypeSymbol)symbolContext.Symbol, symbolContext.CancellationToken))
                {
                    symbolContext.ReportDiagnostic(diagnostic);
                }
            }, SymbolKind.NamedType);
        });
    }
}
