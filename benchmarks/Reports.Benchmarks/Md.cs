using System;
using System.Globalization;
using System.Text;

namespace Reports.Benchmarks;

/// <summary>
/// The escaping a hand-written renderer (or a template helper) would need to produce the same Markdown as
/// the generated code: a port of MarkdownWriter's rules (its escaping is private to the runtime). The
/// alternatives below all call this, so they pay the same escaping cost as the generated code.
/// </summary>
public static class Md
{
    public enum Ctx { Inline, LineStart, Heading }

    public static string Escape(string value, Ctx context = Ctx.Inline, string? stop = null)
    {
        if (value.Length == 0 || !NeedsEscaping(value, context, stop))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 8);
        Append(sb, value, context, stop, multiLine: false);
        return sb.ToString();
    }

    public static string EscapeMultiLine(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        Append(sb, value, Ctx.LineStart, null, multiLine: true);
        return sb.ToString();
    }

    public static void AppendText(StringBuilder sb, string value, Ctx context = Ctx.Inline, string? stop = null)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (!NeedsEscaping(value, context, stop))
        {
            sb.Append(value);
            return;
        }

        Append(sb, value, context, stop, multiLine: false);
    }

    public static void AppendMultiLine(StringBuilder sb, string value) => Append(sb, value, Ctx.LineStart, null, multiLine: true);

    public static string Date(DateOnly? d) => d is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    private static void Append(StringBuilder sb, string value, Ctx context, string? stop, bool multiLine)
    {
        if (value.Length == 0)
        {
            if (multiLine)
            {
                sb.Append('\\');
            }

            return;
        }

        var lineStart = context == Ctx.LineStart;
        var lineBegin = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n' && multiLine)
            {
                if (i == lineBegin)
                {
                    sb.Append('\\');
                }

                sb.Append('\n');
                lineBegin = i + 1;
                continue;
            }

            var atStart = i == lineBegin;
            if (stop is not null && stop.Length > 0 && c == stop[0] && string.CompareOrdinal(value, i, stop, 0, stop.Length) == 0)
            {
                CharRef(sb, c);
                continue;
            }

            switch (c)
            {
                case '\n':
                    sb.Append("&#10;");
                    continue;
                case '\r':
                    sb.Append("&#13;");
                    continue;
                case ' ' or '\t':
                    if (atStart || BlankRunToLineEnd(value, i, multiLine) || PrecedesOnlyBlanks(value, lineBegin, i))
                    {
                        CharRef(sb, c);
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    continue;
                case '\\' or '`' or '*' or '[' or ']' or '<' or '|' or '~' or '&':
                case '>' when atStart && (lineStart || multiLine):
                    sb.Append('\\').Append(c);
                    continue;
                case '_':
                    if (i > 0 && i + 1 < value.Length && char.IsLetterOrDigit(value[i - 1]) && char.IsLetterOrDigit(value[i + 1]))
                    {
                        sb.Append(c);
                    }
                    else
                    {
                        sb.Append('\\').Append(c);
                    }

                    continue;
                case '#' when context == Ctx.Heading || (atStart && (lineStart || multiLine)):
                case '-' or '+' or '=' when atStart && (lineStart || multiLine):
                    sb.Append('\\').Append(c);
                    continue;
                case '.' or ')' when (lineStart || multiLine) && OrderedListMarker(value, lineBegin, i):
                    sb.Append('\\').Append(c);
                    continue;
            }

            if (c < ' ' && c != '\t')
            {
                CharRef(sb, c);
                continue;
            }

            if (IsBlank(c) && (atStart || BlankRunToLineEnd(value, i, multiLine) || PrecedesOnlyBlanks(value, lineBegin, i)))
            {
                CharRef(sb, c);
                continue;
            }

            sb.Append(c);
        }

        if (multiLine && lineBegin == value.Length)
        {
            sb.Append('\\');
        }
    }

    private static void CharRef(StringBuilder sb, char c) => sb.Append("&#").Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');

    private static bool NeedsEscaping(string value, Ctx context, string? stop)
    {
        if (IsBlank(value[0]) || IsBlank(value[value.Length - 1]))
        {
            return true;
        }

        if (context != Ctx.Inline)
        {
            var first = value[0];
            if (first is '#' or '-' or '+' or '=' or '>' || (first >= '0' && first <= '9'))
            {
                return true;
            }
        }

        foreach (var c in value)
        {
            if (c < ' ' || c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' or '~' or '&' || char.IsSurrogate(c) || (c == '#' && context == Ctx.Heading))
            {
                return true;
            }

            if (stop is not null && stop.Length > 0 && c == stop[0])
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlank(char c) => c == ' ' || c == '\t' || (c > '\u007f' && char.IsWhiteSpace(c));

    private static bool BlankRunToLineEnd(string value, int i, bool multiLine)
    {
        for (var j = i; j < value.Length; j++)
        {
            var c = value[j];
            if (c == '\n' && multiLine)
            {
                return true;
            }

            if (!IsBlank(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool PrecedesOnlyBlanks(string value, int lineBegin, int i)
    {
        for (var j = lineBegin; j < i; j++)
        {
            if (!IsBlank(value[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OrderedListMarker(string value, int lineBegin, int i)
    {
        if (i == lineBegin || i - lineBegin > 9)
        {
            return false;
        }

        for (var j = lineBegin; j < i; j++)
        {
            if (value[j] < '0' || value[j] > '9')
            {
                return false;
            }
        }

        return i + 1 == value.Length || value[i + 1] is ' ' or '\t' or '\n';
    }
}
