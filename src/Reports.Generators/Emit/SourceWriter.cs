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

    // The text being copied by Raw, kept per thread like the builders (and no larger than they are kept).
    [ThreadStatic]
    private static char[]? t_buffer;

    private StringBuilder _text = RentBuilder();
    private int _indent;
    private bool _closedBlock;

    /// <summary>Separates a statement from a block closed just before it by a blank line, as hand-written code is.</summary>
    public bool SpaceAfterBlocks { get; set; }

    public void Line(string line = "")
    {
        SpaceAfterBlock(line);

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
        SpaceAfterBlock(before);
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

    /// <summary>Appends the lines in <paramref name="lines"/>, indented to this writer's level.</summary>
    public void Raw(StringBuilder lines, bool keepBlankLines = false)
    {
        var length = lines.Length;
        var buffer = Buffer(length);
        lines.CopyTo(0, buffer, 0, length);
        AppendLines(buffer, length, keepBlankLines);
    }

    /// <summary>
    /// Appends the lines written by <paramref name="other"/>, indented to this writer's level, and frees it (as
    /// <see cref="ToStringAndFree"/> does): its text is copied over without being made a string first.
    /// </summary>
    public void Raw(SourceWriter other, bool keepBlankLines = false)
    {
        Raw(other._text, keepBlankLines);
        ReturnBuilder(other._text);
        other._text = null!;
    }

    // Appends the lines of the thread's buffer, which nothing this calls writes to.
    private void AppendLines(char[] lines, int length, bool keepBlankLines)
    {
        var end = length;
        while (end > 0 && lines[end - 1] == '\n')
        {
            end--;
        }

        for (var start = 0; ;)
        {
            var newline = end > start ? Array.IndexOf(lines, '\n', start, end - start) : -1;
            var lineLength = (newline < 0 ? end : newline) - start;
            if (lineLength > 0 || keepBlankLines)
            {
                SpaceAfterBlock(lineLength > 0, ContinuesBlock(lines, start, lineLength));
                AppendIndentation(lineLength).Append(lines, start, lineLength).Append('\n');
            }

            if (newline < 0)
            {
                return;
            }

            start = newline + 1;
        }
    }

    private static char[] Buffer(int length)
    {
        var buffer = t_buffer;
        if (buffer is null || buffer.Length < length)
        {
            buffer = new char[Math.Max(length, 4096)];
            if (length <= MaxPooledCapacity)
            {
                t_buffer = buffer;
            }
        }

        return buffer;
    }

    /// <summary>Whether a line closes a block or continues it (<c>}</c>, <c>else</c>): no blank line goes before it.</summary>
    private static bool ContinuesBlock(char[] text, int start, int length) =>
        length > 0 && (text[start] == '}' || (length >= 4 && text[start] == 'e' && text[start + 1] == 'l' && text[start + 2] == 's' && text[start + 3] == 'e'));

    private void SpaceAfterBlock(string line) =>
        SpaceAfterBlock(line.Length > 0, line.StartsWith("}", StringComparison.Ordinal) || line.StartsWith("else", StringComparison.Ordinal));

    private void SpaceAfterBlock(bool hasText, bool continuesBlock)
    {
        if (SpaceAfterBlocks && _closedBlock && hasText && !continuesBlock)
        {
            _text.Append('\n');
        }

        _closedBlock = false;
    }

    private void AppendIndented(string text, int start, int length) =>
        AppendIndentation(length).Append(text, start, length).Append('\n');

    /// <summary>The indentation of a line of <paramref name="length"/> characters: none for a blank line.</summary>
    private StringBuilder AppendIndentation(int length) => length > 0 ? _text.Append(' ', _indent * 4) : _text;

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
