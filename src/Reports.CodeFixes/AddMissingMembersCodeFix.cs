using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Reports.Generators.Analyzers;
using Reports.Generators.Model;

namespace Reports.CodeFixes;

/// <summary>
/// RPT0101: adds the required members an object initializer leaves out, as stubs that are still reported until they
/// are filled in (see <see cref="MemberStubs"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingMembersCodeFix)), Shared]
public sealed class AddMissingMembersCodeFix : CodeFixProvider
{
    private const string IndentUnit = "    ";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("RPT0101");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            // Members set to null or default are already there: only members the initializer never mentions are added.
            if (!diagnostic.Properties.TryGetValue(ReportConstructionAnalyzer.UnassignedProperty, out var unassigned) || string.IsNullOrEmpty(unassigned))
            {
                continue;
            }

            var creation = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault();
            if (creation is null)
            {
                continue;
            }

            var names = unassigned!.Split(',');
            context.RegisterCodeFix(
                CodeAction.Create(
                    names.Length == 1 ? $"Add '{names[0]}'" : "Add the missing members",
                    cancellationToken => AddMembersAsync(context.Document, creation, names, cancellationToken),
                    equivalenceKey: nameof(AddMissingMembersCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> AddMembersAsync(Document document, BaseObjectCreationExpressionSyntax creation, string[] names, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var types = semanticModel is null ? null : ReportTypes.Create(semanticModel.Compilation);
        if (semanticModel?.GetTypeInfo(creation, cancellationToken).Type is not INamedTypeSymbol type
            || types?.Get(type, cancellationToken) is not { Record: { } record })
        {
            return document;
        }

        var line = text.Lines.GetLineFromPosition(creation.SpanStart);
        var newLine = line.EndIncludingLineBreak - line.End == 2 ? "\r\n" : "\n";
        var stubs = new MemberStubs(semanticModel, creation.SpanStart, newLine, cancellationToken);
        var lineIndent = Indentation(text, creation.SpanStart);

        var members = new List<(IPropertySymbol Property, MemberModel Member)>();
        foreach (var member in record.Members)
        {
            if (Array.IndexOf(names, member.PropertyName) >= 0 && ConstructionCompleteness.Property(type, member.PropertyName) is { } property)
            {
                members.Add((property, member));
            }
        }

        var initializer = creation.Initializer;
        var multiLine = initializer is not null
            && text.Lines.GetLineFromPosition(initializer.OpenBraceToken.SpanStart).LineNumber != text.Lines.GetLineFromPosition(initializer.CloseBraceToken.SpanStart).LineNumber;
        TextChange change;
        if (initializer is not null && multiLine)
        {
            // Keep the initializer's layout: one member a line, after the last one, with its trailing-comma style.
            var expressions = initializer.Expressions;
            var indent = expressions.Count > 0
                ? Indentation(text, expressions[0].SpanStart)
                : Indentation(text, initializer.CloseBraceToken.SpanStart) + IndentUnit;
            var added = new StringBuilder();
            if (expressions.Count == 0)
            {
                foreach (var (property, member) in members)
                {
                    added.Append(newLine).Append(indent).Append(stubs.Assignment(property, member, indent)).Append(',');
                }

                change = new TextChange(new TextSpan(initializer.OpenBraceToken.Span.End, 0), added.ToString());
            }
            else if (expressions.SeparatorCount == expressions.Count)
            {
                foreach (var (property, member) in members)
                {
                    added.Append(newLine).Append(indent).Append(stubs.Assignment(property, member, indent)).Append(',');
                }

                change = new TextChange(new TextSpan(expressions.GetSeparator(expressions.Count - 1).Span.End, 0), added.ToString());
            }
            else
            {
                foreach (var (property, member) in members)
                {
                    added.Append(',').Append(newLine).Append(indent).Append(stubs.Assignment(property, member, indent));
                }

                change = new TextChange(new TextSpan(expressions[expressions.Count - 1].Span.End, 0), added.ToString());
            }
        }
        else
        {
            // No initializer, or one on a single line: write it out one member a line.
            var indent = lineIndent + IndentUnit;
            var block = new StringBuilder().Append(newLine).Append(lineIndent).Append('{');
            foreach (var expression in initializer?.Expressions ?? default)
            {
                block.Append(newLine).Append(indent).Append(expression.ToString()).Append(',');
            }

            foreach (var (property, member) in members)
            {
                block.Append(newLine).Append(indent).Append(stubs.Assignment(property, member, indent)).Append(',');
            }

            block.Append(newLine).Append(lineIndent).Append('}');
            var start = initializer is null ? creation.Span.End : initializer.OpenBraceToken.GetPreviousToken().Span.End;
            change = new TextChange(TextSpan.FromBounds(start, creation.Span.End), block.ToString());
        }

        return document.WithText(text.WithChanges(change));
    }

    private static string Indentation(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(position);
        var end = line.Start;
        while (end < line.End && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, end));
    }
}
