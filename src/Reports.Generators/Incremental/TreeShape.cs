using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Reports.Generators.Analyzers;

namespace Reports.Generators.Incremental;

/// <summary>
/// What of one syntax tree can change the model of a report, read from syntax alone and kept per tree: the
/// declarations that decide what a name binds to anywhere in the compilation, everything outside member bodies, the
/// names the tree declares and the names it mentions outside member bodies.
/// </summary>
/// <remarks>
/// A report's model is made from declarations: its types, their members and attributes, the constants and types
/// those attributes name, and the documentation comments of its properties. None of it is in a method, accessor or
/// operator body, so an edit inside a body (most keystrokes) changes no model; see <see cref="ReportInputs"/> for how
/// the shapes decide that the models can be kept. A tree is shared by every compilation that holds it, so it is read
/// once.
/// </remarks>
internal sealed class TreeShape
{
    private static readonly PerTree<TreeShape> Cache = new(Read);

    private TreeShape(Fingerprint names, Fingerprint declarations, string[] declared, string[] mentioned,
        KeyValuePair<string, string[]>[] attributedTypes, KeyValuePair<string, string>[] aliases)
    {
        Names = names;
        Declarations = declarations;
        Declared = declared;
        Mentioned = mentioned;
        AttributedTypes = attributedTypes;
        Aliases = aliases;
    }

    /// <summary>
    /// The tree's parse options, extern aliases, using directives, assembly and module attributes, namespaces, and
    /// the kind, modifiers, attributes, name and arity of each type it declares: what can change the binding of a name
    /// in any other tree, or which types are reports.
    /// </summary>
    public Fingerprint Names { get; }

    /// <summary>Every token outside member bodies, with preprocessor directives and documentation comments.</summary>
    public Fingerprint Declarations { get; }

    /// <summary>The identifiers the tree declares outside member bodies (types, members, parameters, enum members).</summary>
    public IReadOnlyList<string> Declared { get; }

    /// <summary>The identifiers the tree uses as names outside member bodies (types, attributes, constants, namespaces).</summary>
    public IReadOnlyList<string> Mentioned { get; }

    /// <summary>Each type declared with attributes: its name, and the last identifier of each attribute's name.</summary>
    public IReadOnlyList<KeyValuePair<string, string[]>> AttributedTypes { get; }

    /// <summary>Each using alias (<c>using R = Reports.ReportAttribute;</c>): its name and the last identifier of its target.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Aliases { get; }

    /// <summary>The shape of <paramref name="tree"/>, read once per tree.</summary>
    public static TreeShape Of(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.Get(tree, cancellationToken);

    private static TreeShape Read(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var names = new NameReader(cancellationToken);
        names.AddOptions(tree.Options);
        names.Visit(root);

        var declarations = new DeclarationReader(cancellationToken);
        declarations.Visit(root);
        return new TreeShape(names.Hash.ToFingerprint(), declarations.Hash.ToFingerprint(), [.. declarations.Declared], [.. declarations.Mentioned],
            [.. names.AttributedTypes], [.. names.Aliases]);
    }

    /// <summary>Reads the declarations that decide what names bind to, and which types may be reports: a change here may change any report.</summary>
    private sealed class NameReader
    {
        private readonly CancellationToken _cancellationToken;
        private Fingerprint.Builder _hash;

        public NameReader(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

        public Fingerprint.Builder Hash => _hash;

        public List<KeyValuePair<string, string[]>> AttributedTypes { get; } = new();

        public List<KeyValuePair<string, string>> Aliases { get; } = new();

        public void AddOptions(ParseOptions options)
        {
            _hash.Add(options.Kind.ToString());
            _hash.Add(options.DocumentationMode.ToString());
            if (options is CSharpParseOptions csharp)
            {
                _hash.Add(csharp.LanguageVersion.ToString());
            }

            foreach (var symbol in options.PreprocessorSymbolNames)
            {
                _hash.Add(symbol);
            }
        }

        public void Visit(SyntaxNode node)
        {
            switch (node)
            {
                case CompilationUnitSyntax unit:
                    AddTokens(unit.Externs);
                    AddUsings(unit.Usings);
                    AddTokens(unit.AttributeLists);
                    AddMembers(unit.Members);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    _hash.Add("namespace");
                    AddTokens(ns.Name);
                    AddTokens(ns.Externs);
                    AddUsings(ns.Usings);
                    AddMembers(ns.Members);
                    _hash.Add("}");
                    break;
                case BaseTypeDeclarationSyntax type:
                    _hash.Add(type.Kind().ToString());
                    AddTokens(type.AttributeLists);
                    AddModifiers(type.Modifiers);
                    _hash.Add(type.Identifier.ValueText);
                    _hash.Add((type as TypeDeclarationSyntax)?.TypeParameterList?.Parameters.Count ?? 0);
                    if (type.AttributeLists.Count > 0)
                    {
                        AttributedTypes.Add(new KeyValuePair<string, string[]>(type.Identifier.ValueText,
                            type.AttributeLists.SelectMany(static list => list.Attributes).Select(static a => TreeNames.LastIdentifier(a.Name)).ToArray()));
                    }

                    if (type is TypeDeclarationSyntax withMembers)
                    {
                        AddMembers(withMembers.Members);
                    }

                    _hash.Add("}");
                    break;
                case DelegateDeclarationSyntax @delegate:
                    _hash.Add("delegate");
                    AddModifiers(@delegate.Modifiers);
                    _hash.Add(@delegate.Identifier.ValueText);
                    _hash.Add(@delegate.TypeParameterList?.Parameters.Count ?? 0);
                    break;
                case GlobalStatementSyntax:
                    // Top-level statements make the compiler declare a Program type; what they say does not matter.
                    _hash.Add("top-level statements");
                    break;
            }
        }

        private void AddMembers(SyntaxList<MemberDeclarationSyntax> members)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var topLevelStatements = false;
            foreach (var member in members)
            {
                if (member is GlobalStatementSyntax)
                {
                    if (topLevelStatements)
                    {
                        continue;
                    }

                    topLevelStatements = true;
                }

                Visit(member);
            }
        }

        private void AddUsings(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
            {
                AddTokens(directive);
                if (directive is { Alias: { } alias, Name: { } target })
                {
                    Aliases.Add(new KeyValuePair<string, string>(alias.Name.Identifier.ValueText, TreeNames.LastIdentifier(target)));
                }
            }
        }

        private void AddModifiers(SyntaxTokenList modifiers)
        {
            foreach (var modifier in modifiers)
            {
                _hash.Add(modifier.Text);
            }
        }

        private void AddTokens<TNode>(SyntaxList<TNode> nodes)
            where TNode : SyntaxNode
        {
            foreach (var node in nodes)
            {
                AddTokens(node);
            }
        }

        private void AddTokens(SyntaxNode node)
        {
            foreach (var token in node.DescendantTokens())
            {
                _hash.Add(token.Text);
            }

            _hash.Add(";");
        }
    }

    /// <summary>Reads the tokens outside member bodies, the names declared and the names mentioned.</summary>
    private sealed class DeclarationReader
    {
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
        private readonly HashSet<string> _mentioned = new(StringComparer.Ordinal);
        private Fingerprint.Builder _hash = new();

        public DeclarationReader(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

        public Fingerprint.Builder Hash => _hash;

        public IEnumerable<string> Declared => _declared;

        public IEnumerable<string> Mentioned => _mentioned;

        public void Visit(SyntaxNode node)
        {
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.AsNode() is { } inner)
                {
                    if (IsBody(inner))
                    {
                        SkipBody(inner);
                    }
                    else
                    {
                        if (inner is MemberDeclarationSyntax)
                        {
                            _cancellationToken.ThrowIfCancellationRequested();
                        }

                        Visit(inner);
                    }
                }
                else
                {
                    AddToken(child.AsToken());
                }
            }
        }

        /// <summary>A method's, accessor's or operator's block or expression body, or a top-level statement.</summary>
        private static bool IsBody(SyntaxNode node) => node switch
        {
            BlockSyntax or ArrowExpressionClauseSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax,
            GlobalStatementSyntax => true,
            _ => false,
        };

        private void SkipBody(SyntaxNode body)
        {
            _hash.Add(body is GlobalStatementSyntax ? "statement" : "body");

            // A directive inside a body still applies after it (#nullable disable, #define in a later #if).
            if (body.ContainsDirectives)
            {
                foreach (var trivia in body.DescendantTrivia())
                {
                    if (trivia.IsDirective)
                    {
                        _hash.Add(trivia.ToFullString());
                    }
                }
            }
        }

        private void AddToken(SyntaxToken token)
        {
            // Directives and documentation comments are structured trivia; whitespace and comments are not looked at.
            var structured = token.HasStructuredTrivia;
            if (structured)
            {
                AddTrivia(token.LeadingTrivia);
            }

            // A keyword or punctuation is its kind; identifiers and literals carry their text.
            var kind = token.Kind();
            _hash.Add(token.RawKind);
            if (SyntaxFacts.GetText(kind).Length == 0)
            {
                _hash.Add(token.Text);
            }

            if (kind == SyntaxKind.IdentifierToken)
            {
                (token.Parent is IdentifierNameSyntax or GenericNameSyntax ? _mentioned : _declared).Add(token.ValueText);
            }

            if (structured)
            {
                AddTrivia(token.TrailingTrivia);
            }
        }

        /// <summary>Directives (they change what is compiled, and nullability) and documentation comments (the model keeps summaries).</summary>
        private void AddTrivia(SyntaxTriviaList trivia)
        {
            foreach (var item in trivia)
            {
                if (item.IsDirective
                    || item.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
                    || item.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
                {
                    _hash.Add(item.ToFullString());
                }
            }
        }
    }
}
