using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Reports.Generators.Analyzers;

/// <summary>
/// The definition diagnostics of one compilation, each filed under the type declaration that holds its location.
/// </summary>
/// <remarks>
/// A report's problems are often in other types: an enum member without [Option], a section record's property, the
/// type that contains the report. The IDE shows a symbol action's diagnostics only inside that symbol's declaration,
/// so each problem must be reported from the innermost type declaration around it. Building every report's model
/// once per compilation and filing its diagnostics by declaration does that, reports a problem in a section record
/// that several reports share once, and costs one pass over the compilation's type names when it has no report.
/// </remarks>
internal sealed class DefinitionDiagnostics
{
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _reportAttribute;
    private readonly object _gate = new();
    private Dictionary<(SyntaxTree Tree, TextSpan Span), List<Diagnostic>>? _byDeclaration;

    public DefinitionDiagnostics(Compilation compilation, INamedTypeSymbol reportAttribute)
    {
        _compilation = compilation;
        _reportAttribute = reportAttribute;
    }

    /// <summary>The diagnostics located in the declarations of <paramref name="type"/> (not in its nested types).</summary>
    public IEnumerable<Diagnostic> For(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var index = Index(cancellationToken);
        if (index.Count == 0)
        {
            yield break;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (index.TryGetValue((reference.SyntaxTree, reference.Span), out var diagnostics))
            {
                foreach (var diagnostic in diagnostics)
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private Dictionary<(SyntaxTree, TextSpan), List<Diagnostic>> Index(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Built once; a cancelled build leaves nothing behind, so the next caller starts again.
            return _byDeclaration ??= Build(cancellationToken);
        }
    }

    private Dictionary<(SyntaxTree, TextSpan), List<Diagnostic>> Build(CancellationToken cancellationToken)
    {
        var index = new Dictionary<(SyntaxTree, TextSpan), List<Diagnostic>>();
        var seen = new HashSet<(string, Location, string)>();
        foreach (var symbol in _compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Type, cancellationToken))
        {
            if (symbol is not INamedTypeSymbol type
                || !type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _reportAttribute)))
            {
                continue;
            }

            ModelBuilder.Build(type, diagnostic =>
            {
                // A section record used by several reports (or twice in one) is built each time: file it once.
                if (seen.Add((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage())) && Declaration(diagnostic.Location, cancellationToken) is { } key)
                {
                    if (!index.TryGetValue(key, out var list))
                    {
                        index.Add(key, list = new List<Diagnostic>());
                    }

                    list.Add(diagnostic);
                }
            }, cancellationToken);
        }

        return index;
    }

    private static (SyntaxTree, TextSpan)? Declaration(Location location, CancellationToken cancellationToken)
    {
        if (location.SourceTree is not { } tree)
        {
            return null;
        }

        var declaration = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true)
            .AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        return declaration is null ? null : (tree, declaration.Span);
    }
}
