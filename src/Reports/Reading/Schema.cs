using System;
using System.ComponentModel;

namespace Reports.Reading;

// The shape of a report type, generated at compile time and read by ReportReader. Immutable once built.

/// <summary>How a part of a report is laid out (mirrors the attributes).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum NodeKind
{
    /// <summary>[Field]</summary>
    Field,

    /// <summary>[Text]</summary>
    Text,

    /// <summary>[TitleValue]</summary>
    TitleValue,

    /// <summary>[Section]</summary>
    Section,

    /// <summary>[Section] with {n}</summary>
    RepeatedSection,

    /// <summary>[List]</summary>
    List,

    /// <summary>[Repeated]</summary>
    Repeated,

    /// <summary>[Table]</summary>
    Table,

    /// <summary>[Checklist]</summary>
    Checklist,

    /// <summary>[Check]</summary>
    Check,

    /// <summary>[Indicator]</summary>
    Indicator,

    /// <summary>[CodeBlock]</summary>
    CodeBlock,

    /// <summary>[AlignedBlock]</summary>
    AlignedBlock,

    /// <summary>[Group]</summary>
    Group,

    /// <summary>[Field] with <c>Layout = FieldLayout.FrontMatter</c>: a key of the YAML front matter, never part of the body.</summary>
    FrontMatter,
}

/// <summary>The type of a single value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum ValueKind
{
    /// <summary>string</summary>
    String,

    /// <summary>int</summary>
    Int32,

    /// <summary>long</summary>
    Int64,

    /// <summary>decimal</summary>
    Decimal,

    /// <summary>double</summary>
    Double,

    /// <summary>bool</summary>
    Boolean,

    /// <summary>DateOnly</summary>
    DateOnly,

    /// <summary>TimeOnly</summary>
    TimeOnly,

    /// <summary>MarkdownText: a section's body kept as Markdown.</summary>
    Markdown,

    /// <summary>DateTime</summary>
    DateTime,

    /// <summary>DateTimeOffset</summary>
    DateTimeOffset,

    /// <summary>An enum with options.</summary>
    Enum,

    /// <summary>An [Inline] record.</summary>
    Inline,

    /// <summary>A record of parts.</summary>
    Record,

    /// <summary>Reports.CodeBlock</summary>
    CodeBlock,

    /// <summary>Reports.ChecklistItem</summary>
    ChecklistItem,
}

/// <summary>An enum option: its label, emoji and boxed value.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EnumOptionSpec
{
    /// <summary>Creates an option.</summary>
    public EnumOptionSpec(string label, string? emoji, string memberName, object value)
    {
        Label = label;
        Emoji = emoji;
        MemberName = memberName;
        Value = value;
        LabelKey = ReportReader.OptionKey(label);
        MemberNameKey = ReportReader.OptionKey(memberName);
    }

    /// <summary>The label (<c>IN_PROGRESS</c>).</summary>
    public string Label { get; }

    /// <summary>The emoji, if any.</summary>
    public string? Emoji { get; }

    /// <summary>The C# member name.</summary>
    public string MemberName { get; }

    /// <summary>The boxed enum value.</summary>
    public object Value { get; }

    /// <summary><see cref="Label"/> as option text is matched against it: its letters and digits, in capitals.</summary>
    internal string LabelKey { get; }

    /// <summary><see cref="MemberName"/> as option text is matched against it.</summary>
    internal string MemberNameKey { get; }
}

/// <summary>How a single value is read.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValueSpec
{
    /// <summary>Creates a value spec.</summary>
    public ValueSpec(ValueKind kind) => Kind = kind;

    /// <summary>The value's type.</summary>
    public ValueKind Kind { get; }

    /// <summary>The placeholders the template shows for it.</summary>
    public string[] Placeholders { get; init; } = Array.Empty<string>();

    /// <summary>The enum's options.</summary>
    public EnumOptionSpec[] Options { get; init; } = Array.Empty<EnumOptionSpec>();

    /// <summary>The format of an [Inline] record.</summary>
    public FormatSpec? Inline { get; init; }

    /// <summary>Written as inline code.</summary>
    public bool Code { get; init; }

    /// <summary>
    /// The member is a value type that cannot be null (<c>int</c>, not <c>int?</c>): it has no "not set", so its
    /// placeholder or an empty value is an error instead of reading as 0, No or the first day.
    /// </summary>
    public bool NotNullable { get; init; }

    /// <summary>Fixed text before the value.</summary>
    public string? Prefix { get; init; }

    /// <summary>Fixed text after the value.</summary>
    public string? Suffix { get; init; }

    /// <summary>The text the template shows for an enum (its options), read back as "not filled".</summary>
    public string? TemplateText { get; init; }

    /// <summary><see cref="TemplateText"/> without its blanks, as the reader compares values with it (made once).</summary>
    internal string? CollapsedTemplateText => TemplateText is null ? null : _collapsedTemplateText ??= ReportReader.Collapse(TemplateText);

    private string? _collapsedTemplateText;
}

/// <summary>A part of a format.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum FormatPartKind
{
    /// <summary>Fixed text.</summary>
    Literal,

    /// <summary>A value.</summary>
    Hole,

    /// <summary>The item number {n}.</summary>
    Number,

    /// <summary>Opening backtick.</summary>
    CodeStart,

    /// <summary>Closing backtick.</summary>
    CodeEnd,
}

/// <summary>One part of a format.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FormatPartSpec
{
    /// <summary>Creates a part.</summary>
    public FormatPartSpec(FormatPartKind kind, string text, int slot = -1, ValueSpec? value = null, string? label = null)
    {
        Kind = kind;
        Text = text;
        Slot = slot;
        Value = value;
        Label = label;
    }

    /// <summary>The kind of part.</summary>
    public FormatPartKind Kind { get; }

    /// <summary>The literal text (or the hole's source name).</summary>
    public string Text { get; }

    /// <summary>For a hole: the slot it fills in the record being read (-1 when it fills nothing).</summary>
    public int Slot { get; }

    /// <summary>For a hole: how its value is read.</summary>
    public ValueSpec? Value { get; }

    /// <summary>For a hole: the name used in error paths.</summary>
    public string? Label { get; }

    /// <summary>
    /// For a title hole naming a value inside the report's sections (<c>{Overview.TaskId}</c>): the slots leading to it,
    /// section by section. The reader checks the title's value against the section's, and supplies it when the section
    /// has none.
    /// </summary>
    public int[]? SlotPath { get; init; }
}

/// <summary>A format with holes (a title, an item title, an inline record).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FormatSpec
{
    /// <summary>Creates a format.</summary>
    public FormatSpec(string source, FormatPartSpec[] parts, int slotCount = 0, Func<ParsedRecord, object>? create = null)
    {
        Source = source;
        Parts = parts;
        SlotCount = slotCount;
        Create = create;
    }

    /// <summary>The format as written in the attribute.</summary>
    public string Source { get; }

    /// <summary>The parts.</summary>
    public FormatPartSpec[] Parts { get; }

    /// <summary>For an [Inline] record: the number of slots.</summary>
    public int SlotCount { get; }

    /// <summary>For an [Inline] record: builds it from its slots.</summary>
    public Func<ParsedRecord, object>? Create { get; }

    // Made when first asked; one reference, so a thread sees either nothing (and makes it again) or the whole result.
    private Tuple<FormatSpec?>? _shorter;

    /// <summary>A shorter form of this format that a reader also accepts, made once by <paramref name="make"/> (null: none).</summary>
    internal FormatSpec? Shorter(Func<FormatSpec, FormatSpec?> make) => (_shorter ??= Tuple.Create(make(this))).Item1;

    // What the template shows for the first items of a list of this format, made when first asked (a race makes the
    // same texts twice, never different ones).
    private string[] _templateTexts = Array.Empty<string>();

    /// <summary>The template's text of item <paramref name="index"/>, as <paramref name="build"/> makes it, kept for the first items.</summary>
    internal string TemplateTextAt(int index, Func<FormatSpec, int, string> build)
    {
        var texts = _templateTexts;
        if (index < texts.Length)
        {
            return texts[index];
        }

        if (index >= 16)
        {
            return build(this, index);
        }

        var grown = new string[index + 1];
        Array.Copy(texts, grown, texts.Length);
        for (var i = texts.Length; i <= index; i++)
        {
            grown[i] = build(this, i);
        }

        _templateTexts = grown;
        return grown[index];
    }
}

/// <summary>A record's parts and how to build it.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordSchema
{
    /// <summary>Creates a record schema.</summary>
    public RecordSchema(string name, Func<ParsedRecord, object> create, SchemaNode[] nodes)
    {
        Name = name;
        Create = create;
        Nodes = nodes;
    }

    /// <summary>The record type's name.</summary>
    public string Name { get; }

    /// <summary>Builds the record from its slots.</summary>
    public Func<ParsedRecord, object> Create { get; }

    /// <summary>The annotated members, in order; a node's slot is its index.</summary>
    public SchemaNode[] Nodes { get; }

    // 0: not known yet, 1: no, 2: yes (a race works it out twice, to the same answer).
    private int _plainLabels;

    /// <summary>Whether a field of this record, or of a record inside it, is written with a plain label (<c>OS: value</c>).</summary>
    internal bool HasPlainLabels
    {
        get
        {
            if (_plainLabels == 0)
            {
                _plainLabels = AnyPlainLabel(this, depth: 0) ? 2 : 1;
            }

            return _plainLabels == 2;
        }
    }

    private static bool AnyPlainLabel(RecordSchema record, int depth)
    {
        if (depth > ReportReader.MaxNesting)
        {
            return false;
        }

        foreach (var node in record.Nodes)
        {
            if (node.PlainLabel > 0 || (node.Record is { } inner && AnyPlainLabel(inner, depth + 1)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An annotated member of a record.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SchemaNode
{
    /// <summary>Creates a node.</summary>
    public SchemaNode(NodeKind kind, string label, ValueSpec value)
    {
        Kind = kind;
        Label = label;
        Value = value;
        var matched = ReportReader.NormalizeLabel(label.AsSpan());
        MatchLabel = matched.Length == label.Length ? label : matched.ToString();
    }

    /// <summary>How the member is laid out.</summary>
    public NodeKind Kind { get; }

    /// <summary>The heading, label, check text or column header.</summary>
    public string Label { get; }

    /// <summary><see cref="Label"/> as headings and labels are matched against it (no surrounding blanks or leading emoji).</summary>
    internal string MatchLabel { get; }

    /// <summary><see cref="MatchLabel"/> without bold, a colon or symbols at its end, as a heading is matched in the reader's second, looser pass.</summary>
    internal string LooseLabel => _looseLabel ??= ReportReader.LooseHeading(MatchLabel.AsSpan()).ToString();

    private string? _looseLabel;

    /// <summary>The member's value (for lists: the item's value).</summary>
    public ValueSpec Value { get; }

    /// <summary>A list member.</summary>
    public bool IsList { get; init; }

    /// <summary>For [Field]: its layout (0 bullet, 1 line, 2 paragraph, 3 block).</summary>
    public int Layout { get; init; }

    /// <summary>For sections: the emoji before the heading.</summary>
    public string? Emoji { get; init; }

    /// <summary>The template-only condition annotation.</summary>
    public string? Condition { get; init; }

    /// <summary>Template-only guidance under a heading.</summary>
    public string? Guidance { get; init; }

    /// <summary>Template-only guidance after a section's content.</summary>
    public string? TrailingGuidance { get; init; }

    /// <summary>Template-only guidance after repeated items.</summary>
    public string? RepeatGuidance { get; init; }

    /// <summary>The text written for an empty list.</summary>
    public string? EmptyText { get; init; }

    /// <summary>The item a list's template shows after its examples to say more may follow (a reader drops it), or null.</summary>
    public string? MoreItems { get; init; }

    /// <summary>For [Field]: the default the template shows (and a report writes when the value is not set).</summary>
    public string? Default { get; init; }

    /// <summary>For sections, record lists, tables and aligned blocks: the record's schema.</summary>
    public RecordSchema? Record { get; init; }

    /// <summary>For a section on a non-record value: how its body is read.</summary>
    public SchemaNode? Body { get; init; }

    /// <summary>Item title (lists, repeated blocks) or heading format with {n} (repeated sections).</summary>
    public FormatSpec? Title { get; init; }

    /// <summary>For [Indicator]: the fixed description.</summary>
    public string? Description { get; init; }

    /// <summary>For [Column]: bold cells.</summary>
    public bool Bold { get; init; }

    /// <summary>
    /// For [Field]: the label is written without bold (<c>OS: value</c>, 1) and without a colon too (<c>Browser value</c>,
    /// 2); 0 for a bold label. A plain label is read in any of these forms.
    /// </summary>
    public int PlainLabel { get; init; }
}
