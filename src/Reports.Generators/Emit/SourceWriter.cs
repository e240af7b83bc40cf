using System;
using System.Text;

namespace Reports.Generators.Emit;

/// <summary>A small indented text writer for generated source (no syntax trees, no NormalizeWhitespace).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;
    private bool _closedBlock;

    /// <summary>Separates a statement from a block closed just before it by a blank line, as hand-written code is.</summary>
    public bool SpaceAfterBlocks { get; set; }

    public void Line(string line = "")
    {
        if (SpaceAfterBlocks && _closedBlock && line.Length > 0 && !line.StartsWith("}", StringComparison.Ordinal)
            && !line.StartsWith("else", StringComparison.Ordinal))
        {
            _text.Append('\n');
        }

        _closedBlock = false;

        // A line may hold several (a long constant split over lines): indent each of them.
        var start = 0;
        while (true)
        {
            var end = line.IndexOf('\n', start);
            var length = (end < 0 ? line.Length : end) - start;
            if (length > 0)
            {
                _text.Append(' ', _indent * 4);
                _text.Append(line, start, length);
            }

            _text.Append('\n');
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
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
        var split = lines.TrimEnd('\n').Split('\n');
        foreach (var line in split)
        {
            if (line.Length > 0 || keepBlankLines)
            {
                Line(line);
            }
        }
    }

    public override string ToString() => _text.ToString();

    /// <summary>A C# string literal for <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
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
        return builder.ToString();
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
