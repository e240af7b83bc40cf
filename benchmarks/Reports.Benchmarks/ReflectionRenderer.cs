using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using static Reports.Benchmarks.Md;

namespace Reports.Benchmarks;

/// <summary>
/// What a user might write instead of a generator: walk the record with reflection and read the same attributes
/// at run time (property lists and attributes are cached per type, values are read with PropertyInfo.GetValue).
/// It renders the filled layout the Task Report uses: sections, nested sections, bullet/line/paragraph/block
/// fields, text, lists of strings and [Inline] records (plain, numbered, loose with item titles), repeated
/// sections, enum options and their emoji, dates, numbers and suffixes. It does not write blank templates for
/// missing required parts, tables, checklists, indicators or code blocks.
/// </summary>
public static class ReflectionRenderer
{
    private sealed record Member(PropertyInfo Property, Attribute? Part, RepeatedAttribute? Repeated, bool IsText, bool IsTitleValue);

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();
    private static readonly ConcurrentDictionary<Type, (string Format, PropertyInfo[] Props)?> Inlines = new();

    public static string Render(object report)
    {
        var type = report.GetType();
        var sb = new StringBuilder(8192);
        var title = type.GetCustomAttribute<ReportAttribute>()!.Title!;
        sb.Append("# ");
        WriteFormat(sb, title, p => ResolvePath(report, p), Ctx.Heading, code: false);
        sb.Append('\n');
        foreach (var m in MembersOf(type))
        {
            if (m.Part is SectionAttribute s)
            {
                WriteSection(sb, s, m, m.Property.GetValue(report), 2);
            }
        }

        return sb.ToString();
    }

    private static Member[] MembersOf(Type type) => Members.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .OrderBy(p => p.MetadataToken)
        .Select(p => new Member(
            p,
            (Attribute?)p.GetCustomAttribute<SectionAttribute>() ?? (Attribute?)p.GetCustomAttribute<FieldAttribute>() ?? p.GetCustomAttribute<ListAttribute>(),
            p.GetCustomAttribute<RepeatedAttribute>(),
            p.GetCustomAttribute<TextAttribute>() is not null,
            p.GetCustomAttribute<TitleValueAttribute>() is not null))
        .Where(m => m.Part is not null || m.IsText || m.IsTitleValue)
        .ToArray());

    private static object? ResolvePath(object root, string path)
    {
        object? value = root;
        foreach (var name in path.Split('.'))
        {
            value = value?.GetType().GetProperty(name)!.GetValue(value);
        }

        return value;
    }

    private static void WriteSection(StringBuilder sb, SectionAttribute s, Member m, object? value, int level)
    {
        if (value is IReadOnlyList<object> { Count: 0 } && s.Optional && m.Repeated is null)
        {
            return;
        }

        if (value is null)
        {
            return; // a filled report: no blank templates
        }

        if (s.RuleBefore)
        {
            sb.Append("\n---\n");
        }

        sb.Append('\n').Append('#', level).Append(' ').Append(s.Heading).Append('\n');
        if (m.Repeated is { } rep)
        {
            var items = (IReadOnlyList<object>)value;
            if (items.Count == 0)
            {
                if (rep.EmptyText is { } empty)
                {
                    sb.Append('\n').Append(empty).Append('\n');
                }

                return;
            }

            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i]!;
                sb.Append('\n');
                if (rep.AsLabel)
                {
                    sb.Append("**");
                    WriteFormat(sb, rep.Title, p => p == "n" ? i + 1 : TitleValue(item), Ctx.Inline, code: false, "**");
                    sb.Append("**:\n");
                }
                else
                {
                    sb.Append("**");
                    WriteFormat(sb, rep.Title, p => p == "n" ? i + 1 : TitleValue(item), Ctx.Inline, code: false, "**");
                    sb.Append("**\n");
                }

                WriteBody(sb, item, level + 1, attached: true, indent: "");
            }

            return;
        }

        if (value is string text)
        {
            sb.Append('\n');
            AppendMultiLine(sb, text);
            sb.Append('\n');
            return;
        }

        WriteBody(sb, value, level + 1, attached: s.Compact, indent: "");
    }

    private static object? TitleValue(object item) =>
        MembersOf(item.GetType()).First(x => x.IsTitleValue).Property.GetValue(item);

    private static void WriteBody(StringBuilder sb, object record, int level, bool attached, string indent)
    {
        var group = attached ? FieldLayout.Bullet : (FieldLayout?)null;
        var first = true;
        foreach (var m in MembersOf(record.GetType()))
        {
            if (m.IsTitleValue && m.Part is null)
            {
                continue;
            }

            var value = m.Property.GetValue(record);
            if (m.IsText)
            {
                Close(sb, ref group);
                sb.Append('\n');
                AppendMultiLine(sb, (string)value!);
                sb.Append('\n');
                continue;
            }

            switch (m.Part)
            {
                case FieldAttribute f:
                    if (value is null && f.Optional)
                    {
                        continue;
                    }

                    if (f.Layout == FieldLayout.Bullet)
                    {
                        if (group == FieldLayout.Line)
                        {
                            Close(sb, ref group);
                        }

                        if (group != FieldLayout.Bullet || (first && !attached))
                        {
                            sb.Append('\n');
                        }

                        group = FieldLayout.Bullet;
                        sb.Append(indent).Append("- **").Append(f.Label).Append("**: ");
                        WriteValue(sb, value, f);
                        sb.Append('\n');
                    }
                    else if (f.Layout == FieldLayout.Line)
                    {
                        if (group == FieldLayout.Line)
                        {
                            sb.Append("  \n");
                        }
                        else
                        {
                            sb.Append('\n');
                        }

                        group = FieldLayout.Line;
                        sb.Append("**").Append(f.Label).Append("**: ");
                        WriteValue(sb, value, f);
                    }
                    else
                    {
                        Close(sb, ref group);
                        sb.Append("\n**").Append(f.Label).Append(f.Layout == FieldLayout.Block ? "**:\n" : "**: ");
                        if (value is string s)
                        {
                            AppendMultiLine(sb, s);
                        }
                        else
                        {
                            WriteValue(sb, value, f);
                        }

                        sb.Append('\n');
                    }

                    break;
                case ListAttribute l:
                    Close(sb, ref group);
                    WriteList(sb, l, (IReadOnlyList<object>)value!);
                    break;
                case SectionAttribute s:
                    Close(sb, ref group);
                    WriteSection(sb, s, m, value, level);
                    break;
            }

            first = false;
        }

        Close(sb, ref group);
    }

    private static void Close(StringBuilder sb, ref FieldLayout? group)
    {
        if (group == FieldLayout.Line)
        {
            sb.Append('\n');
        }

        group = null;
    }

    private static void WriteList(StringBuilder sb, ListAttribute l, IReadOnlyList<object> items)
    {
        if (items.Count == 0)
        {
            if (l.Optional && l.EmptyText is null)
            {
                return;
            }

            sb.Append("\n**").Append(l.Label).Append("**: ").Append(l.EmptyText).Append('\n');
            return;
        }

        sb.Append("\n**").Append(l.Label).Append("**:\n");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i]!;
            var marker = l.Numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            if (l.Loose)
            {
                sb.Append('\n');
            }

            sb.Append(marker);
            if (l.ItemTitle is { } itemTitle)
            {
                sb.Append("**");
                WriteFormat(sb, itemTitle, p => ResolvePath(item, p), Ctx.Inline, code: false, "**");
                sb.Append("**\n");
                WriteBody(sb, item, 0, attached: true, indent: new string(' ', marker.Length));
                continue;
            }

            if (item is string s)
            {
                AppendText(sb, s, Ctx.LineStart);
            }
            else if (Inlines.GetOrAdd(item.GetType(), static t => t.GetCustomAttribute<InlineAttribute>() is { } a
                         ? (a.Format, t.GetProperties()) : null) is { } inline)
            {
                WriteFormat(sb, inline.Format, p => Array.Find(inline.Props, x => x.Name == p)!.GetValue(item), Ctx.LineStart, code: true);
            }

            sb.Append('\n');
        }
    }

    private static void WriteValue(StringBuilder sb, object? value, FieldAttribute f)
    {
        switch (value)
        {
            case string s:
                AppendText(sb, s);
                break;
            case Enum e:
                sb.Append(Options.Label(e, emoji: !f.HideEmoji));
                break;
            case DateOnly d:
                sb.Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IFormattable n:
                sb.Append(n.ToString(null, CultureInfo.InvariantCulture));
                break;
        }

        if (f.Suffix is { } suffix)
        {
            sb.Append(suffix);
        }
    }

    /// <summary>Writes "literal {Name} literal" formats: placeholders inside a code span are written raw.</summary>
    private static void WriteFormat(StringBuilder sb, string format, Func<string, object?> resolve, Ctx firstContext, bool code, string? tail = null)
    {
        var pos = 0;
        var inCode = false;
        while (pos < format.Length)
        {
            var open = format.IndexOf('{', pos);
            if (open < 0)
            {
                sb.Append(format, pos, format.Length - pos);
                return;
            }

            var literal = format.AsSpan(pos, open - pos);
            sb.Append(literal);
            foreach (var c in literal)
            {
                if (c == '`')
                {
                    inCode = !inCode;
                }
            }

            var close = format.IndexOf('}', open);
            var name = format.Substring(open + 1, close - open - 1);
            var next = format.IndexOf('{', close);
            var stop = next < 0 ? (close + 1 < format.Length ? format.Substring(close + 1) : tail) : format.Substring(close + 1, next - close - 1);
            var context = open == 0 ? firstContext : (firstContext == Ctx.Heading ? Ctx.Heading : Ctx.Inline);
            var value = resolve(name);
            switch (value)
            {
                case string s when inCode && code:
                    sb.Append(s);
                    break;
                case string s:
                    AppendText(sb, s, context, string.IsNullOrEmpty(stop) ? null : stop);
                    break;
                case IFormattable n:
                    sb.Append(n.ToString(null, CultureInfo.InvariantCulture));
                    break;
            }

            pos = close + 1;
        }
    }
}
