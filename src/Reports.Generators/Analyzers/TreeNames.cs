using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Reports.Generators.Incremental;

namespace Reports.Generators.Analyzers;

/// <summary>
/// The type declarations of one syntax tree and the names each mentions, read from syntax alone and kept per tree.
/// </summary>
/// <remarks>
/// A tree is shared by every compilation that holds it, and by every fork of a compilation that the analyzer driver
/// makes to analyze one document: reading each tree once lets a single-document request find the reports that reach a
/// type without binding the whole compilation. The names over-approximate (a property called like a type counts as a
/// mention), which costs a model build at worst, never a missed diagnostic.
/// </remarks>
internal sealed class TreeNames
{
    private static readonly PerTree<TreeNames> Cache = new(Read);
    private static readonly TreeNames Empty = new(ImmutableArray<DeclaredType>.Empty, ImmutableArray<KeyValuePair<string, string>>.Empty);

    private TreeNames(ImmutableArray<DeclaredType> declarations, ImmutableArray<KeyValuePair<string, string>> aliases)
    {
        Declarations = declarations;
        Aliases = aliases;
    }

    /// <summary>Every type declaration of the tree (nested ones too, each on its own).</summary>
    public ImmutableArray<DeclaredType> Declarations { get; }

    /// <summary>Each using alias of the tree (<c>using A = N.Type;</c>) with the last identifier of its target.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Aliases { get; }

    /// <summary>The names of <paramref name="tree"/>; empty for generated code, which declares no report the user wrote.</summary>
    public static TreeNames Of(SyntaxTree tree, CancellationToken cancellationToken) =>
        Cache.Get(tree, cancellationToken);

    private static TreeNames Read(SyntaxTree tree, CancellationToken cancellationToken)
    {
        // A generated file is known by its name before it is parsed: the IDE need not parse generated code for this.
        if (HasGeneratedName(tree))
        {
            return Empty;
        }

        var root = tree.GetRoot(cancellationToken);
        if (HasGeneratedHeader(root))
        {
            return Empty;
        }

        var declarations = ImmutableArray.CreateBuilder<DeclaredType>();
        var aliases = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        var mentions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax))
        {
            if (node is UsingDirectiveSyntax { Alias: { } alias, Name: { } target })
            {
                aliases.Add(new KeyValuePair<string, string>(alias.Name.Identifier.ValueText, LastIdentifier(target)));
            }
            else if (node is BaseTypeDeclarationSyntax declaration)
            {
                cancellationToken.ThrowIfCancellationRequested();
                mentions.Clear();
                foreach (var token in declaration.DescendantTokens(n => n == declaration || n is not BaseTypeDeclarationSyntax))
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken))
                    {
                        mentions.Add(token.ValueText);
                    }
                }

                var attributes = ImmutableArray.CreateBuilder<string>();
                foreach (var list in declaration.AttributeLists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        attributes.Add(LastIdentifier(attribute.Name));
                    }
                }

                declarations.Add(new DeclaredType(
                    declaration.Identifier.ValueText,
                    attributes.Count == 0 ? null : MetadataName(declaration),
                    attributes.ToImmutable(),
                    ImmutableArray.CreateRange(mentions)));
            }
        }

        return new TreeNames(declarations.ToImmutable(), aliases.ToImmutable());
    }

    /// <summary><c>Outer.Inner+Nested`1</c>: the name <see cref="IAssemblySymbol.GetTypeByMetadataName"/> finds the type by.</summary>
    private static string MetadataName(BaseTypeDeclarationSyntax declaration)
    {
        var name = TypeName(declaration);
        for (var parent = declaration.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is BaseTypeDeclarationSyntax outer)
            {
                name = TypeName(outer) + "+" + name;
            }
            else if (parent is BaseNamespaceDeclarationSyntax ns)
            {
                name = Dotted(ns.Name) + "." + name;
            }
        }

        return name;
    }

    private static string TypeName(BaseTypeDeclarationSyntax type) =>
        type is TypeDeclarationSyntax { TypeParameterList: { Parameters.Count: > 0 } parameters }
            ? type.Identifier.ValueText + "`" + parameters.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : type.Identifier.ValueText;

    private static string Dotted(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => Dotted(qualified.Left) + "." + qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };

    /// <summary>The last identifier of a name: <c>Reports.Report</c> → <c>Report</c>.</summary>
    internal static string LastIdentifier(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };

    // The conventions by which the compiler treats a file as generated: its name, or an <auto-generated> comment at its top.
    private static bool HasGeneratedName(SyntaxTree tree)
    {
        var fileName = System.IO.Path.GetFileName(tree.FilePath ?? string.Empty);
        return fileName.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase)
            || EndsWith(fileName, ".designer.cs") || EndsWith(fileName, ".generated.cs") || EndsWith(fileName, ".g.cs") || EndsWith(fileName, ".g.i.cs");
    }

    private static bool HasGeneratedHeader(SyntaxNode root)
    {
        foreach (var trivia in root.GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var text = trivia.ToString();
                if (text.IndexOf("<auto-generated", StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool EndsWith(string fileName, string suffix) => fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A type declaration: its name, its metadata name (when it has attributes, so may be a report), the last identifier
/// of each attribute on it, and every identifier in it (not in its nested types).
/// </summary>
internal sealed record DeclaredType(string Name, string? MetadataName, ImmutableArray<string> Attributes, ImmutableArray<string> Mentions);
