using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Reports.CodeFixes;

/// <summary>RPT0005: adds <c>[Option("LABEL")]</c> to an enum member, the label being its name in UPPER_SNAKE_CASE.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOptionCodeFix)), Shared]
public sealed class AddOptionCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("RPT0005");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var member = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<EnumMemberDeclarationSyntax>().FirstOrDefault();
            if (member is null)
            {
                continue;
            }

            var label = Label(member.Identifier.ValueText);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add [Option(\"{label}\")]",
                    cancellationToken => AddOptionAsync(context.Document, member, label, cancellationToken),
                    equivalenceKey: nameof(AddOptionCodeFix)),
                diagnostic);
        }
    }

    /// <summary>The label of an enum member: <c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>.</summary>
    public static string Label(string name)
    {
        var label = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                if (label.Length > 0 && label[label.Length - 1] != '_')
                {
                    label.Append('_');
                }

                continue;
            }

            var startsWord = char.IsUpper(c) && i > 0 && label.Length > 0 && label[label.Length - 1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord)
            {
                label.Append('_');
            }

            label.Append(char.ToUpperInvariant(c));
        }

        return label.ToString();
    }

    private static async Task<Document> AddOptionAsync(Document document, EnumMemberDeclarationSyntax member, string label, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Reports.Option, reduced to Option (adding 'using Reports;' if needed) when the action's changes are cleaned up.
        var name = QualifiedName(IdentifierName("Reports"), IdentifierName("Option"))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var attribute = Attribute(name, AttributeArgumentList(SingletonSeparatedList(
            AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(label))))));
        // The attribute goes first, on the member's line, as in [Option("DONE")] Done = 1: it takes over the
        // member's leading trivia (indentation, comments).
        var first = member.GetFirstToken();
        var stripped = member.ReplaceToken(first, first.WithLeadingTrivia());
        var list = AttributeList(SingletonSeparatedList(attribute)).WithLeadingTrivia(first.LeadingTrivia).WithTrailingTrivia(Space);
        var updated = stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list));
        return document.WithSyntaxRoot(root.ReplaceNode(member, updated));
    }
}
