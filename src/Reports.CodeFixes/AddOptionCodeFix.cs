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
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var optionType = semanticModel?.Compilation.GetTypeByMetadataName("Reports.OptionAttribute");
        if (root is not CompilationUnitSyntax unit || semanticModel is null || optionType is null)
        {
            return document;
        }

        // Parsed rather than built, so that no elastic trivia invites the formatter to move the attribute.
        var attribute = Attribute(ParseName("Option"), ParseAttributeArgumentList("(" + SymbolDisplay.FormatLiteral(label, quote: true) + ")"));

        // The attribute goes first, on the member's line, as in [Option("DONE")] Done = 1: it takes over the
        // member's leading trivia (indentation, comments).
        var first = member.GetFirstToken();
        var list = AttributeList(
            Token(first.LeadingTrivia, SyntaxKind.OpenBracketToken, TriviaList()),
            target: null,
            SingletonSeparatedList(attribute),
            Token(TriviaList(), SyntaxKind.CloseBracketToken, TriviaList(Space)));
        var stripped = member.ReplaceToken(first, first.WithLeadingTrivia());
        var updated = stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list));
        unit = unit.ReplaceNode(member, updated);

        var imported = semanticModel.LookupNamespacesAndTypes(member.SpanStart, name: "OptionAttribute")
            .Any(symbol => SymbolEqualityComparer.Default.Equals(symbol, optionType));
        return document.WithSyntaxRoot(imported ? unit : AddUsing(unit));
    }

    /// <summary>Adds <c>using Reports;</c> after the file's usings, or at its top (below any header comment).</summary>
    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit)
    {
        var newLine = unit.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var lineBreak = newLine.IsKind(SyntaxKind.EndOfLineTrivia) ? newLine : EndOfLine("\n");
        var directive = UsingDirective(ParseName("Reports"))
            .WithUsingKeyword(Token(TriviaList(), SyntaxKind.UsingKeyword, TriviaList(Space)))
            .WithSemicolonToken(Token(TriviaList(), SyntaxKind.SemicolonToken, TriviaList(lineBreak)));
        if (unit.Usings.Count > 0)
        {
            return unit.WithUsings(unit.Usings.Add(directive));
        }

        var first = unit.GetFirstToken(includeZeroWidth: true);
        unit = unit.ReplaceToken(first, first.WithLeadingTrivia());
        return unit.WithUsings(unit.Usings.Add(directive
            .WithLeadingTrivia(first.LeadingTrivia)
            .WithTrailingTrivia(lineBreak, lineBreak)));
    }
}
