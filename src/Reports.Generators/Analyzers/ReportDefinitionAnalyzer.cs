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

            start.RegisterSymbolAction(symbolContext =>
            {
                var type = (INamedTypeSymbol)symbolContext.Symbol;
                foreach (var attribute in type.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, reportAttribute))
                    {
                        var seen = new System.Collections.Generic.HashSet<(string, Location?)>();
                        ModelBuilder.Build(type, diagnostic =>
                        {
                            // A section type used twice is built twice; report each problem once.
                            if (seen.Add((diagnostic.Id + diagnostic.GetMessage(), diagnostic.Location)))
                            {
                                symbolContext.ReportDiagnostic(diagnostic);
                            }
                        }, symbolContext.CancellationToken);
                        return;
                    }
                }
            }, SymbolKind.NamedType);
        });
    }
}
