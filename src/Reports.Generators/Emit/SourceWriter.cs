using System;
using System.Text;

namespace Reports.Generators.Emit;

/// <summary>A small indented text writer for generated source (no syntax trees, no NormalizeWhitespace).</summary>
internal sealed class SourceWriter
{
    // A generator run writes every report's files, up to three writers at a time (a method body is written before the
    // lines around it) and a builder or two of text assembled beside them (a parser schema's nodes): builders are kept
    // per thread and reused, so writing allocates little beyond the text itself. At most four per thread, of at most
    // 128 K characters each, are kept.
    private const int PoolSize = 4;
    private const int MaxPooledCapacity = 128 * 1024;

    [ThreadStatic]
    private static StringBuilder?[]? t_pool;

    private StringBuilder _text = RentBuilder();
    private int _indent;
    private bool _closedBlock;

    /// <summary>Separates a statement from a block closed just before it by a blank line, as hand-written code is.</summary>
    public bool SpaceAfterBlocks { get; set; }

    public void Line(string line = "")
    {
        SpaceAfterBlock(line, 0, line.Length);

        // A line may hold several (a long constant split over lines): indent each of them.
        var start = 0;
        while (true)
        {
            var end = line.IndexOf('\n', start);
            var length = (end < 0 ? line.Length : end) - start;
            AppendIndented(line, start, length);
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    /// <summary>A line of <paramref name="before"/>, <paramref name="value"/> as a C# string literal and <paramref name="after"/>.</summary>
    public void QuotedLine(string before, string value, string after)
    {
        SpaceAfterBlock(before, 0, before.Length);
        _text.Append(' ', _indent * 4).Append(before);
        AppendQuoted(_text, value);
        _text.Append(after).Append('\n');
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        _closedBlock = true;
    }

    /// <summary>Appends lines written by another writer, indented to this writer's level.</summary>
    public void Raw(string lines, bool keepBlankLines = false)
    {
        var end = lines.Length;
        while (end > 0 && lines[end - 1] == '\n')
        {
            end--;
        }

        for (var start = 0; ;)
        {
            var newline = end > start ? lines.IndexOf('\n', start, end - start) : -1;
            var length = (newline < 0 ? end : newline) - start;
            if (length > 0 || keepBlankLines)
            {
                SpaceAfterBlock(lines, start, length);
                AppendIndented(lines, start, length);
            }

            if (newline < 0)
            {
                return;
            }

            start = newline + 1;
        }
    }

    private void SpaceAfterBlock(string text, int start, int length)
    {
        if (SpaceAfterBlocks && _closedBlock && length > 0 && !Begins(text, start, length, "}") && !Begins(text, start, length, "else"))
        {
            _text.Append('\n');
        }

        _closedBlock = false;
    }

    private static bool Begins(string text, int start, int length, string prefix) =>
        length >= prefix.Length && string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0;

    private void AppendIndented(string text, int start, int length)
    {
        if (length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(text, start, length);
        }

        _text.Append('\n');
    }

    public override string ToString() => _text.ToString();

    /// <summary>The text written; the writer gives its buffer back for reuse and cannot be written to after this.</summary>
    public string ToStringAndFree()
    {
        var text = _text.ToString();
        ReturnBuilder(_text);
        _text = null!;
        return text;
    }

    /// <summary>An empty builder from this thread's pool (or a new one), for text assembled beside a writer.</summary>
    public static StringBuilder RentBuilder()
    {
        var pool = t_pool;
        if (pool is not null)
        {
            for (var i = 0; i < pool.Length; i++)
            {
                if (pool[i] is { } builder)
                {
                    pool[i] = null;
                    return builder;
                }
            }
        }

        return new StringBuilder(1024);
    }

    /// <summary>Gives <paramref name="builder"/> back to this thread's pool; it must not be used after this.</summary>
    public static void ReturnBuilder(StringBuilder builder)
    {
        if (builder.Capacity > MaxPooledCapacity)
        {
            return;
        }

        builder.Clear();
        var pool = t_pool ??= new StringBuilder?[PoolSize];
        for (var i = 0; i < pool.Length; i++)
        {
            if (pool[i] is null)
            {
                pool[i] = builder;
                return;
            }
        }
    }

    /// <summary>A C# string literal for <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        if (!NeedsEscape(value))
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 8);
        AppendEscaped(builder, value);
        return builder.ToString();
    }

    private static bool NeedsEscape(string value)
    {
        foreach (var c in value)
        {
            if (c is '\\' or '"' || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends <paramref name="value"/> as a C# string literal.</summary>
    public static void AppendQuoted(StringBuilder builder, string value)
    {
        if (NeedsEscape(value))
        {
            AppendEscaped(builder, value);
        }
        else
        {
            builder.Append('"').Append(value).Append('"');
        }
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4"));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>
    /// A C# constant expression for a long text, one source line per Markdown line, joined with +.
    /// </summary>
    public static string QuoteLines(string value, string continuationIndent)
    {
        if (value.Length == 0)
        {
            return "\"\"";
        }

        var builder = new StringBuilder();
        var start = 0;
        while (start < value.Length)
        {
            var end = value.IndexOf('\n', start);
            var line = end < 0 ? value.Substring(start) : value.Substring(start, end - start + 1);
            if (builder.Length > 0)
            {
                builder.Append(" +\n").Append(continuationIndent);
            }

            builder.Append(Quote(line));
            start = end < 0 ? value.Length : end + 1;
        }

        return builder.ToString();
    }
}
