using System;

namespace Reports;

/// <summary>
/// Free text with no label: one paragraph (the value may hold several lines). The blank template
/// shows the <see cref="PlaceholderAttribute"/> text.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class TextAttribute : ReportPartAttribute
{
}

/// <summary>A value that is written only in the report's title (<see cref="ReportAttribute.Title"/>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class TitleValueAttribute : Attribute
{
}

/// <summary>
/// The text shown in the blank template for a value. Give several to vary it between the example
/// items of a list or table: <c>[Placeholder("[Component A]", "[Component B]", "[Component C]")]</c>.
/// Without it a value shows <c>[Label]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class PlaceholderAttribute : Attribute
{
    /// <summary>Creates the placeholder(s); the last one repeats when there are more example items.</summary>
    public PlaceholderAttribute(params string[] values) => Values = values;

    /// <summary>The placeholder of each example item, in order.</summary>
    public string[] Values { get; }
}

/// <summary>
/// On a list or table: the placeholders of one member of the item type for this use only, e.g.
/// <c>[ItemPlaceholder(nameof(FileChange.Purpose), "[What was changed]")]</c>, so one item type can serve
/// lists whose templates word their placeholders differently.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = true)]
public sealed class ItemPlaceholderAttribute : Attribute
{
    /// <summary>Creates the override for <paramref name="member"/> of the item type.</summary>
    public ItemPlaceholderAttribute(string member, params string[] values)
    {
        Member = member;
        Values = values;
    }

    /// <summary>The name of the item type's property.</summary>
    public string Member { get; }

    /// <summary>The placeholder of each example item, in order.</summary>
    public string[] Values { get; }
}

/// <summary>How an enum member is written: its label and an optional emoji (<c>🟡 IN_PROGRESS</c>).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class OptionAttribute : Attribute
{
    /// <summary>Creates an option with the given label.</summary>
    public OptionAttribute(string label) => Label = label;

    /// <summary>The label (<c>IN_PROGRESS</c>).</summary>
    public string Label { get; }

    /// <summary>The emoji written before the label (<c>🟡</c>).</summary>
    public string? Emoji { get; set; }
}

/// <summary>
/// Writes a record on one line from a format: <c>[Inline("`{Path}` - {Purpose}")]</c>.
/// Holes name the record's properties; text between backticks is inline code.
/// Two holes must be separated by fixed text so the line can be read back.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
public sealed class InlineAttribute : Attribute
{
    /// <summary>Creates the inline format.</summary>
    public InlineAttribute(string format) => Format = format;

    /// <summary>The format, e.g. <c>"**{Name}**: {Description}"</c>.</summary>
    public string Format { get; }
}
