using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Reports.Generators.Model;

namespace Reports.Generators.Emit;

/// <summary>
/// Emits <c>Parse</c> and <c>TryParse</c>: the report's schema as immutable data (what the shared
/// runtime reader needs to know) and the code that builds each record from the values read.
/// </summary>
internal sealed class ParserEmitter
{
    private const string Reading = "global::Reports.Reading.";

    private readonly SourceWriter _schemas = new();
    private readonly Dictionary<RecordModel, string> _recordNames = new();
    private int _formats;

    /// <summary>Writes the report's <c>Parse</c> and <c>TryParse</c> and the schema they read with, as a part of its file.</summary>
    public static void Write(SourceWriter source, ReportModel report, bool hasNotNullWhen)
    {
        var emitter = new ParserEmitter();
        var root = emitter.RecordSchema(report.Root);
        var title = report.Title is null ? "null" : emitter.FormatSpec(report.Title, report.Root, titleOfRoot: true);

        GeneratedFile.OpenScopes(source, report.Namespace, report.ContainingTypes);
        source.Open(report.Declaration);
        var type = report.FullTypeName;
        source.Line("/// <summary>Reads a report written in Markdown (by this library, an agent or a person).</summary>");
        source.Line("/// <exception cref=\"global::Reports.ReportParseException\">The text cannot be read as this report; <c>Errors</c> lists every problem with its line.</exception>");
        source.Open("public static " + type + " Parse(string markdown)");
        source.Line("if (markdown is null)");
        source.Line("{");
        source.Line("    throw new global::System.ArgumentNullException(nameof(markdown));");
        source.Line("}");
        source.Line();
        source.Line(ReadCall(report));
        source.Line("return result.Report is " + type + " report ? report : throw new global::Reports.ReportParseException(result.Errors);");
        source.Close();
        source.Line();
        source.Line("/// <summary>Reads a report written in Markdown; never throws.</summary>");
        source.Line("/// <returns>True with the report, or false with every error (line, column, path, what was expected and found).</returns>");
        var notNull = hasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
        source.Open("public static bool TryParse(string? markdown, " + notNull + "out " + type + "? report, out global::System.Collections.Generic.IReadOnlyList<global::Reports.ReportParseError> errors)");
        source.Line("if (markdown is null)");
        source.Line("{");
        source.Line("    report = null;");
        source.Line("    errors = new[] { new global::Reports.ReportParseError(\"RPT0203\", 1, 1, \"\", \"Markdown text\", \"null\") };");
        source.Line("    return false;");
        source.Line("}");
        source.Line();
        source.Line(ReadCall(report));
        source.Line("errors = result.Errors;");
        source.Line("if (result.Report is " + type + " parsed)");
        source.Line("{");
        source.Line("    report = parsed;");
        source.Line("    return true;");
        source.Line("}");
        source.Line();
        source.Line("report = null;");
        source.Line("return false;");
        source.Close();
        source.Line();
        source.Line("/// <summary>What the reader needs to know about this report type, built once.</summary>");
        source.Open("private static class ReportSchema");
        source.Raw(emitter._schemas);
        source.Line("public static readonly " + Reading + "RecordSchema Root = " + root + ";");
        source.Line("public static readonly " + Reading + "FormatSpec? Title = " + title + ";");
        source.Line("public const string? Footer = " + (report.Footer is null ? "null" : SourceWriter.Quote(report.Footer)) + ";");
        if (report.FrontMatter is not null)
        {
            source.Line("public const string FrontMatter = " + SourceWriter.Quote(report.FrontMatter) + ";");
        }

        if (report.Preamble is not null)
        {
            source.Line("public const string Preamble = " + SourceWriter.Quote(report.Preamble) + ";");
        }

        source.Close();
        source.Close();
        GeneratedFile.CloseScopes(source, report.Namespace, report.ContainingTypes);
    }

    /// <summary>Emits (once) the schema field of a record and returns its name.</summary>
    private string RecordSchema(RecordModel record)
    {
        if (_recordNames.TryGetValue(record, out var existing))
        {
            return existing;
        }

        // The nodes first: the schemas of the records they hold are emitted (and numbered) before this one.
        var nodes = SourceWriter.RentBuilder();
        foreach (var member in record.Members)
        {
            nodes.Append("        ");
            AppendNode(nodes, member);
            nodes.Append(",\n");
        }

        var name = record.Name + "Schema" + (_recordNames.Count == 0 ? string.Empty : _recordNames.Count.ToString(CultureInfo.InvariantCulture));
        _recordNames[record] = name;
        _schemas.Line("public static readonly " + Reading + "RecordSchema " + name + " = new " + Reading + "RecordSchema(");
        _schemas.QuotedLine("    ", record.Name, ",");
        _schemas.Line("    static p => " + Construct(record.FullTypeName, record.Members, record.Constructor) + ",");
        _schemas.Line("    new " + Reading + "SchemaNode[]");
        _schemas.Line("    {");
        _schemas.Raw(nodes);
        SourceWriter.ReturnBuilder(nodes);
        _schemas.Line("    });");
        _schemas.Line();
        return name;
    }

    private void AppendNode(StringBuilder builder, MemberModel member)
    {
        // A front matter field is no part of the body: the reader reads it from the front matter alone.
        var frontMatter = member is { Kind: MemberKind.Field, Layout: FieldLayout.FrontMatter };
        builder.Append("new ").Append(Reading).Append("SchemaNode(").Append(Reading).Append("NodeKind.").Append(frontMatter ? "FrontMatter" : EnumNames.Of(member.Kind)).Append(", ");
        SourceWriter.AppendQuoted(builder, member.Label);
        builder.Append(", ");
        AppendValue(builder, member, member.Value);
        builder.Append(')');
        var properties = new Initializer(builder);
        if (member.IsCollection)
        {
            properties.Next().Append("IsList = true");
        }

        if (member.Kind == MemberKind.Field && member.Layout != FieldLayout.Bullet && !frontMatter)
        {
            properties.Next().Append("Layout = ").Append(((int)member.Layout).ToString(CultureInfo.InvariantCulture));
        }

        if (member.Kind is MemberKind.Field or MemberKind.List or MemberKind.Checklist or MemberKind.Table && member.LabelStyle is LabelStyle.Plain or LabelStyle.PlainNoColon)
        {
            properties.Next().Append("PlainLabel = ").Append(member.LabelStyle == LabelStyle.Plain ? '1' : '2');
        }
        else if (member is { Kind: MemberKind.Field, Layout: FieldLayout.Heading })
        {
            // "## Status: Draft" has no bold: written as a line, "Status: Draft" is the field too.
            properties.Next().Append("PlainLabel = 1");
        }

        properties.String("Emoji", member.Emoji);
        properties.String("Condition", member.Condition);
        properties.String("Guidance", member.Guidance);
        properties.String("TrailingGuidance", member.TrailingGuidance);
        properties.String("RepeatGuidance", member.RepeatGuidance);
        properties.String("EmptyText", member.EmptyText);
        properties.String("MoreItems", member.MoreItems);
        properties.String("Default", member.Default);
        properties.String("Description", member.Description);
        if (member.Bold)
        {
            properties.Next().Append("Bold = true");
        }

        if (member.Value.Record is not null && member.Kind != MemberKind.Field)
        {
            var record = RecordSchema(member.Value.Record);
            properties.Next().Append("Record = ").Append(record);
        }

        if (member.Body is not null)
        {
            AppendNode(properties.Next().Append("Body = "), member.Body);
        }

        if (member.ItemTitle is not null && member.Value.Record is not null)
        {
            var title = FormatSpec(member.ItemTitle, member.Value.Record, titleOfRoot: false);
            properties.Next().Append("Title = ").Append(title);
        }

        properties.End();
    }

    private string Value(MemberModel member, ValueModel value)
    {
        var builder = new StringBuilder();
        AppendValue(builder, member, value);
        return builder.ToString();
    }

    private void AppendValue(StringBuilder builder, MemberModel member, ValueModel value)
    {
        builder.Append("new ").Append(Reading).Append("ValueSpec(").Append(Reading).Append("ValueKind.").Append(EnumNames.Of(value.Kind)).Append(')');
        var properties = new Initializer(builder);
        if (!member.Placeholders.IsEmpty)
        {
            var placeholders = properties.Next().Append("Placeholders = new string[] { ");
            for (var i = 0; i < member.Placeholders.Count; i++)
            {
                SourceWriter.AppendQuoted(i == 0 ? placeholders : placeholders.Append(", "), member.Placeholders[i]);
            }

            placeholders.Append(" }");
        }

        if (value.Kind == ValueKind.Enum)
        {
            var options = properties.Next().Append("Options = new ").Append(Reading).Append("EnumOptionSpec[] { ");
            for (var i = 0; i < value.Options.Count; i++)
            {
                var option = value.Options[i];
                options.Append(i == 0 ? "new " : ", new ").Append(Reading).Append("EnumOptionSpec(");
                SourceWriter.AppendQuoted(options, option.Label);
                options.Append(", ");
                if (option.Emoji is null)
                {
                    options.Append("null");
                }
                else
                {
                    SourceWriter.AppendQuoted(options, option.Emoji);
                }

                options.Append(", ");
                SourceWriter.AppendQuoted(options, option.MemberName);
                options.Append(", ").Append(value.TypeName).Append('.').Append(option.MemberName).Append(')');
            }

            options.Append(" }");
            SourceWriter.AppendQuoted(properties.Next().Append("TemplateText = "), member.EnumTemplateText());
        }

        if (value.Kind == ValueKind.Inline)
        {
            var inline = FormatSpec(value.Inline!, null, titleOfRoot: false, inlineType: value);
            properties.Next().Append("Inline = ").Append(inline);
        }

        if (member.Code)
        {
            properties.Next().Append("Code = true");
        }

        if (member.CannotBeUnset)
        {
            properties.Next().Append("NotNullable = true");
        }

        properties.String("Prefix", member.Prefix);
        properties.String("Suffix", member.Suffix);
        properties.End();
    }

    /// <summary>An object initializer appended to an expression: <c> { A = 1, B = 2 }</c>, nothing when empty.</summary>
    private struct Initializer
    {
        private readonly StringBuilder _builder;
        private bool _open;

        public Initializer(StringBuilder builder)
        {
            _builder = builder;
            _open = false;
        }

        public StringBuilder Next()
        {
            _builder.Append(_open ? ", " : " { ");
            _open = true;
            return _builder;
        }

        public void String(string name, string? value)
        {
            if (value is not null)
            {
                SourceWriter.AppendQuoted(Next().Append(name).Append(" = "), value);
            }
        }

        public void End()
        {
            if (_open)
            {
                _builder.Append(" }");
            }
        }
    }

    private static string ReadCall(ReportModel report) =>
        "var result = global::Reports.Reading.ReportReader.Read(markdown, ReportSchema.Root, ReportSchema.Title, ReportSchema.Footer"
        + (report.FrontMatter is null && report.Preamble is null ? string.Empty : report.FrontMatter is null ? ", null" : ", ReportSchema.FrontMatter")
        + (report.Preamble is null ? string.Empty : ", ReportSchema.Preamble") + ");";

    /// <summary>A format; holes fill the slots of <paramref name="record"/> (title values only) or of an inline record.</summary>
    private string FormatSpec(Format format, RecordModel? record, bool titleOfRoot, ValueModel? inlineType = null)
    {
        var inlineSlots = new List<string>();
        var parts = new List<string>();
        foreach (var part in format.Parts)
        {
            var kind = Reading + "FormatPartKind." + EnumNames.Of(part.Kind);
            if (part.Kind != FormatPartKind.Hole)
            {
                parts.Add("new " + Reading + "FormatPartSpec(" + kind + ", " + SourceWriter.Quote(part.Text) + ")");
                continue;
            }

            var member = part.Member!;
            int slot;
            if (inlineType is not null)
            {
                slot = inlineSlots.IndexOf(member.PropertyName);
                if (slot < 0)
                {
                    inlineSlots.Add(member.PropertyName);
                    slot = inlineSlots.Count - 1;
                }
            }
            else
            {
                slot = part.Path.Count == 1 && member.Kind == MemberKind.TitleValue && record is not null
                    ? IndexOf(record.Members, member.PropertyName)
                    : -1;
            }

            var slotPath = titleOfRoot && slot < 0 && record is not null ? SlotPath(record, part.Path) : null;
            parts.Add("new " + Reading + "FormatPartSpec(" + kind + ", " + SourceWriter.Quote(part.Text) + ", " + slot.ToString(CultureInfo.InvariantCulture)
                + ", " + Value(member, member.Value) + ", " + SourceWriter.Quote(member.Label) + ")"
                + (slotPath is null ? string.Empty : " { SlotPath = new int[] { " + string.Join(", ", slotPath.Select(i => i.ToString(CultureInfo.InvariantCulture))) + " } }"));
        }

        var name = "Format" + (++_formats).ToString(CultureInfo.InvariantCulture);
        var create = "null";
        if (inlineType is not null)
        {
            var members = inlineSlots.Select(n => format.Parts.First(p => p.Member?.PropertyName == n).Member!).ToEquatableArray();
            create = "static p => " + Construct(inlineType.TypeName, members, inlineType.Constructor.Select(c => c.Name).ToEquatableArray());
        }

        _schemas.Line("public static readonly " + Reading + "FormatSpec " + name + " = new " + Reading + "FormatSpec(");
        _schemas.Line("    " + SourceWriter.Quote(format.Source) + ",");
        _schemas.Line("    new " + Reading + "FormatPartSpec[]");
        _schemas.Line("    {");
        foreach (var part in parts)
        {
            _schemas.Line("        " + part + ",");
        }

        _schemas.Line("    },");
        _schemas.Line("    " + inlineSlots.Count.ToString(CultureInfo.InvariantCulture) + ",");
        _schemas.Line("    " + create + ");");
        _schemas.Line();
        return name;
    }

    private static int IndexOfIgnoreCase(EquatableArray<MemberModel> members, string name)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (string.Equals(members[i].PropertyName, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// For a title hole naming a value inside the report's sections (<c>{Overview.TaskId}</c>): the slots that lead to it,
    /// section by section, so that the reader can check it against the section's value (or supply it). Null when the
    /// path passes through anything but a single section record, or ends at anything but a plain field value.
    /// </summary>
    private static List<int>? SlotPath(RecordModel record, EquatableArray<string> path)
    {
        var slots = new List<int>();
        var current = record;
        for (var i = 0; i < path.Count; i++)
        {
            var slot = IndexOf(current.Members, path[i]);
            if (slot < 0)
            {
                return null;
            }

            var member = current.Members[slot];
            if (member.Collection != CollectionKind.None)
            {
                return null;
            }

            slots.Add(slot);
            if (i < path.Count - 1)
            {
                if (member.Kind != MemberKind.Section || member.Value.Record is null)
                {
                    return null;
                }

                current = member.Value.Record;
            }
            else if (member.Kind != MemberKind.Field || member.Value.Record is not null || member.Value.Inline is not null || member.Value.Kind == ValueKind.Markdown)
            {
                return null;
            }
        }

        return slots.Count > 1 ? slots : null;
    }

    private static int IndexOf(EquatableArray<MemberModel> members, string propertyName)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].PropertyName == propertyName)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The expression that builds a record from its slots (<c>p</c>).</summary>
    private static string Construct(string typeName, EquatableArray<MemberModel> members, EquatableArray<string> constructor)
    {
        // Constructor parameters are matched to members by name, ignoring case (a class may take `path` for `Path`).
        var arguments = constructor.Select(name =>
        {
            var index = IndexOfIgnoreCase(members, name);
            return index < 0 ? "default!" : Get(members[index], index);
        }).ToList();
        var initializers = new List<string>();
        for (var i = 0; i < members.Count; i++)
        {
            if (!constructor.Any(c => string.Equals(c, members[i].PropertyName, System.StringComparison.OrdinalIgnoreCase)) && members[i].CanSet)
            {
                initializers.Add(members[i].PropertyName + " = " + Get(members[i], i));
            }
        }

        var text = "new " + typeName + "(" + string.Join(", ", arguments) + ")";
        return initializers.Count == 0 ? text : text + " { " + string.Join(", ", initializers) + " }";
    }

    /// <summary>Reads slot <paramref name="slot"/> as the member's property type.</summary>
    private static string Get(MemberModel member, int slot)
    {
        var index = slot.ToString(CultureInfo.InvariantCulture);
        var value = member.Value;
        if (member.IsCollection)
        {
            var list = "p.GetList<" + value.TypeName + (value.IsValueType && value.Kind != ValueKind.Record && value.Kind != ValueKind.Inline ? string.Empty : string.Empty) + ">(" + index + ")";
            return member.Collection switch
            {
                CollectionKind.Array => list + ".AsSpan().ToArray()",
                CollectionKind.List => "new global::System.Collections.Generic.List<" + value.TypeName + ">(" + list + ")",
                _ => list,
            };
        }

        var bang = member.IsNullable ? string.Empty : "!";
        if (value.IsValueType)
        {
            return member.IsNullable ? "p.GetNullable<" + value.TypeName + ">(" + index + ")" : "p.GetValue<" + value.TypeName + ">(" + index + ")";
        }

        return value.Kind == ValueKind.String ? "p.GetString(" + index + ")" + bang : "p.GetObject<" + value.TypeName + ">(" + index + ")" + bang;
    }
}
