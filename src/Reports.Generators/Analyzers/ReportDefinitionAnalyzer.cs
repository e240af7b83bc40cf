using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
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
        DiagnosticDescriptors.MultipleLayoutAttributes);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var reportAttribute = start.Compilation.GetTypeByMetadataName(KnownNames.ReportAttribute);
            if (reportAttribute is null)
            {
                // The runtime is not referenced: no report types can exist.
                return;
            }

            // Section records, enums and inline records shared by several reports are checked once per report;
            // each problem is reported once per compilation.
            var reported = new ConcurrentDictionary<(string Id, Location Location, string Message), byte>();
            start.RegisterSymbolAction(symbolContext =>
            {
                var type = (INamedTypeSymbol)symbolContext.Symbol;
                if (!type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, reportAttribute)))
                {
                    return;
                }

                ModelBuilder.Build(type, diagnostic =>
                {
                    if (reported.TryAdd((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage()), 0))
                    {
                        symbolContext.ReportDiagnostic(diagnostic);
                    }
                }, symbolContext.CancellationToken);
            }, SymbolKind.NamedType);
        });
    }
}
