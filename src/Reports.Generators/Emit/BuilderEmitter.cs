using System;
using System.Collections.Generic;
using System.Linq;
using Reports.Generators.Model;

namespace Reports.Generators.Emit;

/// <summary>
/// Emits typed builders (a part of <c>&lt;Type&gt;.g.cs</c>): a <c>TBuilder</c> class beside each report, section and
/// item record, with one method per part (named by <see cref="BuilderNames"/>), and <c>CreateBuilder()</c> /
/// <c>ToBuilder()</c> on the record itself.
/// </summary>
/// <remarks>
/// A builder starts from a record (a new one, or an existing draft) and keeps every part in a field of the part's own
/// type, so value types are not boxed. <c>BuildDraft()</c> copies the start record with the parts set (<c>with</c>),
/// so members the builder does not know are kept. Lists are copied only once an item is added. Section and item
/// records have one builder each, generated once per type, which the builders of every report that uses them share.
/// </remarks>
internal static class BuilderEmitter
{
    private const string List = "global::System.Collections.Generic.List";

    /// <summary>Writes the report's builder as a part of its file.</summary>
    public static void WriteReport(SourceWriter source, ReportModel report, TargetFeatures features) =>
        Write(source, report.Root, report.Namespace, report.ContainingTypes, report.Declaration, canCheck: true, extend: true, features);

    /// <summary>Writes a section record's builder as a part of its file.</summary>
    public static void WriteSection(SourceWriter source, RecordModel record, TargetFeatures features)
    {
        var shape = record.Shape!;
        Write(source, record, shape.Namespace, shape.ContainingTypes, shape.Declaration, canCheck: shape.CanExtend, extend: shape.CanExtend, features);
    }

    private static void Write(SourceWriter source, RecordModel record, string? ns, EquatableArray<string> containing, string declaration, bool canCheck, bool extend, TargetFeatures features)
    {
        var shape = record.Shape!;
        var builder = BuilderNames.TypeName(record.Name);
        source.SpaceAfterBlocks = true;
        GeneratedFile.OpenScopes(source, ns, containing);
        if (extend)
        {
            source.Open(declaration);
            source.Line("/// <summary>Starts a builder for a new <see cref=\"" + record.FullTypeName + "\"/>: one method per part, then <c>Build()</c> or <c>BuildDraft()</c>.</summary>");
            source.Line("public static " + shape.BuilderName + " CreateBuilder() => new " + shape.BuilderName + "();");
            source.Line();
            source.Line("/// <summary>Starts a builder from this value, for example so that the next agent fills its section into a draft.</summary>");
            source.Line("public " + shape.BuilderName + " ToBuilder() => new " + shape.BuilderName + "(this);");
            source.Close();
            source.Line();
        }

        new Writer(source, record, builder, canCheck, features).Write();
        GeneratedFile.CloseScopes(source, ns, containing);
    }

    private sealed class Writer
    {
        private readonly SourceWriter _source;
        private readonly RecordModel _record;
        private readonly string _builder;
        private readonly bool _canCheck;
        private readonly TargetFeatures _features;
        private readonly List<MemberModel> _members;
        private readonly string _type;
        private readonly Dictionary<string, (string Field, string Items)> _fieldNames = new(StringComparer.Ordinal);

        public Writer(SourceWriter source, RecordModel record, string builder, bool canCheck, TargetFeatures features)
        {
            _source = source;
            _record = record;
            _builder = builder;
            _canCheck = canCheck;
            _features = features;
            _type = record.FullTypeName;
            _members = record.Members.Where(m => m.CanSet && m.PropertyType.Length > 0).ToList();
        }

        private bool IsValueType => _record.Shape!.IsValueType;

        public void Write()
        {
            var s = _source;
            s.Line("/// <summary>");
            s.Line("/// Builds <see cref=\"" + _type + "\"/> values part by part: one method per part, <c>Add…</c> methods for lists,");
            s.Line("/// nested builders for sections. <c>BuildDraft()</c> returns the value as filled so far"
                + (_canCheck ? "; <c>Build()</c> also checks that it is complete." : "."));
            s.Line("/// </summary>");
            s.Open(_record.Shape!.Accessibility + " sealed partial class " + _builder);
            WriteFields();
            WriteConstructors();
            foreach (var member in _members)
            {
                WriteMember(member);
            }

            WriteBuildMethods();
            s.Close();
        }

        private void WriteFields()
        {
            _source.Line("private readonly " + _type + " _source;");
            foreach (var member in _members)
            {
                _source.Line("private " + member.PropertyType + " " + Field(member) + ";");
                if (member.IsCollection)
                {
                    _source.Line("private " + List + "<" + member.ItemType + ">? " + Items(member) + ";");
                }
            }
        }

        private void WriteConstructors()
        {
            var s = _source;
            s.Line();
            s.Line("/// <summary>Starts from a new <see cref=\"" + _type + "\"/>: every part as its initializer leaves it.</summary>");
            s.Line("public " + _builder + "()");
            var required = _record.Shape!.RequiredMembers;
            s.Line("    : this(new " + _type + "()" + (required.Count == 0 ? string.Empty : " { " + string.Join(", ", required.Select(m => m + " = default!")) + " }") + ")");
            s.Line("{");
            s.Line("}");
            s.Line();
            s.Line("/// <summary>Starts from <paramref name=\"source\"/>: parts that are not set through this builder keep their values.</summary>");
            s.Open("public " + _builder + "(" + _type + " source)");
            s.Line(IsValueType ? "_source = source;" : "_source = source ?? throw new global::System.ArgumentNullException(nameof(source));");
            foreach (var member in _members)
            {
                s.Line(Field(member) + " = source." + member.PropertyName + ";");
            }

            s.Close();
        }

        private void WriteMember(MemberModel member)
        {
            var s = _source;
            var name = BuilderNames.Setter(member, _record);
            var label = Label(member);
            var property = "<see cref=\"" + _type + "." + member.PropertyName + "\"/>";

            // The value itself.
            s.Line();
            Summary(member.Documentation ?? "Sets <c>" + label + "</c> (" + property + ").");
            var parameter = member.PropertyType + " value" + (member.Kind == MemberKind.Check && member.PropertyType == "bool" ? " = true" : string.Empty);
            s.Open(Access(member) + " " + _builder + " " + name + "(" + parameter + ")");
            s.Line(Field(member) + " = value;");
            if (member.IsCollection)
            {
                s.Line(Items(member) + " = null;");
            }

            s.Line("return this;");
            s.Close();

            if (!member.IsCollection)
            {
                WriteValueOverloads(member, name, label);
                return;
            }

            // Items, one at a time.
            var add = BuilderNames.Adder(member, _record)!;
            s.Line();
            Summary("Adds an item to <c>" + label + "</c> (" + property + ").");
            s.Open(Access(member) + " " + _builder + " " + add + "(" + member.ItemType + " item)");
            s.Open("if (" + Items(member) + " is null)");
            s.Line(Items(member) + " = " + Field(member) + " is null");
            s.Line("    ? new " + List + "<" + member.ItemType + ">()");
            s.Line("    : new " + List + "<" + member.ItemType + ">(" + Field(member) + ");");
            s.Close();
            s.Line();
            s.Line(Items(member) + ".Add(item);");
            s.Line("return this;");
            s.Close();

            var value = ItemValue(member);
            if (value.Kind == ValueKind.Record && value.Record?.Shape?.BuilderName is { } itemBuilder)
            {
                s.Line();
                Summary("Adds an item to <c>" + label + "</c>, filled through a <see cref=\"" + itemBuilder + "\"/>.");
                s.Open(Access(member) + " " + _builder + " " + add + "(global::System.Action<" + itemBuilder + "> configure)");
                ThrowIfNull("configure");
                s.Line("var builder = new " + itemBuilder + "();");
                s.Line("configure(builder);");
                s.Line("return " + add + "(builder.BuildDraft());");
                s.Close();
            }
            else if (Constructor(value) is { } constructor)
            {
                s.Line();
                Summary("Adds an item to <c>" + label + "</c> from its parts.");
                s.Line(Access(member) + " " + _builder + " " + add + "(" + constructor.Parameters + ") => " + add + "(" + constructor.Creation + ");");
            }
        }

        private void WriteValueOverloads(MemberModel member, string name, string label)
        {
            var s = _source;
            var value = member.Body?.Value ?? member.Value;
            if (value.Kind == ValueKind.Record && value.Record?.Shape?.BuilderName is { } sectionBuilder)
            {
                s.Line();
                Summary("Fills <c>" + label + "</c> through a <see cref=\"" + sectionBuilder + "\"/>, starting from its current value.");
                s.Open(Access(member) + " " + _builder + " " + name + "(global::System.Action<" + sectionBuilder + "> configure)");
                ThrowIfNull("configure");
                s.Line("var builder = " + Field(member) + " is { } current ? new " + sectionBuilder + "(current) : new " + sectionBuilder + "();");
                s.Line("configure(builder);");
                s.Line(Field(member) + " = builder.BuildDraft();");
                s.Line("return this;");
                s.Close();
            }
            else if (Constructor(value) is { } constructor)
            {
                s.Line();
                Summary("Sets <c>" + label + "</c> from its parts.");
                s.Line(Access(member) + " " + _builder + " " + name + "(" + constructor.Parameters + ") => " + name + "(" + constructor.Creation + ");");
            }
        }

        private void WriteBuildMethods()
        {
            var s = _source;
            s.Line();
            s.Line("/// <summary>");
            s.Line("/// Returns the value as filled so far, without checking it: what a pipeline stage hands to the next."
                + (_canCheck ? " <c>CheckCompleteness()</c> on it lists what is still missing." : string.Empty));
            s.Line("/// </summary>");
            if (_record.Shape!.IsRecord)
            {
                s.Line("public " + _type + " BuildDraft() => _source with");
            }
            else
            {
                s.Line("public " + _type + " BuildDraft() => new " + _type + "()");
            }

            s.Line("{");
            foreach (var member in _members)
            {
                s.Line("    " + member.PropertyName + " = " + (member.IsCollection ? Materialized(member) : Field(member)) + ",");
            }

            s.Line("};");
            if (!_canCheck)
            {
                return;
            }

            s.Line();
            s.Line("/// <summary>Returns the value and checks that it is complete: every required part filled, no placeholder left.</summary>");
            s.Line("/// <param name=\"options\">Extra placeholder markers and rules for the check.</param>");
            s.Line("/// <exception cref=\"global::Reports.ReportIncompleteException\">");
            s.Line("/// A required value is missing, empty, still a placeholder or invalid; the message lists each one by path.");
            s.Line("/// </exception>");
            s.Open("public " + _type + " Build(global::Reports.CompletenessOptions? options = null)");
            s.Line("var draft = BuildDraft();");
            s.Line("draft.EnsureComplete(options: options);");
            s.Line("return draft;");
            s.Close();
            s.Line();
            s.Line("/// <summary>Returns the value if it is complete; never throws for an incomplete one.</summary>");
            s.Line("/// <param name=\"value\">The value when it is complete, otherwise null (<see cref=\"BuildDraft\"/> gives the draft).</param>");
            s.Line("/// <param name=\"result\">What the completeness check found.</param>");
            s.Line("/// <param name=\"options\">Extra placeholder markers and rules for the check.</param>");
            s.Line("/// <returns>True when the value is complete.</returns>");
            var notNullWhen = _features.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            s.Open("public bool TryBuild(" + notNullWhen + "out " + _type + "? value, out global::Reports.CompletenessResult result, global::Reports.CompletenessOptions? options = null)");
            s.Line("var draft = BuildDraft();");
            s.Line("result = draft.CheckCompleteness(options: options);");
            s.Open("if (result.IsComplete)");
            s.Line("value = draft;");
            s.Line("return true;");
            s.Close();
            s.Line();
            s.Line("value = null;");
            s.Line("return false;");
            s.Close();
        }

        private string Materialized(MemberModel member)
        {
            var items = Items(member);
            var copy = member.Collection switch
            {
                CollectionKind.Array => items + ".ToArray()",
                CollectionKind.List => "new " + List + "<" + member.ItemType + ">(" + items + ")",
                _ => "new global::Reports.ReportList<" + member.ItemType + ">(" + items + ")",
            };
            return items + " is null ? " + Field(member) + " : " + copy;
        }

        private void ThrowIfNull(string parameter)
        {
            _source.Open("if (" + parameter + " is null)");
            _source.Line("throw new global::System.ArgumentNullException(nameof(" + parameter + "));");
            _source.Close();
            _source.Line();
        }

        private void Summary(string text)
        {
            var lines = text.Split('\n');
            if (lines.Length == 1)
            {
                _source.Line("/// <summary>" + text + "</summary>");
                return;
            }

            _source.Line("/// <summary>");
            foreach (var line in lines)
            {
                _source.Line("/// " + line);
            }

            _source.Line("/// </summary>");
        }

        /// <summary>The value of one item: for a section's table or list, the body's view of the item type.</summary>
        private static ValueModel ItemValue(MemberModel member) => member.Body?.Value ?? member.Value;

        /// <summary>The parameters and the creation expression for a value built from its parts, if it can be.</summary>
        private static (string Parameters, string Creation)? Constructor(ValueModel value)
        {
            switch (value.Kind)
            {
                case ValueKind.Inline when !value.Constructor.IsEmpty:
                    var parameters = value.Constructor.Select(p => p.TypeName + " " + CompletenessEmitter.Camel(p.Name));
                    var arguments = value.Constructor.Select(p => CompletenessEmitter.Camel(p.Name));
                    return (string.Join(", ", parameters), "new " + value.TypeName + "(" + string.Join(", ", arguments) + ")");
                case ValueKind.CodeBlock:
                    return ("string language, string code", "new global::Reports.CodeBlock(language, code)");
                case ValueKind.ChecklistItem:
                    return ("string text, bool done = false", "new global::Reports.ChecklistItem(text, done)");
                default:
                    return null;
            }
        }

        /// <summary>Public unless the property or its type is not: a public method cannot expose an internal type.</summary>
        private static string Access(MemberModel member) => member.IsPublic ? "public" : "internal";

        // A member's field is named in a dozen places of the builder: each name is made once per builder.
        private string Field(MemberModel member) => FieldNames(member).Field;

        private string Items(MemberModel member) => FieldNames(member).Items;

        private (string Field, string Items) FieldNames(MemberModel member)
        {
            if (!_fieldNames.TryGetValue(member.PropertyName, out var names))
            {
                var name = member.PropertyName;
                var field = char.ToLowerInvariant(name[0]) + name.Substring(1);
                field = "_" + (field == "source" ? "sourceValue" : field);
                names = (field, field + "Items");
                _fieldNames.Add(name, names);
            }

            return names;
        }

        private static string Label(MemberModel member)
        {
            var label = ReportPaths.LabelOf(member).Replace("{n}", "N");
            return Xml(label.Length == 0 ? member.PropertyName : label);
        }

        private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
