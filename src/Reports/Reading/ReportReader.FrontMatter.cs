using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Reports.Reading;

// The YAML front matter of a report type with front matter fields ([Field(Layout = FieldLayout.FrontMatter)]): one
// "key: value" line per field, between "---" lines at the top of the file. Only what MarkdownWriter.WriteFrontMatterValue
// writes and what people write by hand on one line is read: plain, single-quoted and double-quoted values, comments.
public static partial class ReportReader
{
    private static bool HasFrontMatterFields(RecordSchema root) => Array.Exists(root.Nodes, n => n.Kind == NodeKind.FrontMatter);

    /// <summary>
    /// Reads the front matter at the start of <paramref name="markdown"/> into <paramref name="values"/> (by slot of
    /// <paramref name="root"/>), with an error for each line that is not one of its fields; returns the text with the
    /// front matter's lines left empty, so that the lines of later errors are the file's. Lines of the template's own
    /// front matter (<paramref name="templateText"/>) and YAML comments are skipped.
    /// </summary>
    private static string ReadFrontMatter(string markdown, RecordSchema root, string? templateText, List<KeyValuePair<int, object?>> values, List<ReportParseError> errors)
    {
        // At the top, or at the top of the ```markdown fence a chat model put the whole report in.
        var top = 0;
        var count = FrontMatterLines(markdown, commentsFirst: true);
        if (count == 0 && TryUnwrapFence(markdown, out var inner, out var linesBefore))
        {
            top = linesBefore;
            count = FrontMatterLines(inner, commentsFirst: true);
        }

        if (count == 0)
        {
            return markdown;
        }

        var lines = markdown.Split('\n');
        var templateLines = new HashSet<string>(
            (templateText ?? string.Empty).Split('\n').Select(l => l.Trim(' ', '\t', '\r')).Where(l => l.Length > 0),
            StringComparer.Ordinal);
        var seen = new Dictionary<int, int>();
        for (var i = top + 1; i < top + count - 1; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.Trim(' ', '\t');
            var number = i + 1;
            if (trimmed.Length == 0 || trimmed[0] == '#' || templateLines.Contains(trimmed))
            {
                continue;
            }

            if (line[0] is ' ' or '\t' || trimmed[0] == '-')
            {
                errors.Add(new ReportParseError("RPT0203", number, 1, string.Empty, "a 'key: value' line of the front matter",
                    "'" + Reader.Shorten(trimmed) + "', a value nested in or continuing the line above; write each value on its key's line (in double quotes, with \\n, where it holds line breaks)"));
                continue;
            }

            var colon = KeyEnd(line);
            var key = colon < 0 ? null : line.Substring(0, colon).TrimEnd(' ', '\t');
            var slot = key is null ? -1 : Array.FindIndex(root.Nodes, n => n.Kind == NodeKind.FrontMatter && string.Equals(n.Label, key, StringComparison.OrdinalIgnoreCase));
            if (slot < 0)
            {
                var keys = string.Join(", ", root.Nodes.Where(n => n.Kind == NodeKind.FrontMatter).Select(n => "'" + n.Label + "'"));
                errors.Add(new ReportParseError("RPT0203", number, 1, string.Empty, "the front matter keys " + keys,
                    key is null
                        ? "'" + Reader.Shorten(trimmed) + "', which is not a 'key: value' line"
                        : "the key '" + key + "', which the report has no field for; remove the line, or give the report type a field with that key"));
                continue;
            }

            var node = root.Nodes[slot];
            if (seen.TryGetValue(slot, out var firstLine))
            {
                errors.Add(new ReportParseError("RPT0201", number, 1, node.Label, "'" + node.Label + "' once", "it a second time (first on line " + firstLine.ToString(CultureInfo.InvariantCulture) + ")"));
                continue;
            }

            seen.Add(slot, number);
            var start = colon + 1;
            while (start < line.Length && line[start] is ' ' or '\t')
            {
                start++;
            }

            if (!TryYamlScalar(line, start, out var text, out var quoted, out var problem))
            {
                errors.Add(new ReportParseError("RPT0202", number, start + 1, node.Label, "a YAML value on one line (plain, or in single or double quotes)", problem));
                continue;
            }

            if (!quoted && text.Length == 0)
            {
                // "status:" with nothing after it: not given.
                continue;
            }

            if (Reader.TryConvert(text, node.Value, out var value, out var expected))
            {
                values.Add(new KeyValuePair<int, object?>(slot, value));
            }
            else
            {
                errors.Add(new ReportParseError("RPT0202", number, start + 1, node.Label, expected, "'" + Reader.Shorten(text) + "'"));
            }
        }

        for (var i = top; i < top + count; i++)
        {
            lines[i] = string.Empty;
        }

        return string.Join("\n", lines);
    }

    /// <summary>Where the key of a <c>key: value</c> line ends: its first ':' followed by a blank or the end of the line, or -1.</summary>
    private static int KeyEnd(string line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads the YAML value that starts at <paramref name="start"/> of <paramref name="line"/> and runs to its end (a
    /// comment after it aside): a plain value, <c>'single'</c> (<c>''</c> for a quote) or <c>"double"</c> with YAML's escapes.
    /// </summary>
    private static bool TryYamlScalar(string line, int start, out string text, out bool quoted, out string problem)
    {
        text = string.Empty;
        problem = string.Empty;
        quoted = start < line.Length && line[start] is '"' or '\'';
        if (!quoted)
        {
            // A plain value ends where a comment starts (" #").
            var end = line.Length;
            for (var i = start; i < line.Length; i++)
            {
                if (line[i] == '#' && i > start && line[i - 1] is ' ' or '\t')
                {
                    end = i;
                    break;
                }
            }

            text = line.Substring(start, end - start).Trim(' ', '\t');
            return true;
        }

        var builder = new StringBuilder();
        var quote = line[start];
        var at = start + 1;
        while (true)
        {
            if (at >= line.Length)
            {
                problem = "a value opened with " + quote + " and never closed on its line";
                return false;
            }

            var c = line[at];
            if (c == quote)
            {
                if (quote == '\'' && at + 1 < line.Length && line[at + 1] == '\'')
                {
                    builder.Append('\'');
                    at += 2;
                    continue;
                }

                at++;
                break;
            }

            if (c == '\\' && quote == '"')
            {
                if (!TryYamlEscape(line, ref at, builder))
                {
                    problem = "'" + Reader.Shorten(line.Substring(at)) + "', an escape YAML does not know";
                    return false;
                }

                continue;
            }

            builder.Append(c);
            at++;
        }

        var rest = line.Substring(at).Trim(' ', '\t');
        if (rest.Length > 0 && rest[0] != '#')
        {
            problem = "'" + Reader.Shorten(rest) + "' after the quoted value; put the whole value in the quotes";
            return false;
        }

        text = builder.ToString();
        return true;
    }

    /// <summary>Decodes the escape at <paramref name="at"/> (a backslash) of a double-quoted YAML value and moves past it.</summary>
    private static bool TryYamlEscape(string line, ref int at, StringBuilder builder)
    {
        if (at + 1 >= line.Length)
        {
            return false;
        }

        var c = line[at + 1];
        var simple = c switch
        {
            '0' => "\uFFFD", // U+0000 reads as U+FFFD, as everywhere in a report
            'a' => "\a",
            'b' => "\b",
            't' or '\t' => "\t",
            'n' => "\n",
            'v' => "\v",
            'f' => "\f",
            'r' => "\r",
            'e' => "\u001B",
            ' ' => " ",
            '"' => "\"",
            '/' => "/",
            '\\' => "\\",
            'N' => "\u0085",
            '_' => "\u00A0",
            'L' => "\u2028",
            'P' => "\u2029",
            _ => null,
        };
        if (simple is not null)
        {
            builder.Append(simple);
            at += 2;
            return true;
        }

        var digits = c switch
        {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => 0,
        };
        if (digits == 0 || at + 2 + digits > line.Length
            || !int.TryParse(line.Substring(at + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code < 0 || code > 0x10FFFF)
        {
            return false;
        }

        at += 2 + digits;
        if (code is >= 0xD800 and <= 0xDBFF && at + 6 <= line.Length && line[at] == '\\' && line[at + 1] == 'u'
            && int.TryParse(line.Substring(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low) && low is >= 0xDC00 and <= 0xDFFF)
        {
            // "\ud83d\ude80", as JSON writes a character outside the first plane: one character.
            builder.Append((char)code).Append((char)low);
            at += 6;
            return true;
        }

        // U+0000 reads as U+FFFD, as everywhere in a report; so does a lone surrogate, which no text can hold.
        builder.Append(char.ConvertFromUtf32(code == 0 || code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
        return true;
    }
}
