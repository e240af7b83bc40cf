using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Reports.Generators.Model;

/// <summary>
/// The file name of a type's generated source: <c>Namespace.Outer.Type.g.cs</c>, each name as in metadata, with the
/// number of type parameters after a generic type's name (<c>Outer`2.Type`1</c>), so that <c>R</c> and
/// <c>R&lt;T&gt;</c> get files of their own. A keyword used as a name (<c>namespace @event</c>) is written without its
/// '@', which Roslyn takes in no file name.
/// </summary>
/// <remarks>
/// Roslyn compares file names ignoring case, and a second file of the same name fails the whole generator run. Names
/// that C# tells apart only by case (<c>Report</c> and <c>report</c> in one namespace) therefore each get a short
/// hash of their exact spelling (<c>Demo.report-1a2b3c4d.g.cs</c>). The check looks only at the name's own
/// container, so a type's file name depends on its siblings alone and stays the same from run to run.
/// </remarks>
internal static class HintNames
{
    public static string Of(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (ISymbol? symbol = type; symbol is not null and not INamespaceSymbol { IsGlobalNamespace: true }; symbol = symbol.ContainingSymbol)
        {
            parts.Insert(0, Segment(symbol));
        }

        return string.Join(".", parts) + ".g.cs";
    }

    private static string Segment(ISymbol symbol)
    {
        var name = symbol.MetadataName;
        return HasCaseTwin(symbol, name) ? name + "-" + Fnv1a(name).ToString("x8", CultureInfo.InvariantCulture) : name;
    }

    private static bool HasCaseTwin(ISymbol symbol, string name)
    {
        IEnumerable<ISymbol> siblings = symbol.ContainingSymbol switch
        {
            INamespaceSymbol ns => ns.GetMembers(),
            INamedTypeSymbol container => container.GetTypeMembers(),
            _ => Array.Empty<ISymbol>(),
        };

        foreach (var sibling in siblings)
        {
            var other = sibling.MetadataName;
            if (other.Length == name.Length && !string.Equals(other, name, StringComparison.Ordinal)
                && string.Equals(other, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
