using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using Reports;

namespace Reports.Tests.Support;

/// <summary>Where a string value is written, which decides what it may hold.</summary>
internal enum StringKind
{
    /// <summary>Escaped text: anything but NUL and unpaired surrogates.</summary>
    Text,

    /// <summary>The code of a fenced code block: no carriage return.</summary>
    Code,

    /// <summary>A value on a line inside a fence (an aligned block): one line, no blank at either end.</summary>
    Fenced,
}

/// <summary>Copies a report, replacing every string in it (keeping nulls, numbers, enums and list lengths).</summary>
internal static class StringMapper
{
    private static readonly MethodInfo Clone = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static T Map<T>(T value, Func<StringKind, string, string> map) => (T)MapObject(value, StringKind.Text, map)!;

    /// <summary>Every string replaced by plain words (what the structure of a report is compared against).</summary>
    public static T Plain<T>(T value) => Map(value, (kind, _) => kind == StringKind.Code ? "plain code" : "plain words");

    /// <summary>Every string replaced by <paramref name="text"/>, made fit for where it stands.</summary>
    public static T All<T>(T value, string text) => Map(value, (kind, _) => Fit(kind, text));

    /// <summary>Makes <paramref name="text"/> fit for a kind of place (see <see cref="StringKind"/>).</summary>
    public static string Fit(StringKind kind, string text) => kind switch
    {
        StringKind.Code => text.Replace("\r", string.Empty, StringComparison.Ordinal),
        StringKind.Fenced => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace(": ", ":", StringComparison.Ordinal).Trim(' ', '\t'),
        _ => text,
    };

    private static object? MapObject(object? value, StringKind kind, Func<StringKind, string, string> map)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return map(kind, text);
            case CodeBlock code:
                return new CodeBlock(map(StringKind.Text, code.Language), map(StringKind.Code, code.Code));
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal or DateTime or DateTimeOffset or DateOnly)
        {
            return value;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ReportList<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = ((IEnumerable)value).Cast<object?>().Select(item => MapObject(item, kind, map)).ToArray();
            var array = Array.CreateInstance(element, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                array.SetValue(items[i], i);
            }

            return Activator.CreateInstance(type, array);
        }

        var copy = Clone.Invoke(value, null)!;
        foreach (var (property, own) in Properties.GetOrAdd(type, Describe))
        {
            property.SetValue(copy, MapObject(property.GetValue(value), own ?? kind, map));
        }

        return copy;
    }

    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, StringKind? Kind)[]> Properties = new();

    private static (PropertyInfo Property, StringKind? Kind)[] Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .Select(p => (p, p.GetCustomAttribute<AlignedBlockAttribute>() is not null ? StringKind.Fenced
                : p.GetCustomAttribute<CodeBlockAttribute>() is not null && p.PropertyType == typeof(string) ? StringKind.Code
                : (StringKind?)null))
            .ToArray();
}
