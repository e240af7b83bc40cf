using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    private static bool HasCaseTwin(ISymbol symbol, string name) =>
        symbol.ContainingSymbol is INamespaceOrTypeSymbol container && TwinNames.GetValue(container, Twins).Contains(name);

    // The names in a container that another name there equals ignoring case, found once per container and compilation
    // (a namespace may hold thousands of types, and each report's types are named against it).
    private static readonly ConditionalWeakTable<INamespaceOrTypeSymbol, HashSet<string>> TwinNames = new();

    private static readonly ConditionalWeakTable<INamespaceOrTypeSymbol, HashSet<string>>.CreateValueCallback Twins = static container =>
    {
        var first = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var twins = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<ISymbol> members = container is INamespaceSymbol ns ? ns.GetMembers() : container.GetTypeMembers();
        foreach (var member in members)
        {
            var name = member.MetadataName;
            if (!first.TryGetValue(name, out var seen))
            {
                first.Add(name, name);
            }
            else if (!string.Equals(seen, name, StringComparison.Ordinal))
            {
                twins.Add(seen);
                twins.Add(name);
            }
        }

        return twins;
    };

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
