using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Reports.Generators.Model;

namespace Reports.Generators.Emit;

/// <summary>
/// The one description of how a report is laid out. It walks the model and sends constant text and
/// value writes to a <see cref="RenderTarget"/>. In template mode every value becomes its placeholder and
/// lists show their example items, so the whole output is constant text: the blank template. In filled
/// mode values become <c>MarkdownWriter</c> calls; a required part that is missing is written as its
/// template, so a draft shows what is still to be filled.
/// </summary>
internal sealed class LayoutWriter
{
    private const string Separator = ReportPaths.Separator;

    private readonly RenderTarget _target;
    private ReportStyle _style = ReportStyle.Default;
    private readonly SectionMethodQueue _pendingMethods;
    private bool _template;
    private int _example;
    private Written _written;
    private bool _attach;

    // What the free text of the record being written must not start like, one per line, or null (see TextAvoids).
    private string? _textAvoids;

    // The record being written (its parts are the labels a repeated block's free text must not start like).
    private RecordModel? _record;

    // Blank lines the template leaves before the next block beyond the one every block gets (BlankLinesBefore).
    private int _extraBlankLines;

    // The section whose body is being written (a Markdown body must not start or end with its guidance).
    private MemberModel? _section;
    private int _variables;

    // The expressions the code being written has just tested for null (inside their "is not null" branch).
    private readonly List<string> _present = new();

    // The collections the code being written has just tested to hold items (inside their "Count > 0" branch).
    private readonly List<string> _filled = new();

    private LayoutWriter(RenderTarget target, bool template, SectionMethodQueue pendingMethods)
    {
        _target = target;
        _template = template;
        _pendingMethods = pendingMethods;
    }

    private enum Written
    {
        No,
        Maybe,
        Yes,
    }

    /// <summary>A section record written by a method of its own (filled mode).</summary>
    internal sealed record SectionMethod(string Name, RecordModel Record, int Level, string Path, ReportStyle Style, bool Attach);

    /// <summary>The report-wide options of how parts are written, which section methods carry along.</summary>
    internal sealed record ReportStyle(int CompactLevel, LabelStyle LabelStyle, string LineBreak, string Bullet)
    {
        public static ReportStyle Default { get; } = new(0, LabelStyle.ColonAfterBold, HardBreak, "- ");

        public static ReportStyle Of(ReportModel report) => new(
            report.CompactHeadingLevel,
            report.LabelStyle == LabelStyle.Default ? LabelStyle.ColonAfterBold : report.LabelStyle,
            report.SoftLineBreaks ? "\n" : HardBreak,
            report.Bullet + " ");
    }

    /// <summary>Two trailing spaces and a line break: the next line of the paragraph starts on a line of its own.</summary>
    private const string HardBreak = "  \n";

    /// <summary>Section methods still to be emitted, and every name given out so far.</summary>
    internal sealed class SectionMethodQueue : Queue<SectionMethod>
    {
        public Dictionary<string, SectionMethod> Named { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The blank template of a report.</summary>
    public static string RenderTemplate(ReportModel report)
    {
        var target = new TemplateTarget();
        new LayoutWriter(target, template: true, new SectionMethodQueue()).WriteDocument(report, "this");
        return target.ToString();
    }

    /// <summary>The body of the root's write method; section methods still to be emitted are queued.</summary>
    public static void WriteDocumentCode(ReportModel report, CodeTarget target, SectionMethodQueue methods) =>
        new LayoutWriter(target, template: false, methods).WriteDocument(report, "this");

    /// <summary>The body of a section record's write method (its heading is already written).</summary>
    public static void WriteSectionCode(SectionMethod method, CodeTarget target, SectionMethodQueue methods)
    {
        var writer = new LayoutWriter(target, template: false, methods) { _written = Written.Yes, _style = method.Style, _attach = method.Attach };
        writer.WriteMembers(method.Record, "section", method.Level + 1, Indent.None, method.Path);
    }

    private void WriteDocument(ReportModel report, string self)
    {
        _style = ReportStyle.Of(report);
        WriteFrontMatter(report, self);
        if (_template && report.Preamble is not null && report.PreambleAboveTitle)
        {
            BeginBlock();
            Literal(report.Preamble + "\n");
        }

        if (report.Title is not null)
        {
            BeginBlock();
            Literal("# ");
            WriteFormat(report.Title, self, TextContext.Heading, null, "Title", number: null, fenced: false);
            Literal("\n");
        }

        if (_template && report.Preamble is not null && !report.PreambleAboveTitle)
        {
            // The template's opening comment or note: a report is written without it.
            BeginBlock();
            Literal(report.Preamble + "\n");
        }

        WriteMembers(report.Root, self, report.SectionLevel, Indent.None, string.Empty, FirstTextLine(report.Preamble));
        if (report.Footer is not null)
        {
            if (report.RuleBeforeFooter)
            {
                BeginBlock();
                Literal("---\n");
            }

            BeginBlock();
            Literal(report.Footer + "\n");
        }

        if (_template && report.TrailingBlankLines > 0)
        {
            Literal(new string('\n', report.TrailingBlankLines));
        }
    }

    /// <summary>
    /// Writes the YAML front matter: in the template, the template's own lines (<see cref="ReportModel.FrontMatter"/>) and
    /// each front matter field with its placeholder; in a report, the fields alone (an optional one left out when null).
    /// </summary>
    private void WriteFrontMatter(ReportModel report, string self)
    {
        var fields = report.Root.Members.Where(m => m is { Kind: MemberKind.Field, Layout: FieldLayout.FrontMatter }).ToList();
        if (fields.Count == 0 && !(_template && report.FrontMatter is not null))
        {
            return;
        }

        var write = () =>
        {
            BeginBlock();
            Literal("---\n");
            if (_template && report.FrontMatter is { } text)
            {
                Literal(text + (text.EndsWith("\n", StringComparison.Ordinal) ? string.Empty : "\n"));
            }

            foreach (var field in fields)
            {
                WriteFrontMatterField(field, self + "." + field.PropertyName);
            }

            Literal("---\n");
        };

        if (!_template && fields.All(f => f.Optional))
        {
            // Nothing to write when every field is left out: no empty front matter.
            If(string.Join(" || ", fields.Select(f => self + "." + f.PropertyName + " is not null")), write);
            if (report.CompactFrontMatter)
            {
                // The front matter opens the file: written or not, what follows it takes no blank line.
                _written = Written.No;
            }

            return;
        }

        write();
        _attach = report.CompactFrontMatter;
    }

    /// <summary>A front matter line, <c>key: value</c>: plain or double-quoted YAML (see <c>MarkdownWriter.WriteFrontMatterValue</c>).</summary>
    private void WriteFrontMatterField(MemberModel field, string expression)
    {
        var templateLine = () =>
        {
            var placeholder = TemplateValue(field, field.Value);
            Literal(field.Label + ":" + (placeholder.Length == 0 ? string.Empty : " " + placeholder) + "\n");
        };

        if (_template)
        {
            templateLine();
            return;
        }

        WriteNullable(field, expression, present =>
        {
            Literal(field.Label + ": ");
            var path = Quote(field.Label);
            switch (field.Value.Kind)
            {
                case ValueKind.Enum:
                    WriteEnum(field, present, o => o.Display(field.HideEmoji), field.Label, "w.WriteFrontMatterValue(", ", " + path + ", text: false);");
                    break;
                case ValueKind.Boolean:
                    Statement("w.Write(" + present + " ? \"true\" : \"false\");");
                    break;
                default:
                    Statement("w.WriteFrontMatterValue(" + ToInvariantString(present, field.Value) + ", " + path
                        + (field.Value.Kind == ValueKind.String ? string.Empty : ", text: false") + ");");
                    break;
            }

            Literal("\n");
        }, () =>
        {
            if (!field.Optional)
            {
                templateLine();
            }
        });
    }

    /// <param name="record">The record.</param>
    /// <param name="self">The expression for it.</param>
    /// <param name="level">The heading level of its sections.</param>
    /// <param name="indent">The indentation of its parts.</param>
    /// <param name="path">Its path.</param>
    /// <param name="avoid">
    /// More starts its free text must not read as, one per line: the preamble's first line (free text first in the report
    /// must not read as the preamble an agent kept), or a repeated block's title and the labels of the record around it.
    /// </param>
    private void WriteMembers(RecordModel record, string self, int level, Indent indent, string path, string? avoid = null)
    {
        var saved = _textAvoids;
        var savedRecord = _record;
        _record = record;
        _textAvoids = TextAvoids(record);
        if (avoid is not null)
        {
            _textAvoids = _textAvoids is null ? avoid : _textAvoids + "\n" + avoid;
        }

        WriteMembersOf(record, self, level, indent, path);
        _textAvoids = saved;
        _record = savedRecord;
    }

    /// <summary>The first line of <paramref name="preamble"/> outside its HTML comments, trimmed, or null.</summary>
    private static string? FirstTextLine(string? preamble) => preamble is null ? null
        : HtmlComments.Remove(preamble)
            .Split('\n').Select(l => l.Trim(' ', '\t')).FirstOrDefault(l => l.Length > 0);

    /// <summary>
    /// The labels the record's free text must not start with, one per line, or null: those of its plain line fields and
    /// plain list, table and checklist labels, and those of the fields of its groups (a paragraph after a group reads as the group's when it starts with one of them).
    /// </summary>
    private static string? TextAvoids(RecordModel record)
    {
        var labels = record.Members
            .Where(m => m is { Kind: MemberKind.Field, Layout: FieldLayout.Line or FieldLayout.Quote, LabelStyle: LabelStyle.Plain or LabelStyle.PlainNoColon }
                or { Kind: MemberKind.Field, Layout: FieldLayout.Heading }
                or { Kind: MemberKind.List or MemberKind.Checklist or MemberKind.Table, LabelStyle: LabelStyle.Plain, Label.Length: > 0 })
            .Select(m => m.Label)
            .Concat(record.Members.Where(m => m.Kind == MemberKind.Group).SelectMany(g => g.Value.Record!.Members)
                .Where(m => m.Label.Length > 0 && m.Kind is MemberKind.Field or MemberKind.List or MemberKind.Checklist or MemberKind.Table).Select(m => m.Label))
            .Distinct()
            .ToList();
        return labels.Count == 0 ? null : string.Join("\n", labels);
    }

    private void WriteMembersOf(RecordModel record, string self, int level, Indent indent, string path)
    {
        var members = record.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member is { Kind: MemberKind.Field, Layout: FieldLayout.FrontMatter })
            {
                // Written first, in the front matter (WriteFrontMatter).
                continue;
            }

            _extraBlankLines = _template && member.BlankLinesBefore > 1 ? member.BlankLinesBefore - 1 : 0;
            if (GroupKey(member) is { } key)
            {
                var group = new List<MemberModel> { member };
                while (i + 1 < members.Count && GroupKey(members[i + 1]) == key && !members[i + 1].RuleBefore)
                {
                    group.Add(members[++i]);
                }

                WriteRule(group[0]);
                WriteGroup(group, key, self, indent, path);
                continue;
            }

            WriteMember(member, self, level, indent, path);
        }
    }

    private static string? GroupKey(MemberModel member) => member.Kind switch
    {
        MemberKind.Field when member.Layout == FieldLayout.Bullet => "bullet",
        MemberKind.Field when member.Layout == FieldLayout.Line => "line",
        MemberKind.Field when member.Layout == FieldLayout.Quote => "quote",
        MemberKind.Check => "check",
        MemberKind.Indicator => "indicator",
        _ => null,
    };

    private void WriteMember(MemberModel member, string self, int level, Indent indent, string path)
    {
        var expression = self + "." + member.PropertyName;
        switch (member.Kind)
        {
            case MemberKind.TitleValue:
                return;
            case MemberKind.Section:
                WriteSection(member, expression, member.HeadingLevel > 0 ? member.HeadingLevel : level, path);
                return;
            case MemberKind.RepeatedSection:
                WriteRepeatedSection(member, expression, member.HeadingLevel > 0 ? member.HeadingLevel : level, path);
                return;
            default:
                WritePresent(member, expression, () =>
                {
                    WriteRule(member);
                    WriteContent(member, expression, level, indent, path);
                });
                return;
        }
    }

    /// <summary>
    /// Writes a part unless it is absent: an optional part that is null is left out; a required one is
    /// written as its template.
    /// </summary>
    private void WritePresent(MemberModel member, string expression, Action write)
    {
        if (_template || (member.Value.IsValueType && !member.IsNullable && !member.IsCollection))
        {
            write();
            return;
        }

        if (member.Optional)
        {
            If(expression + " is not null", () => Present(expression, write));
            return;
        }

        IfElse(expression + " is null", () => AsTemplate(write), () => Present(expression, write));
    }

    /// <summary>Writes code that runs only where <paramref name="expression"/> is not null, so it is not tested again.</summary>
    private void Present(string expression, Action write)
    {
        _present.Add(expression);
        write();
        _present.RemoveAt(_present.Count - 1);
    }

    /// <summary>The generated field naming the report's section headings, which its Markdown bodies may not hold.</summary>
    public const string ReservedHeadingsField = "MarkdownBodyReservedHeadings";

    private void WriteContent(MemberModel member, string expression, int level, Indent indent, string path)
    {
        switch (member.Kind)
        {
            case MemberKind.Field when member.Layout == FieldLayout.Heading:
                // "## Status: Draft": the label and the value as a heading's text.
                BeginBlock();
                Literal(new string('#', Math.Min(level, 6)) + " " + member.Label + ":");
                SpaceBeforeValue(member);
                WriteFieldValue(member, expression, TextContext.Heading, indent, Join(path, member.Label), multiLine: false);
                Literal("\n");
                break;
            case MemberKind.Field:
                WriteFieldBlock(member, expression, indent, Join(path, member.Label));
                break;
            case MemberKind.Text when _template && TemplateValue(member, member.Value).Length == 0:
                // An empty placeholder shows no paragraph: a section whose template holds only its guidance.
                break;
            case MemberKind.Text when member.Value.Kind == ValueKind.Markdown:
                // Written as it is; the writer refuses Markdown that would change the report around it.
                BeginBlock();
                if (_template)
                {
                    Literal(TemplateValue(member, member.Value) + "\n");
                    break;
                }

                WriteNullable(
                    member,
                    expression,
                    present => Statement("w.WriteMarkdownBody(" + present + ", " + Math.Min(level - 1, 6).ToString(CultureInfo.InvariantCulture) + ", " + Quote(path) + ", " + ReservedHeadingsField
                        + (_section is { Guidance: null, TrailingGuidance: null } or null ? string.Empty
                            : ", " + QuoteOrNull(_section.Guidance) + ", " + QuoteOrNull(_section.TrailingGuidance)) + ");"),
                    () => Literal(TemplateValue(member, member.Value) + "\n"));
                break;
            case MemberKind.Text:
                BeginBlock();
                WriteIndent(indent);
                WriteScalar(member, member.Value, expression, TextContext.LineStart, null, Join(path, member.Label), indent, multiLine: true, fenced: false);
                Literal("\n");
                break;
            case MemberKind.List:
            case MemberKind.Checklist:
                WriteList(member, expression, level, indent, path);
                break;
            case MemberKind.Repeated:
                WriteRepeated(member, expression, level, indent, path);
                break;
            case MemberKind.Table:
                WriteTable(member, expression, indent, path);
                break;
            case MemberKind.CodeBlock:
                WriteCodeBlock(member, expression, indent, Join(path, member.Label));
                break;
            case MemberKind.AlignedBlock:
                WriteAlignedBlock(member, expression, indent, Join(path, member.Label));
                break;
            case MemberKind.Group:
                WriteLabelledGroup(member, expression, level, indent, path);
                break;
            default:
                throw new InvalidOperationException("Unexpected member kind " + member.Kind);
        }
    }

    private void WriteSection(MemberModel member, string expression, int level, string path)
    {
        var sectionPath = Join(path, member.Label);
        void Section()
        {
            WriteRule(member);
            WriteGuidanceAbove(member);
            WriteHeading(member, level, number: null, expression);
            WriteGuidance(member.Guidance);
            if (_template && member.CompactGuidance)
            {
                // The content right under the guidance.
                _attach = true;
            }

            if (member.Body is not null)
            {
                // The body stands alone under its heading: no plain label of the record around it applies.
                var labels = _textAvoids;
                var section = _section;
                _textAvoids = null;
                _section = member;
                WriteContent(member.Body, expression, level + 1, Indent.None, sectionPath);
                _textAvoids = labels;
                _section = section;
            }
            else if (_template)
            {
                WriteMembers(member.Value.Record!, expression, level + 1, Indent.None, sectionPath);
            }
            else
            {
                var name = "Write" + sectionPath.Replace(Separator, "_").Replace(" ", string.Empty);
                name = new string(name.Where(char.IsLetterOrDigit).ToArray());
                var method = new SectionMethod(name, member.Value.Record!, level, sectionPath, _style, _attach);

                // Two headings can spell the same identifier ("A B" and "AB"): number the later one.
                for (var suffix = 2; _pendingMethods.Named.TryGetValue(method.Name, out var taken) && taken != method; suffix++)
                {
                    method = method with { Name = name + suffix.ToString(CultureInfo.InvariantCulture) };
                }

                name = method.Name;
                _pendingMethods.Named[name] = method;
                _pendingMethods.Enqueue(method);
                Statement(name + "(ref w, " + expression + ");");
                _attach = false;
            }

            WriteGuidance(member.TrailingGuidance);
        }

        if (!_template && member.Optional && member.Body is { Collection: not CollectionKind.None, EmptyText: null } list)
        {
            // An optional section of an empty list is left out, heading and all, as an optional list is.
            If(expression + " is not null && " + Count(list, expression) + " > 0", () => Filled(expression, Section));
            return;
        }

        WritePresent(member, expression, Section);
    }

    private void WriteHeading(MemberModel member, int level, string? number, string item)
    {
        BeginBlock();
        Literal(new string('#', Math.Min(level, 6)) + " ");
        if (member.Emoji is not null)
        {
            Literal(member.Emoji + " ");
        }

        if (member.ItemTitle is not null)
        {
            WriteFormat(member.ItemTitle, item, TextContext.Heading, null, member.Label, number, fenced: false);
        }
        else
        {
            Literal(member.Label);
        }

        WriteCondition(member.ConditionWritten);
        Literal("\n");
        _attach = member.Compact || (_style.CompactLevel > 0 && level >= _style.CompactLevel);
    }

    private void WriteRule(MemberModel member)
    {
        if (member.RuleBefore)
        {
            BeginBlock();
            Literal("---\n");
        }
    }

    private void WriteGuidance(string? guidance)
    {
        if (_template && guidance is not null)
        {
            BeginBlock();
            Literal(guidance + "\n");
        }
    }

    /// <summary>The template's comment above a section's heading, on the line right above it with <c>CompactGuidanceAbove</c>.</summary>
    private void WriteGuidanceAbove(MemberModel member)
    {
        WriteGuidance(member.GuidanceAbove);
        if (_template && member.GuidanceAbove is not null && member.CompactGuidanceAbove)
        {
            _attach = true;
        }
    }

    private void WriteCondition(string? condition)
    {
        if (_template && condition is not null)
        {
            Literal(" " + condition);
        }
    }

    // ---- Groups of one-line parts: bullet fields, line fields, checks, indicators ----

    private void WriteGroup(List<MemberModel> group, string key, string self, Indent indent, string path)
    {
        var lines = key == "line";
        var dynamic = !_template && group.Any(m => m.Optional);
        if (!dynamic)
        {
            BeginBlock();
            for (var i = 0; i < group.Count; i++)
            {
                WriteFieldGuidance(group[i], indent);
                WriteIndent(indent);
                Literal(key == "quote" ? "> " : string.Empty);
                WriteGroupItem(group[i], self, indent, path);
                var last = i == group.Count - 1;

                // (No line break before a guidance comment: the comment ends the lines' paragraph.)
                Literal(!lines ? "\n" : !last ? ((_template && group[i + 1].Guidance is not null) || group[i].SoftLineBreak ? "\n" : _style.LineBreak) : group[i].TrailingBreak ? HardBreak : "\n");
            }

            return;
        }

        // Optional parts may be absent: decide the separators while writing.
        var open = NewVariable("open");
        var trailing = NewVariable("trailingBreak");
        var soft = lines && group.Any(m => m.SoftLineBreak) ? NewVariable("softBreak") : null;
        Statement("var " + open + " = false;");
        if (lines)
        {
            Statement("var " + trailing + " = false;");
        }

        if (soft is not null)
        {
            Statement("var " + soft + " = false;");
        }

        var before = _written;
        foreach (var member in group)
        {
            var expression = self + "." + member.PropertyName;
            void Item()
            {
                If("!" + open, () =>
                {
                    BeginBlock();
                    Statement(open + " = true;");
                });
                if (soft is not null)
                {
                    // The line before asked for a plain line break (SoftLineBreak).
                    Else(() => Statement("w.Write(" + soft + " ? \"\\n\" : " + Quote(_style.LineBreak) + ");"));
                }
                else if (lines)
                {
                    Else(() => Literal(_style.LineBreak));
                }
                else
                {
                    Else(() => Literal("\n"));
                }

                WriteIndent(indent);
                Literal(key == "quote" ? "> " : string.Empty);
                WriteGroupItem(member, self, indent, path);
                if (lines)
                {
                    Statement(trailing + " = " + (member.TrailingBreak ? "true" : "false") + ";");
                }

                if (soft is not null)
                {
                    Statement(soft + " = " + (member.SoftLineBreak ? "true" : "false") + ";");
                }
            }

            if (member.Optional && !(member.Value.IsValueType && !member.IsNullable))
            {
                If(expression + " is not null", Item);
            }
            else
            {
                Item();
            }
        }

        If(open, () =>
        {
            if (lines)
            {
                If(trailing, () => Literal("  "));
            }

            Literal("\n");
        });
        _written = before == Written.Yes ? Written.Yes : Written.Maybe;
    }

    private void WriteGroupItem(MemberModel member, string self, Indent indent, string path)
    {
        var expression = self + "." + member.PropertyName;
        var itemPath = Join(path, member.Label);
        switch (member.Kind)
        {
            case MemberKind.Field:
                Literal(member.Layout == FieldLayout.Bullet ? _style.Bullet : string.Empty);
                WriteBoldLabel(member.Label, member.ConditionWritten, member.LabelStyle, member.Emoji);
                SpaceBeforeValue(member);

                // A value of several lines (Markdown) continues them inside the bullet's item, or the lines' paragraph.
                var bullet = member.Layout == FieldLayout.Bullet;
                WriteFieldValue(member, expression, TextContext.Inline, bullet ? indent.Add(_style.Bullet.Length) : indent, itemPath, multiLine: false,
                    bullet ? MarkdownPlace.AfterLabelInItem : MarkdownPlace.AfterLabel);
                break;
            case MemberKind.Check:
                if (_template)
                {
                    Literal(_style.Bullet + "[ ] " + member.Label);
                }
                else
                {
                    Statement("w.Write(" + expression + " ? " + Quote(_style.Bullet + "[x] ") + " : " + Quote(_style.Bullet + "[ ] ") + ");");
                    Literal(member.Label);
                }

                break;
            case MemberKind.Indicator:
                Literal(_style.Bullet);
                if (_template)
                {
                    Literal(IndicatorOptions(member));
                }
                else
                {
                    WriteNullable(member, expression, value => WriteEnum(member, value, o => o.Emoji ?? o.Label, itemPath), () => Literal(IndicatorOptions(member)));
                }

                Literal(" **" + member.Label + "**");
                WriteCondition(member.ConditionWritten);
                if (member.Description is not null)
                {
                    Literal(": " + member.Description);
                }

                break;
        }
    }

    private static string IndicatorOptions(MemberModel member) => string.Join("/", member.Value.Options.Select(o => o.Emoji ?? o.Label));

    /// <summary>The blank template's guidance comment on the lines right above a field (reports leave it out).</summary>
    private void WriteFieldGuidance(MemberModel member, Indent indent)
    {
        if (!_template || member.Kind != MemberKind.Field || member.Guidance is null)
        {
            return;
        }

        foreach (var line in member.Guidance.Split('\n'))
        {
            WriteIndent(indent);
            Literal(line + "\n");
        }
    }

    private void WriteFieldBlock(MemberModel member, string expression, Indent indent, string path)
    {
        BeginBlock();
        WriteFieldGuidance(member, indent);
        WriteIndent(indent);
        WriteBoldLabel(member.Label, member.ConditionWritten, member.LabelStyle, member.Emoji);
        if (member.Layout == FieldLayout.Block && _template && IsEmptyInTemplate(member))
        {
            // "**Describe the feature**" over nothing: the template leaves the lines below the label to fill in.
            Literal("\n");
            return;
        }

        if (member.Layout == FieldLayout.Block)
        {
            Literal("\n");
            WriteIndent(indent);
        }
        else
        {
            SpaceBeforeValue(member);
        }

        WriteFieldValue(member, expression, TextContext.LineStart, indent, path, multiLine: true,
            member.Layout == FieldLayout.Block && member.Prefix is null ? MarkdownPlace.BelowLabel : MarkdownPlace.AfterLabel);
        Literal("\n");
    }

    /// <summary>
    /// The space between a label and its value on the same line; none in a template whose value is empty
    /// (<c>[Placeholder("")]</c>: <c>* **Version**:</c>, as templates leave a value to fill in), where it would trail.
    /// </summary>
    private void SpaceBeforeValue(MemberModel member)
    {
        if (_template && IsEmptyInTemplate(member))
        {
            return;
        }

        Literal(" ");
    }

    /// <summary>Whether the template shows nothing for the field's value (<c>[Placeholder("")]</c>, no prefix, suffix or default).</summary>
    private bool IsEmptyInTemplate(MemberModel member) =>
        member.Prefix is null && member.Suffix is null && member.Default is null && TemplateValue(member, member.Value).Length == 0;

    private void WriteFieldValue(MemberModel member, string expression, TextContext context, Indent indent, string path, bool multiLine, MarkdownPlace? place = null)
    {
        if (member.Prefix is not null)
        {
            Literal(member.Prefix);
        }

        if (_template && member.Default is not null)
        {
            Literal(member.Default);
        }
        else
        {
            WriteScalar(member, member.Value, expression, member.Prefix is null ? context : TextContext.Inline, member.Suffix, path, indent,
                multiLine && member.Value.Kind == ValueKind.String && !member.Code, fenced: false, place);
        }

        if (member.Suffix is not null)
        {
            Literal(member.Suffix);
        }
    }

    // ---- Values ----

    /// <summary>The text the blank template shows for a value.</summary>
    private string TemplateValue(MemberModel member, ValueModel value)
    {
        if (member.Default is not null)
        {
            return member.Default;
        }

        if (member.Placeholders.IsEmpty)
        {
            switch (value.Kind)
            {
                case ValueKind.Enum:
                    return member.EnumTemplateText();
                case ValueKind.Boolean:
                    return "Yes / No";
                case ValueKind.Inline:
                    var target = new TemplateTarget();
                    var walker = new LayoutWriter(target, template: true, _pendingMethods) { _example = _example };
                    walker.WriteFormat(value.Inline!, "item", TextContext.Inline, null, member.Label, null, fenced: false);
                    return target.ToString();
            }
        }

        var placeholder = member.PlaceholderAt(_example);
        return member.Code ? "`" + placeholder + "`" : placeholder;
    }

    private void WriteScalar(MemberModel member, ValueModel value, string expression, TextContext context, string? stop, string path, Indent indent, bool multiLine, bool fenced,
        MarkdownPlace? place = null, bool afterLessThan = false)
    {
        if (_template)
        {
            Literal(TemplateValue(member, value));
            return;
        }

        WriteNullable(member, expression, present =>
        {
            var stopArgument = stop is null ? string.Empty : ", " + SourceWriter.Quote(stop);
            var contextArgument = "global::Reports.TextContext." + EnumNames.Of(context);
            var pathArgument = SourceWriter.Quote(path);
            switch (value.Kind)
            {
                case ValueKind.String when fenced:
                    Statement("w.WriteFencedValue(" + present + ", " + pathArgument + stopArgument + ");");
                    break;
                case ValueKind.String when multiLine && member.Kind == MemberKind.Text && _textAvoids is not null:
                    // Free text beside "Date: …" lines must not start like one.
                    Statement("w.WriteMultiLineText(" + present + ", " + indent.Expression + ", " + pathArgument + ", " + Quote(_textAvoids) + ");");
                    break;
                case ValueKind.String when multiLine:
                    Statement("w.WriteMultiLineText(" + present + ", " + indent.Expression + ", " + pathArgument + ");");
                    break;
                case ValueKind.String when member.Code:
                    Statement("w.WriteCode(" + present + ", " + contextArgument + ", " + pathArgument + stopArgument + ");");
                    break;
                case ValueKind.String:
                    // After the format's own '<' ("{Name} <{Mail}>"), a value must not open HTML.
                    Statement((afterLessThan ? "w.WriteTextAfterLessThan(" : "w.WriteText(") + present + ", " + contextArgument + ", " + pathArgument + stopArgument + ");");
                    break;
                case ValueKind.Markdown:
                    var markdownPlace = place ?? context switch
                    {
                        TextContext.TableCell => MarkdownPlace.TableCell,
                        TextContext.LineStart => MarkdownPlace.ListItem,
                        _ => MarkdownPlace.AfterLabel,
                    };
                    Statement("w.WriteMarkdown(" + present + ", global::Reports.MarkdownPlace." + EnumNames.Of(markdownPlace) + ", " + indent.Expression + ", " + pathArgument + ");");
                    break;
                case ValueKind.Boolean:
                    Statement("w.WriteValue(" + present + ");");
                    break;
                case ValueKind.Int32 when fenced:
                    Statement("w.WriteFencedValue(" + present + ");");
                    break;
                case ValueKind.Enum:
                    WriteEnum(member, present, o => o.Display(member.HideEmoji), path);
                    break;
                case ValueKind.Inline:
                    WriteFormat(value.Inline!, present, context, stop, path, null, fenced);
                    break;
                default:
                    if (fenced)
                    {
                        Statement("w.WriteFencedValue(" + ToInvariantString(present, value) + ", " + pathArgument + stopArgument + ");");
                    }
                    else
                    {
                        Statement("w.WriteValue(" + present + ", " + contextArgument + ", " + pathArgument + stopArgument + ");");
                    }

                    break;
            }
        }, () => Literal(TemplateValue(member, value)));
    }

    /// <summary>Runs <paramref name="present"/> with an expression for the non-null value, or <paramref name="absent"/>.</summary>
    private void WriteNullable(MemberModel member, string expression, Action<string> present, Action absent)
    {
        if (member.Value.IsValueType && !member.IsNullable)
        {
            present(expression);
            return;
        }

        var variable = NewVariable(char.ToLowerInvariant(member.PropertyName[0]) + member.PropertyName.Substring(1));
        IfElse(expression + " is { } " + variable, () => present(variable), () => AsTemplate(absent));
    }

    private void WriteEnum(MemberModel member, string expression, Func<EnumOption, string> display, string path, string call = "w.Write(", string end = ");")
    {
        var arms = member.Value.Options
            .Select(o => member.Value.TypeName + "." + o.MemberName + " => " + SourceWriter.Quote(display(o)) + ",")
            .ToList();
        Statement(call + expression + " switch");
        Statement("{");
        foreach (var arm in arms)
        {
            Statement("    " + arm);
        }

        Statement("    _ => throw new global::Reports.ReportRenderException(" + SourceWriter.Quote(path) + ", \"the value \" + " + expression
            + ".ToString() + \" is not one of the options of " + member.Value.TypeName.Replace("global::", string.Empty) + ".\"),");
        Statement("}" + end);
    }

    private static string ToInvariantString(string expression, ValueModel value) => value.Kind switch
    {
        ValueKind.String => expression,
        ValueKind.DateOnly => expression + ".ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.TimeOnly => expression + ".ToString(global::Reports.ReportText.TimeFormat(" + expression + "), global::System.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.DateTime or ValueKind.DateTimeOffset => expression + ".ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Double => expression + ".ToString(\"R\", global::System.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Boolean => "(" + expression + " ? \"Yes\" : \"No\")",
        ValueKind.Enum => expression + ".ToString()",
        _ => expression + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
    };

    /// <summary>Writes a format: a title, an item title or an inline record.</summary>
    private void WriteFormat(Format format, string self, TextContext context, string? outerStop, string path, string? number, bool fenced)
    {
        var parts = format.Parts;
        var atStart = true;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (!_template && !fenced && i == parts.Count - 3 && TrailingParenthesis(parts) is { } optional)
            {
                // "{Percent}% ({Breakdown})" without a breakdown is written "88%", as a reader takes it: not with the
                // placeholder, which would read back as a value.
                var opening = part.Text.Substring(0, part.Text.Length - 1).TrimEnd(' ');
                if (opening.Length > 0)
                {
                    Literal(opening);
                }

                If(HoleExpression(self, optional) + " is not null", () =>
                {
                    Literal(part.Text.Substring(opening.Length));
                    WriteScalar(optional.Member!, optional.Member!.Value, HoleExpression(self, optional), InlineOf(context),
                        StopAfter(parts, i + 1, outerStop), Join(path, optional.Member.Label), Indent.None, multiLine: false, fenced);
                    Literal(")");
                });
                return;
            }

            switch (part.Kind)
            {
                case FormatPartKind.Literal:
                    Literal(part.Text);
                    break;
                case FormatPartKind.Number:
                    if (_template || number is null)
                    {
                        Literal((_example + 1).ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        Statement("w.WriteValue(" + number + ", global::Reports.TextContext.Inline, " + SourceWriter.Quote(path) + ");");
                    }

                    break;
                case FormatPartKind.Hole:
                    WriteScalar(part.Member!, part.Member!.Value, HoleExpression(self, part), atStart ? context : InlineOf(context),
                        StopAfter(parts, i, outerStop), Join(path, part.Member.Label), Indent.None, multiLine: false, fenced,
                        afterLessThan: i > 0 && parts[i - 1] is { Kind: FormatPartKind.Literal } before && before.Text.EndsWith("<", System.StringComparison.Ordinal));
                    break;
                case FormatPartKind.CodeStart:
                    var end = i + 1;
                    while (parts[end].Kind != FormatPartKind.CodeEnd)
                    {
                        end++;
                    }

                    WriteCodeSegment(parts, i + 1, end, self, atStart ? context : InlineOf(context), StopAfter(parts, end, outerStop), path);
                    i = end;
                    break;
            }

            atStart = false;
        }
    }

    /// <summary>The hole of a format that ends with a value alone in parentheses (<c>" ({Breakdown})"</c>) of a type that may be null, or null.</summary>
    private static FormatPart? TrailingParenthesis(EquatableArray<FormatPart> parts)
    {
        var n = parts.Count;
        return n >= 4 && parts[n - 1] is { Kind: FormatPartKind.Literal, Text: ")" } && parts[n - 2] is { Kind: FormatPartKind.Hole, Member: { } member } hole
            && parts[n - 3] is { Kind: FormatPartKind.Literal } opening && opening.Text.EndsWith("(", System.StringComparison.Ordinal)
            && (!member.Value.IsValueType || member.IsNullable)
            ? hole
            : null;
    }

    private static TextContext InlineOf(TextContext context) => context == TextContext.LineStart ? TextContext.Inline : context;

    private void WriteCodeSegment(EquatableArray<FormatPart> parts, int start, int end, string self, TextContext context, string? stop, string path)
    {
        if (_template)
        {
            Literal("`");
            for (var i = start; i < end; i++)
            {
                Literal(parts[i].Kind == FormatPartKind.Hole ? TemplateValue(parts[i].Member!, parts[i].Member!.Value) : parts[i].Text);
            }

            Literal("`");
            return;
        }

        // Collect lead, values and separators: lead {a} separator {b} tail.
        var texts = new List<string>();
        var holes = new List<FormatPart>();
        var current = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (parts[i].Kind == FormatPartKind.Hole)
            {
                texts.Add(current.ToString());
                current.Clear();
                holes.Add(parts[i]);
            }
            else
            {
                current.Append(parts[i].Text);
            }
        }

        texts.Add(current.ToString());
        var values = holes.Select(h => CodeValue(self, h)).ToList();
        var arguments = holes.Count == 1
            ? Quote(texts[0]) + ", " + values[0] + ", " + Quote(texts[1])
            : Quote(texts[0]) + ", " + values[0] + ", " + Quote(texts[1]) + ", " + values[1] + ", " + Quote(texts[2]);
        Statement("w.WriteCode(" + arguments + ", global::Reports.TextContext." + EnumNames.Of(context) + ", " + Quote(path) + ", " + (stop is null ? "null" : Quote(stop)) + ");");
    }

    private string CodeValue(string self, FormatPart hole)
    {
        var expression = HoleExpression(self, hole);
        var member = hole.Member!;
        var placeholder = Quote(TemplateValue(member, member.Value));
        if (member.Value.Kind == ValueKind.String)
        {
            return "(" + expression + " ?? " + placeholder + ")";
        }

        if (member.Value.IsValueType && !member.IsNullable)
        {
            return ToInvariantString(expression, member.Value);
        }

        var variable = NewVariable("code");
        return "(" + expression + " is { } " + variable + " ? " + ToInvariantString(variable, member.Value) + " : " + placeholder + ")";
    }

    private static string? StopAfter(EquatableArray<FormatPart> parts, int index, string? outerStop)
    {
        if (index + 1 >= parts.Count)
        {
            return outerStop;
        }

        var next = parts[index + 1];
        return next.Kind switch
        {
            FormatPartKind.Literal => next.Text,
            FormatPartKind.CodeStart or FormatPartKind.CodeEnd => "`",
            _ => null,
        };
    }

    private static string HoleExpression(string self, FormatPart hole)
    {
        var builder = new StringBuilder(self);
        for (var i = 0; i < hole.Path.Count; i++)
        {
            builder.Append(i == 0 ? "." : "?.").Append(hole.Path[i]);
        }

        return builder.ToString();
    }

    // ---- Lists, repeated blocks, tables ----

    /// <summary>
    /// Writes a collection part: an empty list is written as its empty text, left out when optional, or
    /// shown as its template when required.
    /// </summary>
    private void WriteCollection(MemberModel member, string expression, Action whole, Action? emptyText)
    {
        if (_template)
        {
            whole();
            return;
        }

        if (_filled.Contains(expression))
        {
            whole();
            return;
        }

        var count = Count(member, expression);
        var present = _present.Contains(expression);
        if (emptyText is null && member.Optional)
        {
            If((present ? "" : expression + " is not null && ") + count + " > 0", whole);
            return;
        }

        IfElse((present ? "" : expression + " is null || ") + count + " == 0", () =>
        {
            if (emptyText is not null)
            {
                emptyText();
            }
            else
            {
                AsTemplate(whole);
            }
        }, whole);
    }

    /// <summary>The number of items of a collection part.</summary>
    private static string Count(MemberModel member, string expression) =>
        expression + (member.Collection == CollectionKind.Array ? ".Length" : ".Count");

    /// <summary>Writes code that runs only where the collection <paramref name="expression"/> holds items, so it is not tested again.</summary>
    private void Filled(string expression, Action write)
    {
        _filled.Add(expression);
        Present(expression, write);
        _filled.RemoveAt(_filled.Count - 1);
    }

    /// <summary>
    /// Writes each item (the example items in the template). The callback gets the item expression, the
    /// item number expression, and the index expression (null for the first template example).
    /// </summary>
    /// <summary>
    /// Writes each item by <paramref name="item"/> (its expression, number and index). A value an item cannot write is
    /// reported at its numbered path: after <paramref name="itemsPath"/> (<c>Changes › 3</c>), or, for a repeated item, as
    /// <paramref name="numberedHead"/> and its number in place of <paramref name="itemsPath"/> (<c>Decision 2</c>).
    /// </summary>
    private void ForEachItem(MemberModel member, string expression, Action<string, string, string?> item, string itemsPath, string? numberedHead = null)
    {
        if (_template)
        {
            var saved = _example;
            for (var k = 0; k < member.TemplateItems; k++)
            {
                _example = k;
                item("item", (k + 1).ToString(CultureInfo.InvariantCulture), k == 0 ? null : k.ToString(CultureInfo.InvariantCulture));
            }

            _example = saved;
            return;
        }

        var count = member.Collection == CollectionKind.Array ? ".Length" : ".Count";
        var index = NewVariable("i");
        var variable = NewVariable("item");
        Open("for (var " + index + " = 0; " + index + " < " + expression + count + "; " + index + "++)", () =>
        {
            Statement("var " + variable + " = " + expression + "[" + index + "];");
            void Body()
            {
                if (member.Value.Kind == ValueKind.Record)
                {
                    // A record item has parts to write; a null one is a mistake to name, not a NullReferenceException.
                    Open("if (" + variable + " is null)", () => Statement("throw new global::Reports.ReportRenderException(" + Quote(itemsPath)
                        + ", \"the item is null; remove it from the list, or give it its values.\");"));
                }

                item(variable, index + " + 1", index);
            }

            Open("try", Body);
            var error = NewVariable("error");
            Open("catch (global::Reports.ReportRenderException " + error + ")", () => Statement("throw " + error + ".InItem(" + Quote(itemsPath) + ", "
                + (numberedHead is null ? index + " + 1" : Quote(numberedHead) + " + (" + index + " + 1)") + ");"));
        });
    }

    /// <summary>
    /// The path of a repeated item up to its number, as completeness names it: <c>Decisions › Decision </c> of the title
    /// <c>Decision {n}: {Name}</c> (the number follows).
    /// </summary>
    private static string NumberedHead(string path, string title)
    {
        var at = title.IndexOf("{n}", StringComparison.Ordinal);
        return Join(path, at < 0 ? title + " " : title.Substring(0, at));
    }

    /// <summary>A blank line between loose items: before every item but the first.</summary>
    private void BetweenItems(string? index)
    {
        if (index is null)
        {
            return;
        }

        if (_template)
        {
            Literal("\n");
        }
        else
        {
            Statement("if (" + index + " > 0) w.Write(\"\\n\");");
        }
    }

    private void WriteLabel(MemberModel member, Indent indent, bool blankLineAfter)
    {
        if (string.IsNullOrEmpty(member.Label))
        {
            return;
        }

        BeginBlock();
        WriteIndent(indent);
        WriteBoldLabel(member.Label, member.ConditionWritten, member.LabelStyle);
        Literal("\n");
        if (_template && member.Kind != MemberKind.Section && member.Guidance is not null)
        {
            // The template's line before the items: in the label's paragraph, or a paragraph of its own in a loose list.
            if (blankLineAfter)
            {
                BeginBlock();
            }

            WriteIndent(indent);
            Literal(member.Guidance + "\n");
        }

        _attach = !blankLineAfter;
    }

    /// <summary>A label, bold unless it is plain, its condition (blank template only) and its colon, as the part's or the report's style says.</summary>
    private void WriteBoldLabel(string label, string? condition, LabelStyle own, string? emoji = null)
    {
        var style = own == LabelStyle.Default ? _style.LabelStyle : own;
        if (emoji is not null)
        {
            Literal(emoji + " ");
        }

        if (style is LabelStyle.Plain or LabelStyle.PlainNoColon)
        {
            // "OS: value", "Browser value": the value follows on the line, so nothing needs to end the label.
            Literal(label);
            WriteCondition(condition);
            Literal(style == LabelStyle.Plain ? ":" : string.Empty);
            return;
        }

        Literal("**" + label);
        if (style == LabelStyle.ColonAfterBold)
        {
            Literal("**");
            WriteCondition(condition);
            Literal(":");
            return;
        }

        WriteCondition(condition);
        Literal(style == LabelStyle.ColonInsideBold ? ":**" : "**");
    }

    private void WriteRepeatGuidance(MemberModel member, Indent indent)
    {
        if (_template && member.RepeatGuidance is not null)
        {
            BeginBlock();
            WriteIndent(indent);
            Literal(member.RepeatGuidance + "\n");
        }
    }

    private void WriteRepeatedSection(MemberModel member, string expression, int level, string path)
    {
        var sectionPath = Join(path, member.Label.Replace("{n}", "N"));
        WriteCollection(member, expression, () =>
        {
            var siblings = _record?.Members.Where(m => m.Kind == MemberKind.Section).Select(m => m.Label)
                .Concat(_record.Members.Where(m => m is { Kind: MemberKind.Field, Layout: FieldLayout.Heading }).Select(m => m.Label + ":")).ToList();
            WriteGuidanceAbove(member);
            ForEachItem(member, expression, (item, number, index) =>
            {
                if (!_template && siblings is { Count: > 0 } && member.ItemTitle?.Parts is { Count: > 0 } parts
                    && parts.All(p => p is { Kind: FormatPartKind.Hole, Path.Count: 1, Member.Value.Kind: ValueKind.String } || (p.Kind == FormatPartKind.Literal && p.Text.Trim().Length == 0)))
                {
                    // "## {Category}": a heading that reads as a section beside it would not come back as an item.
                    var heading = parts.Count == 1 ? item + "." + parts[0].Member!.PropertyName
                        : "string.Concat(" + string.Join(", ", parts.Select(p => p.Kind == FormatPartKind.Hole ? item + "." + p.Member!.PropertyName : Quote(p.Text))) + ")";
                    Statement("global::Reports.MarkdownWriter.CheckItemHeading(" + heading + ", " + Quote(string.Join("\n", siblings)) + ", " + Quote(sectionPath) + (parts.Count == 1 ? string.Empty : ", nearly: false") + ");");
                }

                WriteRule(member);
                WriteHeading(member, level, number, item);
                WriteGuidance(member.Guidance);
                WriteMembers(member.Value.Record!, item, level + 1, Indent.None, sectionPath);
                if (member.RuleAfter)
                {
                    BeginBlock();
                    Literal("---\n");
                }
            }, sectionPath, NumberedHead(path, member.Label));
        }, emptyText: null);
        if (_template && member.RepeatGuidance is not null)
        {
            WriteRule(member);
            WriteGuidance(member.RepeatGuidance);
        }
    }

    private void WriteList(MemberModel member, string expression, int level, Indent indent, string path)
    {
        var listPath = Join(path, member.Label);
        WriteCollection(member, expression, () =>
        {
            WriteLabel(member, indent, member.Loose || member.BlankLineAfterLabel);
            BeginBlock();
            ForEachItem(member, expression, (item, number, index) =>
            {
                if (member.Loose)
                {
                    BetweenItems(index);
                }

                WriteIndent(indent);

                // An example item the template leaves empty is its marker alone ("1.", as templates write steps to fill in).
                var bare = _template && member.Kind == MemberKind.List && member.Value.Kind is not (ValueKind.Record or ValueKind.Inline)
                    && member.PlaceholderAt(_example).Length == 0;
                Indent content;
                if (!member.Numbered)
                {
                    Literal(bare ? _style.Bullet.TrimEnd() : _style.Bullet);
                    content = indent.Add(2);
                }
                else if (_template || member.SameNumber)
                {
                    // (SameNumber: "1." for every item, which Markdown counts on.)
                    var written = member.SameNumber ? "1" : number;
                    Literal(written + (bare ? "." : ". "));
                    content = indent.Add(written.Length + 2);
                }
                else
                {
                    Statement("w.WriteValue(" + number + ", global::Reports.TextContext.Inline, " + Quote(listPath) + ");");
                    Literal(". ");
                    var width = NewVariable("indent");
                    Statement("var " + width + " = " + indent.Expression + " + global::Reports.ReportText.NumberWidth(" + number + ") + 2;");
                    content = new Indent(0, width);
                }

                WriteListItem(member, item, number, level, content, listPath);
            }, listPath);
            if (_template && member.MoreItems is not null)
            {
                // "* … <!-- numbers of options can vary -->": more items may follow.
                WriteIndent(indent);
                Literal(_style.Bullet + member.MoreItems + "\n");
            }

            WriteRepeatGuidance(member, indent);
        }, member.EmptyText is null ? null : () =>
        {
            WriteLabel(member, indent, blankLineAfter: false);
            BeginBlock();
            WriteIndent(indent);
            Literal(member.EmptyText + "\n");
        });
    }

    private void WriteListItem(MemberModel member, string item, string number, int level, Indent content, string path)
    {
        var value = member.Value;
        if (member.Kind == MemberKind.Checklist)
        {
            if (_template)
            {
                Literal("[ ] " + member.PlaceholderAt(_example) + "\n");
                return;
            }

            Statement("w.Write(" + item + ".Done ? \"[x] \" : \"[ ] \");");
            var text = member with { Kind = MemberKind.Field, Value = value with { Kind = ValueKind.String, IsValueType = false }, IsNullable = false, Code = false, Default = null };
            WriteScalar(text, text.Value, item + ".Text", TextContext.Inline, null, path, content, multiLine: false, fenced: false);
            Literal("\n");

            // Subtasks under the task, indented to its text.
            var nested = NewVariable("subtasks");
            Statement("if (" + item + ".Items is { Count: > 0 } " + nested + ") w.WriteChecklistItems(" + nested + ", " + content.Expression + ", " + Quote(_style.Bullet) + ", " + Quote(path) + ");");
            return;
        }

        switch (value.Kind)
        {
            case ValueKind.Record when member.ItemTitle is not null:
                Literal("**");
                WriteFormat(member.ItemTitle, item, TextContext.Inline, "**", path, number, fenced: false);
                Literal("**\n");
                _attach = true;
                WriteMembers(value.Record!, item, level, content, path);
                break;
            case ValueKind.Record:
                var head = value.Record!.Members[0];
                WriteBoldLabel(head.Label, null, head.LabelStyle);
                SpaceBeforeValue(head);
                WriteFieldValue(head, item + "." + head.PropertyName, TextContext.Inline, content, Join(path, head.Label), multiLine: false, MarkdownPlace.AfterLabelInItem);
                Literal("\n");
                _attach = true;
                WriteMembers(value.Record with { Members = value.Record.Members.Skip(1).ToEquatableArray() }, item, level, content, path);
                break;
            case ValueKind.String or ValueKind.Markdown when !_template && member.MoreItems is { } moreItems:
                // An item that is the template's "more items" line would be dropped by a reader: written so that it is not.
                var arguments = ", " + Quote(path) + ", " + Quote(moreItems) + ", " + Quote(HtmlComments.Remove(moreItems).Trim(' ', '\t')) + ");";
                var moreItem = member with { Kind = MemberKind.Field, Collection = CollectionKind.None, IsNullable = true, Default = null };
                if (value.Kind == ValueKind.String)
                {
                    WriteNullable(moreItem, item, present => Statement("w.WriteListItemText(" + present + ", global::Reports.TextContext.LineStart" + arguments),
                        () => Literal(TemplateValue(moreItem, value)));
                }
                else
                {
                    Statement("global::Reports.MarkdownWriter.CheckListItemMarkdown(" + item + arguments);
                    WriteScalar(moreItem, value, item, TextContext.LineStart, null, path, content, multiLine: false, fenced: false);
                }

                Literal("\n");
                break;
            default:
                var single = member with { Kind = MemberKind.Field, Collection = CollectionKind.None, IsNullable = !value.IsValueType, Default = null };
                WriteScalar(single, value, item, TextContext.LineStart, null, path, content, multiLine: false, fenced: false);
                Literal("\n");
                break;
        }

        _attach = false;
    }

    private void WriteRepeated(MemberModel member, string expression, int level, Indent indent, string path)
    {
        var itemPath = Join(path, member.ItemTitle!.Source.Replace("{n}", "N"));
        WriteCollection(member, expression, () =>
        {
            ForEachItem(member, expression, (item, number, index) =>
            {
                BeginBlock();
                WriteIndent(indent);
                Literal("**");
                WriteFormat(member.ItemTitle!, item, TextContext.Inline, "**", itemPath, number, fenced: false);
                Literal("**");
                WriteCondition(member.ConditionWritten);
                Literal(member.AsLabel ? ":\n" : "\n");
                // Bullets and lines go right under the title; a group, or a labelled list, table or code block, after a blank
                // line, or its label would read as part of the title's paragraph.
                _attach = member.Value.Record!.Members.FirstOrDefault(m => m.Kind != MemberKind.TitleValue) is not
                    ({ Kind: MemberKind.Group } or { Kind: MemberKind.List or MemberKind.Checklist or MemberKind.Table or MemberKind.CodeBlock, Label.Length: > 0 });
                WriteMembers(member.Value.Record!, item, level, indent, itemPath, BlockTextAvoids(member));
                _attach = false;
            }, itemPath, NumberedHead(path, member.ItemTitle!.Source));
            WriteRepeatGuidance(member, indent);
        }, member.EmptyText is null ? null : () =>
        {
            BeginBlock();
            WriteIndent(indent);
            Literal(member.EmptyText + "\n");
        });
    }

    /// <summary>
    /// What a repeated block's free text must not start like, one per line: the words its title starts with (an agent's
    /// next title without its bold) and the labels of the record around the blocks (a field of it written plain).
    /// </summary>
    private string? BlockTextAvoids(MemberModel repeated)
    {
        if (!repeated.Value.Record!.Members.Any(m => m.Kind == MemberKind.Text))
        {
            return null;
        }

        var starts = new List<string>();
        if (repeated.ItemTitle!.Parts.FirstOrDefault() is { Kind: FormatPartKind.Literal } first && first.Text.Trim().Length > 0)
        {
            starts.Add(first.Text.Trim());
        }

        starts.AddRange(_record?.Members.Where(m => m.Kind == MemberKind.Field).Select(m => m.Label) ?? Enumerable.Empty<string>());
        return starts.Count == 0 ? null : string.Join("\n", starts.Distinct());
    }

    /// <summary>A [Group]: its bold label, then the record's parts right below it (indented as the group says).</summary>
    private void WriteLabelledGroup(MemberModel member, string expression, int level, Indent indent, string path)
    {
        BeginBlock();
        WriteIndent(indent);
        WriteBoldLabel(member.Label, member.ConditionWritten, member.LabelStyle);
        Literal("\n");

        // Bullets and lines go right under the label; a labelled list, table or code block after a blank line, or its own
        // label would run into the group's.
        _attach = GroupKey(member.Value.Record!.Members[0]) is not null;
        WriteMembers(member.Value.Record!, expression, level, indent.Add(member.Indent), Join(path, member.Label));
        _attach = false;
    }

    private void WriteTable(MemberModel member, string expression, Indent indent, string path)
    {
        var columns = member.Value.Record!.Members;
        var tablePath = Join(path, member.Label);
        void Header()
        {
            WriteLabel(member, indent, blankLineAfter: true);
            BeginBlock();
            WriteIndent(indent);
            Literal("| " + string.Join(" | ", columns.Select(c => c.Label)) + " |\n");
            WriteIndent(indent);
            Literal("|" + string.Join("|", columns.Select(c => c.Delimiter ?? new string('-', c.Label.Length + 2))) + "|\n");
        }

        WriteCollection(member, expression, () =>
        {
            Header();
            ForEachItem(member, expression, (item, number, index) =>
            {
                WriteIndent(indent);
                Literal("|");
                foreach (var column in columns)
                {
                    Literal(column.Bold ? " **" : " ");
                    WriteScalar(column, column.Value, item + "." + column.PropertyName, TextContext.TableCell, column.Bold ? "**" : null,
                        Join(tablePath, column.Label), indent, multiLine: false, fenced: false);
                    Literal(column.Bold ? "** |" : " |");
                }

                Literal("\n");
            }, tablePath);
        }, member.EmptyText is null ? null : () =>
        {
            WriteLabel(member, indent, blankLineAfter: false);
            BeginBlock();
            WriteIndent(indent);
            Literal(member.EmptyText + "\n");
        });
    }

    private void WriteCodeBlock(MemberModel member, string expression, Indent indent, string path)
    {
        WriteLabel(member, indent, blankLineAfter: !member.Compact);
        BeginBlock();
        WriteIndent(indent);
        if (_template)
        {
            Literal("```" + (member.LanguagePlaceholder ?? member.Language ?? string.Empty) + "\n");
            foreach (var line in member.PlaceholderAt(0).Split('\n'))
            {
                WriteIndent(indent);
                Literal(line + "\n");
            }

            WriteIndent(indent);
            Literal("```\n");
            return;
        }

        var language = member.Value.Kind == ValueKind.CodeBlock ? expression + ".Language" : Quote(member.Language ?? string.Empty);
        var code = member.Value.Kind == ValueKind.CodeBlock ? expression + ".Code" : expression;
        Statement("w.WriteFencedCode(" + language + ", " + code + ", " + indent.Expression + ", " + Quote(path) + ");");
        Literal("\n");
    }

    private void WriteAlignedBlock(MemberModel member, string expression, Indent indent, string path)
    {
        var fields = member.Value.Record!.Members;
        var width = fields.Max(f => f.Label.Length) + 2;
        BeginBlock();
        WriteIndent(indent);
        Literal("```\n");
        foreach (var field in fields)
        {
            WriteIndent(indent);
            Literal((field.Label + ":").PadRight(width));
            WriteScalar(field, field.Value, expression + "." + field.PropertyName, TextContext.Inline, null, Join(path, field.Label), indent, multiLine: false, fenced: true);
            Literal("\n");
        }

        WriteIndent(indent);
        Literal("```\n");
    }

    // ---- Blocks, control flow and output ----

    /// <summary>Starts a block: a blank line before it unless it is the first, or attached to the line above.</summary>
    private void BeginBlock()
    {
        var extra = _extraBlankLines;
        _extraBlankLines = 0;
        if (_attach)
        {
            _attach = false;
            _written = Written.Yes;
            return;
        }

        switch (_written)
        {
            case Written.Yes:
                Literal("\n" + new string('\n', extra));
                break;
            case Written.Maybe:
                Statement("if (w.HasContent) w.Write(\"\\n\");");
                break;
        }

        _written = Written.Yes;
    }

    private void AsTemplate(Action write)
    {
        var saved = _template;
        _template = true;
        write();
        _template = saved;
    }

    private void If(string condition, Action then)
    {
        var before = _written;
        Open("if (" + condition + ")", then);
        _written = Merge(before, _written, before);
    }

    private void Else(Action then)
    {
        var before = _written;
        Open("else", then);
        _written = Merge(before, _written, before);
    }

    private void IfElse(string condition, Action then, Action otherwise)
    {
        var before = _written;
        var attach = _attach;
        Open("if (" + condition + ")", then);
        var afterThen = _written;
        var attachAfterThen = _attach;

        // Both branches start where the condition stands: attached to a compact heading if it was.
        _written = before;
        _attach = attach;
        Open("else", otherwise);
        _written = Merge(before, afterThen, _written);
        _attach = _attach && attachAfterThen;
    }

    private static Written Merge(Written before, Written a, Written b)
    {
        if (a == Written.Yes && b == Written.Yes)
        {
            return Written.Yes;
        }

        return before == Written.No && a == Written.No && b == Written.No ? Written.No : Written.Maybe;
    }

    private void Open(string header, Action body)
    {
        if (_template)
        {
            body();
            return;
        }

        _target.Open(header);
        body();
        _target.Close();
    }

    private void Literal(string text) => _target.Literal(text);

    private void Statement(string code) => _target.Statement(code);

    private void WriteIndent(Indent indent)
    {
        if (indent.Variable is null)
        {
            if (indent.Spaces > 0)
            {
                Literal(new string(' ', indent.Spaces));
            }
        }
        else if (_target is TemplateTarget)
        {
            throw new InvalidOperationException("A template has static indentation.");
        }
        else
        {
            Statement("w.WriteIndent(" + indent.Expression + ");");
        }
    }

    private string NewVariable(string name) => name + (++_variables).ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) => SourceWriter.Quote(text);

    private static string QuoteOrNull(string? text) => text is null ? "null" : SourceWriter.Quote(text);

    private static string Join(string path, string label) => ReportPaths.Join(path, label);

    /// <summary>Indentation of nested list content: a constant, or a variable for numbered items.</summary>
    internal readonly record struct Indent(int Spaces, string? Variable)
    {
        public static Indent None => new(0, null);

        public string Expression => Variable is null ? Spaces.ToString(CultureInfo.InvariantCulture)
            : Spaces == 0 ? Variable : Variable + " + " + Spaces.ToString(CultureInfo.InvariantCulture);

        public Indent Add(int spaces) => new(Spaces + spaces, Variable);
    }
}

/// <summary>Mirrors Reports.TextContext for the emitted code.</summary>
internal enum TextContext
{
    Inline,
    LineStart,
    Heading,
    TableCell,
}

/// <summary>Mirrors Reports.MarkdownPlace for the emitted code.</summary>
internal enum MarkdownPlace
{
    AfterLabel,
    BelowLabel,
    AfterLabelInItem,
    ListItem,
    TableCell,
}
