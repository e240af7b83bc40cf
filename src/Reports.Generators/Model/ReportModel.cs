using System;

namespace Reports.Generators.Model;

// The generator's model of a report type: plain values only (no ISymbol, SyntaxNode or Location), so that
// the incremental pipeline can compare it with the previous run and skip emitting when nothing changed.

/// <summary>A report type marked with [Report].</summary>
internal sealed record ReportModel(
    string? Namespace,
    string TypeName,
    string FullTypeName,
    string Declaration,
    EquatableArray<string> ContainingTypes,
    bool IsValueType,
    Format? Title,
    string? Footer,
    bool RuleBeforeFooter,
    int CompactHeadingLevel,
    LabelStyle LabelStyle,
    bool SoftLineBreaks,
    char Bullet,
    RecordModel Root)
{
    /// <summary>The heading level of the report's top sections (2 by default).</summary>
    public int SectionLevel { get; init; } = 2;

    /// <summary>The template's YAML front matter (the text between its <c>---</c> lines), or null.</summary>
    public string? FrontMatter { get; init; }

    /// <summary>The blank lines the template ends with (0 to 9).</summary>
    public int TrailingBlankLines { get; init; }

    /// <summary>Whether the title (or first part) follows the front matter's closing <c>---</c> with no blank line.</summary>
    public bool CompactFrontMatter { get; init; }

    /// <summary>The template's opening Markdown before the first part, or null.</summary>
    public string? Preamble { get; init; }

    /// <summary>Whether the preamble stands above the title.</summary>
    public bool PreambleAboveTitle { get; init; }

    /// <summary>The file name of the generated source (<see cref="HintNames"/>).</summary>
    public string HintName { get; init; } = string.Empty;
}

/// <summary>A record whose annotated properties are laid out in order.</summary>
internal sealed record RecordModel(string FullTypeName, string Name, EquatableArray<MemberModel> Members)
{
    /// <summary>The property names passed to the constructor, in parameter order (empty: parameterless).</summary>
    public EquatableArray<string> Constructor { get; init; }

    /// <summary>Where the type is declared and what can be generated for it (builders, partial members).</summary>
    public RecordShape? Shape { get; init; }
}

/// <summary>The declaration of a report or section type, as far as generating code beside it is concerned.</summary>
internal sealed record RecordShape(
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string Declaration,
    string Accessibility,
    bool IsRecord,
    bool IsValueType,
    bool IsPartial,
    bool IsInSource)
{
    /// <summary>The fully qualified name of the type's builder, or null when it has none (see <see cref="GeneratesBuilder"/>).</summary>
    public string? BuilderName { get; init; }

    /// <summary>Whether this compilation generates the builder (the type is declared here, and can be built).</summary>
    public bool GeneratesBuilder { get; init; }

    /// <summary>The type's C# <c>required</c> members, which code creating it must set (the builder starts them at default).</summary>
    public EquatableArray<string> RequiredMembers { get; init; }

    /// <summary>The file name of the generated source (<see cref="HintNames"/>).</summary>
    public string HintName { get; init; } = string.Empty;

    /// <summary>Whether partial members (CheckCompleteness, ToBuilder, …) can be added to the type.</summary>
    public bool CanExtend => IsPartial && IsInSource;
}

/// <summary>A <c>[RequiredWhen(member, value)]</c> condition: the path it reads and the constant it compares with.</summary>
internal sealed record RequiredWhenModel(
    EquatableArray<string> Path,
    bool FromRoot,
    string ValueType,
    string ValueExpression,
    string? EnumMember,
    string ValueText);

/// <summary>A constructor parameter of an [Inline] record (builders accept the values as well as the record).</summary>
internal sealed record ParameterModel(string Name, string TypeName);

/// <summary>How a member is laid out.</summary>
internal enum MemberKind
{
    Field,
    Text,
    TitleValue,
    Section,
    RepeatedSection,
    List,
    Repeated,
    Table,
    Checklist,
    Check,
    Indicator,
    CodeBlock,
    AlignedBlock,
    Group,
}

/// <summary>What kind of value a member (or a list's item) holds.</summary>
internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Decimal,
    Double,
    Boolean,
    DateOnly,
    TimeOnly,
    DateTime,
    DateTimeOffset,
    Enum,
    Inline,
    Record,

    /// <summary>Reports.MarkdownText: a section's body kept as Markdown.</summary>
    Markdown,
    CodeBlock,
    ChecklistItem,
}

/// <summary>The collection type of a list member.</summary>
internal enum CollectionKind
{
    None,
    ReportList,
    ReadOnlyList,
    Array,
    List,
}

/// <summary>Mirrors Reports.FieldLayout.</summary>
internal enum FieldLayout
{
    Bullet = 0,
    Line = 1,
    Paragraph = 2,
    Block = 3,
    Quote = 4,
    Heading = 5,
    FrontMatter = 6,
}

/// <summary>Mirrors Reports.LabelStyle.</summary>
internal enum LabelStyle
{
    Default = 0,
    ColonAfterBold = 1,
    ColonInsideBold = 2,
    NoColon = 3,
    Plain = 4,
    PlainNoColon = 5,
}

/// <summary>An enum member and how it is written.</summary>
internal sealed record EnumOption(string MemberName, string Label, string? Emoji)
{
    public string Display(bool hideEmoji) => hideEmoji || Emoji is null ? Label : Emoji + " " + Label;
}

/// <summary>A value's type, as far as writing and reading it is concerned.</summary>
internal sealed record ValueModel(
    ValueKind Kind,
    string TypeName,
    bool IsValueType,
    EquatableArray<EnumOption> Options,
    Format? Inline,
    RecordModel? Record)
{
    /// <summary>For an [Inline] record: the constructor that takes its members, if it has one.</summary>
    public EquatableArray<ParameterModel> Constructor { get; init; }
}

/// <summary>An annotated property of a report or section record.</summary>
internal sealed record MemberModel(
    MemberKind Kind,
    string PropertyName,
    string Label,
    ValueModel Value,
    CollectionKind Collection,
    bool IsNullable)
{
    public bool Optional { get; init; }
    public string? Condition { get; init; }

    /// <summary>The condition as the blank template writes it, with its parentheses (<c>(if applicable)</c>, <c>*(mandatory)*</c>).</summary>
    public string? ConditionWritten { get; init; }

    /// <summary>
    /// A plain value (a number, yes/no, a date or time, an enum) of a type that cannot be null, other than a check: it has
    /// no "not set", so reading refuses its placeholder and RPT0011 suggests a nullable type.
    /// </summary>
    public bool CannotBeUnset => Kind != MemberKind.Check && CannotBeNull(Value, Collection, IsNullable);

    /// <summary>Whether a plain value of this type, collection and nullability cannot be null (see <see cref="CannotBeUnset"/>).</summary>
    public static bool CannotBeNull(ValueModel value, CollectionKind collection, bool nullable) =>
        !nullable && collection == CollectionKind.None && value.IsValueType
        && value.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal or ValueKind.Double or ValueKind.Boolean
            or ValueKind.DateOnly or ValueKind.TimeOnly or ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.Enum;
    public bool RuleBefore { get; init; }
    public int BlankLinesBefore { get; init; }
    public EquatableArray<string> Placeholders { get; init; }
    public string? Default { get; init; }

    // Fields
    public FieldLayout Layout { get; init; }
    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    public bool Code { get; init; }
    public bool TrailingBreak { get; init; }
    public bool SoftLineBreak { get; init; }
    public bool RuleAfter { get; init; }
    public string? GuidanceAbove { get; init; }
    public bool CompactGuidanceAbove { get; init; }
    public int HeadingLevel { get; init; }
    public LabelStyle LabelStyle { get; init; }
    public string OptionSeparator { get; init; } = " / ";
    public bool HideEmoji { get; init; }

    // Sections
    public string? Emoji { get; init; }
    public string? Guidance { get; init; }
    public string? FilledBy { get; init; }
    public string? RepeatGuidance { get; init; }
    public bool Compact { get; init; }
    public bool CompactGuidance { get; init; }
    public string? TrailingGuidance { get; init; }

    // Collections
    public int TemplateItems { get; init; }
    public string? EmptyText { get; init; }
    public bool Numbered { get; init; }
    public bool SameNumber { get; init; }
    public bool Loose { get; init; }
    public bool BlankLineAfterLabel { get; init; }
    public string? MoreItems { get; init; }
    public Format? ItemTitle { get; init; }
    public bool AsLabel { get; init; }

    // Groups

    /// <summary>Spaces before each line of a group's parts.</summary>
    public int Indent { get; init; }

    // Indicators, code blocks, table columns
    public string? Description { get; init; }
    public string? Language { get; init; }
    public string? LanguagePlaceholder { get; init; }
    public bool Bold { get; init; }
    public string? Delimiter { get; init; }

    /// <summary>For a section on a non-record value: how its body is laid out.</summary>
    public MemberModel? Body { get; init; }

    // Builders and completeness

    /// <summary>The inner XML of the property's documentation <c>&lt;summary&gt;</c>, if it has one.</summary>
    public string? Documentation { get; init; }

    /// <summary>The property's type, fully qualified, with its nullable annotation.</summary>
    public string PropertyType { get; init; } = string.Empty;

    /// <summary>For a collection: the item type, fully qualified, with its nullable annotation.</summary>
    public string? ItemType { get; init; }

    /// <summary>The [RequiredWhen] conditions; the part is required when any holds.</summary>
    public EquatableArray<RequiredWhenModel> RequiredWhen { get; init; }

    /// <summary>[AllowPlaceholderLike]: only the member's own placeholder counts as a placeholder.</summary>
    public bool AllowPlaceholderLike { get; init; }

    /// <summary>Whether generated code in the same assembly can set the property (an accessible set or init accessor).</summary>
    public bool CanSet { get; init; } = true;

    /// <summary>Whether the property and its type are public, so builder methods for it can be public too.</summary>
    public bool IsPublic { get; init; } = true;

    public bool IsCollection => Collection != CollectionKind.None;

    /// <summary>What the blank template shows for an enum value: its options, joined.</summary>
    public string EnumTemplateText() =>
        string.Join(OptionSeparator, System.Linq.Enumerable.Select(Value.Options, o => o.Display(HideEmoji)));

    /// <summary>
    /// The placeholder of example item <paramref name="example"/> (the last one repeats); without one, <c>[Label]</c>,
    /// or <c>[PropertyName]</c> for an unlabelled part.
    /// </summary>
    public string PlaceholderAt(int example) =>
        Placeholders.IsEmpty ? "[" + (Label.Length > 0 ? Label : PropertyName) + "]" : Placeholders[Math.Min(example, Placeholders.Count - 1)];
}

/// <summary>A format with holes: a title, an item title or an inline record.</summary>
internal sealed record Format(string Source, EquatableArray<FormatPart> Parts);

internal enum FormatPartKind
{
    Literal,
    Hole,
    Number,
    CodeStart,
    CodeEnd,
}

/// <summary>
/// A piece of a format. A hole names a member by path (<c>Overview.TaskId</c>) and carries that member's model.
/// </summary>
internal sealed record FormatPart(FormatPartKind Kind, string Text, EquatableArray<string> Path, MemberModel? Member);
