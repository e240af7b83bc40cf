using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Reports.Generators;

/// <summary>Metadata names of the runtime types the generator and analyzers recognise.</summary>
internal static class KnownNames
{
    public const string ReportAttribute = "Reports.ReportAttribute";
    public const string SectionAttribute = "Reports.SectionAttribute";
    public const string FieldAttribute = "Reports.FieldAttribute";
    public const string TextAttribute = "Reports.TextAttribute";
    public const string TitleValueAttribute = "Reports.TitleValueAttribute";
    public const string PlaceholderAttribute = "Reports.PlaceholderAttribute";
    public const string ItemPlaceholderAttribute = "Reports.ItemPlaceholderAttribute";
    public const string OptionAttribute = "Reports.OptionAttribute";
    public const string InlineAttribute = "Reports.InlineAttribute";
    public const string ListAttribute = "Reports.ListAttribute";
    public const string RepeatedAttribute = "Reports.RepeatedAttribute";
    public const string TableAttribute = "Reports.TableAttribute";
    public const string ColumnAttribute = "Reports.ColumnAttribute";
    public const string ChecklistAttribute = "Reports.ChecklistAttribute";
    public const string CheckAttribute = "Reports.CheckAttribute";
    public const string IndicatorAttribute = "Reports.IndicatorAttribute";
    public const string CodeBlockAttribute = "Reports.CodeBlockAttribute";
    public const string AlignedBlockAttribute = "Reports.AlignedBlockAttribute";
    public const string GroupAttribute = "Reports.GroupAttribute";
    public const string RequiredWhenAttribute = "Reports.RequiredWhenAttribute";
    public const string AllowPlaceholderLikeAttribute = "Reports.AllowPlaceholderLikeAttribute";

    /// <summary>The generator's type name, which the paths of the files it adds contain.</summary>
    public const string GeneratorTypeName = "Reports.Generators.ReportGenerator";

    public const string ReportList = "Reports.ReportList`1";
    public const string ReadOnlyList = "System.Collections.Generic.IReadOnlyList`1";
    public const string List = "System.Collections.Generic.List`1";
    public const string DateOnly = "System.DateOnly";
    public const string TimeOnly = "System.TimeOnly";
    public const string DateTimeOffset = "System.DateTimeOffset";
    public const string CodeBlock = "Reports.CodeBlock";
    public const string MarkdownText = "Reports.MarkdownText";
    public const string ChecklistItem = "Reports.ChecklistItem";
    public const string IReport = "Reports.IReport`1";

    /// <summary>The attributes above by their simple name (<c>FieldAttribute</c>).</summary>
    private static readonly Dictionary<string, string> AttributesByName = CreateAttributesByName();

    /// <summary>
    /// The full name (one of the constants above) of <paramref name="attributeClass"/> when it is one of the runtime's
    /// attributes, otherwise null; without formatting the symbol (a model reads a few attributes per property, several
    /// times over, so <c>ToDisplayString()</c> here was a measurable part of a generator run).
    /// </summary>
    public static string? AttributeName(INamedTypeSymbol? attributeClass) =>
        attributeClass is { ContainingType: null, ContainingNamespace: { Name: "Reports", ContainingNamespace.IsGlobalNamespace: true } }
        && AttributesByName.TryGetValue(attributeClass.Name, out var fullName)
            ? fullName
            : null;

    /// <summary>
    /// Whether <paramref name="type"/> is the top-level type <paramref name="fullMetadataName"/> (one of the constants
    /// above, or <c>System.Collections.Generic.List`1</c>), constructed or not; compares names without formatting the
    /// symbol, which a model does for every member.
    /// </summary>
    public static bool Is(ITypeSymbol type, string fullMetadataName)
    {
        var end = fullMetadataName.LastIndexOf('.');
        if (type is not INamedTypeSymbol { ContainingType: null } named
            || !IsPart(named.MetadataName, fullMetadataName, end + 1, fullMetadataName.Length))
        {
            return false;
        }

        var ns = named.ContainingNamespace;
        while (end > 0)
        {
            var start = fullMetadataName.LastIndexOf('.', end - 1) + 1;
            if (ns is null || ns.IsGlobalNamespace || !IsPart(ns.Name, fullMetadataName, start, end))
            {
                return false;
            }

            ns = ns.ContainingNamespace;
            end = start - 1;
        }

        return ns is { IsGlobalNamespace: true };
    }

    private static bool IsPart(string name, string text, int start, int end) =>
        name.Length == end - start && string.CompareOrdinal(name, 0, text, start, name.Length) == 0;

    private static Dictionary<string, string> CreateAttributesByName()
    {
        var names = new[]
        {
            ReportAttribute, SectionAttribute, FieldAttribute, TextAttribute, TitleValueAttribute, PlaceholderAttribute,
            ItemPlaceholderAttribute, OptionAttribute, InlineAttribute, ListAttribute, RepeatedAttribute, TableAttribute,
            ColumnAttribute, ChecklistAttribute, CheckAttribute, IndicatorAttribute, CodeBlockAttribute, AlignedBlockAttribute,
            GroupAttribute, RequiredWhenAttribute, AllowPlaceholderLikeAttribute,
        };
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            byName.Add(name.Substring(name.LastIndexOf('.') + 1), name);
        }

        return byName;
    }

    /// <summary>The runtime assembly's name (the package's <c>Reports.dll</c>).</summary>
    public const string RuntimeAssembly = "Reports";

    /// <summary>
    /// The runtime's <c>[Report]</c> attribute as <paramref name="compilation"/> sees it, or null when the runtime is not
    /// referenced. The referenced runtime assembly is asked first: <see cref="Compilation.GetTypeByMetadataName"/> also
    /// searches the compilation's own source, which makes the compiler build its declaration table of every file
    /// there and then (an analyzer's compilation-start action would pay for the compiler's work).
    /// </summary>
    public static INamedTypeSymbol? FindReportAttribute(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == RuntimeAssembly && assembly.GetTypeByMetadataName(ReportAttribute) is { } attribute)
            {
                return attribute;
            }
        }

        // The runtime compiled from source, or under another assembly name.
        return compilation.GetTypeByMetadataName(ReportAttribute);
    }
}
