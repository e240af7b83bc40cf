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
using Reports.Generators;
using Reports.Generators.Analyzers;
using Reports.Generators.Completeness;
using Reports.Generators.Model;

namespace Reports.CodeFixes;

/// <summary>
/// RPT0100: inserts a call for each required member of the report that a builder chain never sets, before
/// <c>.Build()</c>, as stubs that are still reported until they are filled in: text gets its template placeholder, a
/// section a lambda with stubs for its own required values, a list its empty list, anything else <c>default</c>.
/// Values missing inside an existing section lambda are left to the author.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingBuilderCallsCodeFix)), Shared]
public sealed class AddMissingBuilderCallsCodeFix : CodeFixProvider
{
    private const int MaxDepth = 6;

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("RPT0100");

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ReportConstructionAnalyzer.UnsetProperty, out var unset) || string.IsNullOrEmpty(unset))
            {
                continue;
            }

            var build = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
            if (build?.Expression is not MemberAccessExpressionSyntax)
            {
                continue;
            }

            var names = unset!.Split(',');
            context.RegisterCodeFix(
                CodeAction.Create(
                    names.Length == 1 ? $"Add '{names[0]}' to the chain" : "Add the missing calls to the chain",
                    cancellationToken => AddCallsAsync(context.Document, build, names, cancellationToken),
                    equivalenceKey: nameof(AddMissingBuilderCallsCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> AddCallsAsync(Document document, InvocationExpressionSyntax build, string[] names, CancellationToken cancellationToken)
    {
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var types = semanticModel is null ? null : ReportTypes.Create(semanticModel.Compilation);
        if (semanticModel?.GetSymbolInfo(build, cancellationToken).Symbol is not IMethodSymbol { ReturnType: INamedTypeSymbol type }
            || types?.Get(type, cancellationToken) is not { Record: { } record }
            || build.Expression is not MemberAccessExpressionSyntax access)
        {
            return document;
        }

        var dot = access.OperatorToken;
        var line = text.Lines.GetLineFromPosition(dot.SpanStart);
        var newLine = line.EndIncludingLineBreak - line.End == 2 ? "\r\n" : "\n";
        var stubs = new MemberStubs(semanticModel, dot.SpanStart, newLine, cancellationToken);
        var writer = new Writer(stubs, cancellationToken);

        // A chain written one call a line gets one new line per call; a chain on one line stays on one line.
        var indent = Indentation(text, line);
        var ownLine = dot.SpanStart == line.Start + indent.Length;
        var calls = new StringBuilder();
        foreach (var member in record.Members)
        {
            if (Array.IndexOf(names, member.PropertyName) >= 0 && ConstructionCompleteness.Property(type, member.PropertyName) is { } property)
            {
                calls.Append(writer.Call(property, member, record, depth: 0));
                if (ownLine)
                {
                    calls.Append(newLine).Append(indent);
                }
            }
        }

        return document.WithText(text.WithChanges(new TextChange(new TextSpan(dot.SpanStart, 0), calls.ToString())));
    }

    private static string Indentation(SourceText text, TextLine line)
    {
        var end = line.Start;
        while (end < line.End && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, end));
    }

    private sealed class Writer
    {
        private readonly MemberStubs _stubs;
        private readonly CancellationToken _cancellationToken;

        public Writer(MemberStubs stubs, CancellationToken cancellationToken)
        {
            _stubs = stubs;
            _cancellationToken = cancellationToken;
        }

        /// <summary><c>.Name(stub)</c>, or <c>.Name(name => name.Inner(stub)…)</c> for a section with a builder.</summary>
        public string Call(IPropertySymbol property, MemberModel member, RecordModel owner, int depth)
        {
            var method = "." + BuilderNames.Setter(member, owner);
            var type = property.Type as INamedTypeSymbol;
            if (type is { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T })
            {
                type = type.TypeArguments[0] as INamedTypeSymbol;
            }

            var value = member.Body?.Value ?? member.Value;
            if (RequiredParts.SingleRecord(member) is { } record && value.Record?.Shape?.BuilderName is not null && type is not null && depth < MaxDepth)
            {
                var parameter = char.ToLowerInvariant(member.PropertyName[0]) + member.PropertyName.Substring(1) + (depth == 0 ? string.Empty : depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var inner = new StringBuilder();
                foreach (var part in record.Members)
                {
                    if (part.RequiredWhen.IsEmpty && RequiredParts.IsRequired(part)
                        && ConstructionCompleteness.Property(type, part.PropertyName) is { } innerProperty
                        && !ConstructionCompleteness.HasValueWithoutAssignment(innerProperty, part, _cancellationToken))
                    {
                        inner.Append(Call(innerProperty, part, record, depth + 1));
                    }
                }

                return method + "(" + parameter + " => " + (inner.Length == 0 ? "{ }" : parameter + inner) + ")";
            }

            var stub = _stubs.Value(property, member, string.Empty, MaxDepth);
            if (stub.StartsWith("default", StringComparison.Ordinal) && value.Kind == ValueKind.Inline)
            {
                // default alone could also be the single value of the overload that takes the record's parts.
                stub = "(" + property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")" + stub;
            }

            return method + "(" + stub + ")";
        }
    }
}
