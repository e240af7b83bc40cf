using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Reports.Tests.Support;

/// <summary>Prints report values deeply (strings as C# literals) and finds the first difference between two.</summary>
internal static class Dump
{
    public static string Of(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>The path and both values of the first difference, or null when the values are equal.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: expected {Of(expected)}, actual {Of(actual)}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: expected {expected.GetType().Name}, actual {actual.GetType().Name}";
        }

        if (IsLeaf(expected))
        {
            return Equals(expected, actual) ? null : $"{path}: expected {Of(expected)}, actual {Of(actual)}";
        }

        if (expected is IEnumerable left && actual is IEnumerable right)
        {
            var a = left.Cast<object?>().ToList();
            var b = right.Cast<object?>().ToList();
            for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                if (FirstDifference(a[i], b[i], path + "[" + i + "]") is { } difference)
                {
                    return difference;
                }
            }

            return a.Count == b.Count ? null : $"{path}: expected {a.Count} items, actual {b.Count}";
        }

        foreach (var property in Properties(expected.GetType()))
        {
            if (FirstDifference(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    public static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || char.IsSurrogate(c) || c > '\u007e')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                builder.Append(Literal(text));
                return;
            case IFormattable formattable when IsLeaf(value):
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                if (value is DateTime dateTime)
                {
                    builder.Append(" (").Append(dateTime.Kind).Append(')');
                }

                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case IEnumerable items:
                builder.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    builder.Append(first ? string.Empty : ", ");
                    Write(builder, item, depth + 1);
                    first = false;
                }

                builder.Append(']');
                return;
        }

        if (depth > 12)
        {
            builder.Append("...");
            return;
        }

        builder.Append(value.GetType().Name).Append(" { ");
        var firstProperty = true;
        foreach (var property in Properties(value.GetType()))
        {
            builder.Append(firstProperty ? string.Empty : ", ").Append(property.Name).Append(" = ");
            Write(builder, property.GetValue(value), depth + 1);
            firstProperty = false;
        }

        builder.Append(" }");
    }

    private static bool IsLeaf(object value) =>
        value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal or DateTime or DateTimeOffset or DateOnly;

    private static PropertyInfo[] Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToArray();
}
