using System;
using System.Collections.Generic;
using System.Linq;
using Reports.Generators.Model;

namespace Reports.Generators;

/// <summary>
/// The names of generated builder types and methods. The builder emitter and the analyzers (which check builder
/// chains) both ask here, so a member and its builder method are matched in exactly one way.
/// </summary>
/// <remarks>
/// A report or section type <c>T</c> has the builder <c>TBuilder</c>, declared beside it. Each settable member
/// <c>P</c> has the method <c>P(value)</c> (and <c>P(configure)</c> for a record with a builder, <c>P(ctor values…)</c>
/// for an [Inline] record); a collection also has <c>Add{singular of P}(item)</c>: <c>Decisions</c> gives
/// <c>AddDecision</c>, <c>Opportunities</c> gives <c>AddOpportunity</c>, <c>TestsAdded</c> gives <c>AddTestsAdded</c>.
/// </remarks>
internal static class BuilderNames
{
    /// <summary>The methods every builder has; a member with one of these names is set through <c>With{Name}</c>.</summary>
    public static readonly IReadOnlyCollection<string> BuilderMethods = new[]
    {
        "Build", "TryBuild", "BuildDraft", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
    };

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["children"] = "child",
        ["people"] = "person",
        ["criteria"] = "criterion",
        ["indices"] = "index",
        ["matrices"] = "matrix",
        ["analyses"] = "analysis",
        ["statuses"] = "status",
        ["aliases"] = "alias",
        ["series"] = "series",
        ["species"] = "species",
        ["data"] = "data",
        ["men"] = "man",
        ["women"] = "woman",
    };

    /// <summary>The name of the builder type of a report or section type named <paramref name="typeName"/>.</summary>
    public static string TypeName(string typeName) => typeName + "Builder";

    /// <summary>The method that sets <paramref name="member"/> of <paramref name="owner"/> (also its configure and value overloads).</summary>
    public static string Setter(MemberModel member, RecordModel owner)
    {
        var name = member.PropertyName;
        return BuilderMethods.Contains(name) || name == TypeName(owner.Name) ? "With" + name : name;
    }

    /// <summary>
    /// The method that adds one item to the collection <paramref name="member"/> of <paramref name="owner"/>, or
    /// null when the member is not a collection. When two collections of the record would share a name, both use
    /// <c>Add{PropertyName}</c>.
    /// </summary>
    public static string? Adder(MemberModel member, RecordModel owner)
    {
        if (!member.IsCollection)
        {
            return null;
        }

        var singular = Singular(member.PropertyName);
        var clash = owner.Members.Any(other => other.IsCollection && other.PropertyName != member.PropertyName
            && (Singular(other.PropertyName) == singular || other.PropertyName == singular));
        return "Add" + (clash ? member.PropertyName : singular);
    }

    /// <summary>
    /// The singular of a PascalCase plural, changing its last word only: <c>Decisions</c> → <c>Decision</c>,
    /// <c>ApiEndpoints</c> → <c>ApiEndpoint</c>, <c>Opportunities</c> → <c>Opportunity</c>, <c>Branches</c> → <c>Branch</c>;
    /// a last word that is not a plural stays (<c>TestsAdded</c>, <c>Environment</c>, <c>Status</c>).
    /// </summary>
    public static string Singular(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        var start = name.Length - 1;
        while (start > 0 && !(char.IsUpper(name[start]) && !char.IsUpper(name[start - 1])))
        {
            start--;
        }

        var word = name.Substring(start);
        return name.Substring(0, start) + SingularWord(word);
    }

    private static string SingularWord(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return char.IsUpper(word[0]) ? char.ToUpperInvariant(irregular[0]) + irregular.Substring(1) : irregular;
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            return word.Substring(0, word.Length - 3) + "y";
        }

        foreach (var ending in new[] { "sses", "shes", "ches", "xes", "zzes" })
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return word.Substring(0, word.Length - 2);
            }
        }

        if (word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) || word.EndsWith("us", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("is", StringComparison.OrdinalIgnoreCase))
        {
            return word;
        }

        return word.Length > 1 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 1) : word;
    }
}
