using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Reports.Generators.Tests.Infrastructure;

/// <summary>
/// Finds Roslyn objects held by a pipeline value. A model that holds an <see cref="ISymbol"/>, a
/// <see cref="SyntaxNode"/> or a <see cref="Compilation"/> keeps old compilations alive and never compares
/// equal between runs, which silently turns incremental generation off.
/// </summary>
internal static class PipelineValues
{
    /// <summary>The paths (<c>Root.Members[0].Value</c>) of every forbidden object reachable from <paramref name="value"/>.</summary>
    public static List<string> FindRoslynObjects(object? value)
    {
        var found = new List<string>();
        Walk(value, "value", found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    private static bool IsForbidden(object value) =>
        value is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or Location or AttributeData;

    private static void Walk(object? value, string path, List<string> found, HashSet<object> seen)
    {
        // A MetadataReference is allowed (and not walked: it leads into the metadata): ReportInputs compares the
        // references by identity, and a value is kept across runs only while they are the current compilation's own.
        if (value is null || value is string || value is MemberInfo || value is MetadataReference || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (IsForbidden(value))
        {
            found.Add(path + " is " + value.GetType().Name);
            return;
        }

        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + index++ + "]", found, seen);
            }

            if (value.GetType().IsArray)
            {
                return;
            }
        }

        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + Readable(field.Name), found, seen);
            }
        }
    }

    /// <summary><c>&lt;Members&gt;k__BackingField</c> → <c>Members</c>.</summary>
    private static string Readable(string fieldName) =>
        fieldName.StartsWith('<') && fieldName.IndexOf('>') is var end and > 0 ? fieldName.Substring(1, end - 1) : fieldName;
}
