using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AgentReports;

namespace Reports.Benchmarks;

/// <summary>The reports the benchmarks render and parse, and the checks that the alternatives agree.</summary>
public static class Fixtures
{
    /// <summary>Markdown metacharacters put into every string value of the escaping variant.</summary>
    public const string Metacharacters = " *bold* _under_ [link](x) `code` <tag> a|b ~strike~ & back\\slash #hash";

    public static TaskReport Task() => SampleReports.TaskReport();

    public static CodingImplementationReport Coding() => SampleReports.CodingImplementationReport();

    /// <summary>The sample Task Report with <see cref="Metacharacters"/> appended to every string value.</summary>
    public static TaskReport TaskWithMetacharacters() => (TaskReport)MapStrings(Task(), s => s + Metacharacters)!;

    /// <summary>
    /// The sample Task Report with its Test Environment list grown until the list's text is about
    /// <paramref name="bytes"/> characters (each item about 100 characters, so the count grows with the size).
    /// </summary>
    public static TaskReport TaskOfSize(int bytes)
    {
        var items = new List<string>();
        var total = 0;
        for (var i = 0; total < bytes; i++)
        {
            var item = $"Environment {i:D7}: Ubuntu 24.04, .NET 10.0.1, Redis 7.2 in Docker, 6 API instances, docker compose";
            items.Add(item);
            total += item.Length;
        }

        var r = Task();
        return r with
        {
            Implementation = r.Implementation! with
            {
                SelfTest = r.Implementation.SelfTest! with { Environment = Reports.ReportList.Create<string>(items.ToArray()) },
            },
        };
    }

    /// <summary>Copies a report graph, mapping every string property and list item through <paramref name="map"/>.</summary>
    private static object? MapStrings(object? value, Func<string, string> map)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return map(s);
            case Enum or ValueType:
                return value;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Reports.ReportList<>))
        {
            var itemType = type.GetGenericArguments()[0];
            var items = ((IEnumerable)value).Cast<object?>().Select(x => MapStrings(x, map)).ToArray();
            var array = Array.CreateInstance(itemType, items.Length);
            Array.Copy(items, array, items.Length);
            return Activator.CreateInstance(type, array);
        }

        if (type.Namespace != typeof(TaskReport).Namespace && type != typeof(Reports.CodeBlock))
        {
            return value;
        }

        var copy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(value, null)!;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (p.CanWrite && p.GetIndexParameters().Length == 0)
            {
                p.SetValue(copy, MapStrings(p.GetValue(value), map));
            }
        }

        return copy;
    }

    /// <summary>Throws when <paramref name="actual"/> differs from <paramref name="expected"/>, naming the first difference.</summary>
    public static void AssertSame(string what, string expected, string actual)
    {
        if (expected == actual)
        {
            return;
        }

        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        var from = Math.Max(0, i - 80);
        throw new InvalidOperationException(
            $"{what}: the text differs from the generated ToMarkdown() at index {i} (lengths {expected.Length} and {actual.Length}).\n" +
            $"expected: ...{Show(expected, from, i)}\nactual:   ...{Show(actual, from, i)}");
    }

    private static string Show(string s, int from, int at) =>
        s.Substring(from, Math.Min(s.Length, at + 80) - from).Replace("\n", "\\n", StringComparison.Ordinal);
}

/// <summary>
/// The floor of rendering: one exact-size <see cref="string.Create{TState}"/> that copies precomputed pieces.
/// The pieces come from splitting the generated text once: each line's Markdown syntax (list marker, bold label,
/// heading, rule, blank line) is joined with the line break before it into one literal segment, and the rest of the
/// line is a value segment (already escaped), so the floor copies about as many pieces as the generated code writes.
/// <see cref="RenderChecked"/> is the same copy plus the least any escaping writer must do: look at every character of
/// every value segment once, at vector speed, for one that may need escaping.
/// </summary>
public sealed class Floor
{
    private static readonly System.Text.RegularExpressions.Regex Syntax = new(
        @"^( *(?:[-*+] |\d+\. )?(?:\*\*[^*\n]*\*\*:? ?)?)", System.Text.RegularExpressions.RegexOptions.Compiled);

    // Printable ASCII that needs no escaping anywhere inside a line: a value made of these alone is copied as it is.
    // Any other character (Markdown punctuation, a control, non-ASCII) sends a writer to a closer look. The same set as
    // MarkdownWriter's private Ordinary, which decides the writer's fast path: keep the two alike.
    private static readonly SearchValues<char> Ordinary = SearchValues.Create(
        " !\"$%'()+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ^abcdefghijklmnopqrstuvwxyz{}\u007f");

    private readonly string[] _segments;
    private readonly bool[] _isValue;
    private readonly int _length;
    private int _flagged;

    public Floor(string rendered)
    {
        var segments = new List<string>();
        var isValue = new List<bool>();
        var literal = new System.Text.StringBuilder();
        var lines = rendered.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var syntax = line.Length == 0 || line[0] == '#' || line == "---" ? line.Length : Syntax.Match(line).Length;
            literal.Append(line, 0, syntax);
            if (syntax < line.Length)
            {
                segments.Add(literal.ToString());
                isValue.Add(false);
                literal.Clear();
                segments.Add(line.Substring(syntax));
                isValue.Add(true);
            }

            if (i < lines.Length - 1)
            {
                literal.Append('\n');
            }
        }

        if (literal.Length > 0)
        {
            segments.Add(literal.ToString());
            isValue.Add(false);
        }

        _segments = segments.ToArray();
        _isValue = isValue.ToArray();
        _length = rendered.Length;
        Fixtures.AssertSame("floor", rendered, Render());
        Fixtures.AssertSame("checked floor", rendered, RenderChecked());
    }

    public int SegmentCount => _segments.Length;

    public int ValueSegmentCount => _isValue.Count(v => v);

    /// <summary>How many value segments the last <see cref="RenderChecked"/> found a character needing a closer look in.</summary>
    public int Flagged => _flagged;

    public string Render() => string.Create(_length, _segments, static (span, segments) =>
    {
        var pos = 0;
        foreach (var s in segments)
        {
            s.AsSpan().CopyTo(span.Slice(pos));
            pos += s.Length;
        }
    });

    public string RenderChecked() => string.Create(_length, this, static (span, floor) =>
    {
        var segments = floor._segments;
        var isValue = floor._isValue;
        var pos = 0;
        var flagged = 0;
        for (var k = 0; k < segments.Length; k++)
        {
            var s = segments[k];
            if (isValue[k] && s.AsSpan().IndexOfAnyExcept(Ordinary) >= 0)
            {
                flagged++;
            }

            s.AsSpan().CopyTo(span.Slice(pos));
            pos += s.Length;
        }

        floor._flagged = flagged;
    });
}

/// <summary>A reused buffer: <see cref="ArrayBufferWriter{T}.Clear"/> per operation, so a warm writer allocates nothing.</summary>
public static class Buffers
{
    public static ArrayBufferWriter<char> Create() => new(1 << 16);
}
