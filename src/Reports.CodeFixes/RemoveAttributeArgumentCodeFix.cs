using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Reports.Generators;

namespace Reports.CodeFixes;

/// <summary>
/// RPT0006: removes the attribute argument that contradicts the member (<c>TrailingBreak</c> without
/// <c>Layout = FieldLayout.Line</c>, <c>Optional</c> on a check, …) when the diagnostic names one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveAttributeArgumentCodeFix)), Shared]
public sealed class RemoveAttributeArgumentCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("RPT0006");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ModelBuilder.RemoveArgumentProperty, out var name) || name is null)
            {
                continue;
            }

            var attribute = root?.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
            var argument = attribute?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
            if (attribute?.ArgumentList is not { } arguments || argument is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Remove '{name}'",
                    cancellationToken => RemoveAsync(context.Document, arguments, argument, cancellationToken),
                    equivalenceKey: nameof(RemoveAttributeArgumentCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> RemoveAsync(Document document, AttributeArgumentListSyntax arguments, AttributeArgumentSyntax argument, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var remaining = arguments.Arguments.Remove(argument);
        SyntaxNode updated = remaining.Count == 0 && arguments.Parent is AttributeSyntax attribute
            ? attribute.WithArgumentList(null)
            : arguments.WithArguments(remaining);
        return document.WithSyntaxRoot(root.ReplaceNode(remaining.Count == 0 ? arguments.Parent! : arguments, updated));
    }
}
