using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Reports.CodeFixes;

/// <summary>RPT0007: gives a get-only auto-property of a report an <c>init</c> accessor.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddInitAccessorCodeFix)), Shared]
public sealed class AddInitAccessorCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("RPT0007");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var property = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<PropertyDeclarationSyntax>().FirstOrDefault();

            // Only the unambiguous case: an auto-property with a lone 'get;'. A setter the generated code cannot call
            // may be private on purpose.
            if (property?.AccessorList is not { Accessors: [{ Body: null, ExpressionBody: null } getter] } accessors
                || !getter.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add 'init' to '{property.Identifier.ValueText}'",
                    cancellationToken => AddInitAsync(context.Document, accessors, getter, cancellationToken),
                    equivalenceKey: nameof(AddInitAccessorCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> AddInitAsync(Document document, AccessorListSyntax accessors, AccessorDeclarationSyntax getter, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var init = AccessorDeclaration(SyntaxKind.InitAccessorDeclaration)
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken))
            .WithLeadingTrivia(Space)
            .WithTrailingTrivia(getter.GetTrailingTrivia());
        var updated = accessors.WithAccessors(accessors.Accessors.Replace(getter, getter.WithTrailingTrivia()).Add(init));
        return document.WithSyntaxRoot(root.ReplaceNode(accessors, updated));
    }
}
