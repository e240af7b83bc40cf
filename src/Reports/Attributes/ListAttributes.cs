using System;

namespace Reports;

/// <summary>Options shared by lists, tables, checklists and repeated blocks.</summary>
public abstract class CollectionPartAttribute : ReportPartAttribute
{
    /// <summary>
    /// How many example items the blank template shows. By default, as many as the longest
    /// <see cref="PlaceholderAttribute"/> of the items' members, and at least one.
    /// </summary>
    public int TemplateItems { get; set; }

    /// <summary>Text written instead of the items when the list is empty (<c>None</c>).</summary>
    public string? EmptyText { get; set; }

    /// <summary>A line shown after the items in the blank template only (<c>[List all test cases]</c>).</summary>
    public string? RepeatGuidance { get; set; }

    /// <summary>
    /// A line the blank template shows between the label and the items (GitHub's <c>Steps to reproduce the behavior:</c>).
    /// Reports leave it out; a reader skips it where it stands.
    /// </summary>
    public string? Guidance { get; set; }

    /// <summary>
    /// How the bold label before the items (and the head label of record items written on one line) is punctuated;
    /// <see cref="LabelStyle.Default"/> takes the report's <see cref="ReportAttribute.LabelStyle"/>.
    /// </summary>
    public LabelStyle LabelStyle { get; set; }
}

/// <summary>
/// A bullet or numbered list, optionally under a bold label (<c>**Created**:</c>). Items are text,
/// <see cref="InlineAttribute"/> records, or records written as an item head with nested bullets.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class ListAttribute : CollectionPartAttribute
{
    /// <summary>A list with no label.</summary>
    public ListAttribute() { }

    /// <summary>A list under <c>**label**:</c>.</summary>
    public ListAttribute(string label) => Label = label;

    /// <summary>The bold label written on the line before the list, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>A numbered list (<c>1.</c>, <c>2.</c>, …) instead of bullets.</summary>
    public bool Numbered { get; set; }

    /// <summary>
    /// With <see cref="Numbered"/>: every item written <c>1.</c> (Markdown shows them 1, 2, 3), as PyTorch's bug template
    /// numbers its steps. Reading takes any numbers.
    /// </summary>
    public bool SameNumber { get; set; }

    /// <summary>A blank line after the label and between items.</summary>
    public bool Loose { get; set; }

    /// <summary>
    /// A blank line between the label and the items, which stay tight (VS Code's <c>Steps to Reproduce:</c>, a blank line,
    /// then <c>1.</c>). <see cref="Loose"/> puts one between the items too.
    /// </summary>
    public bool BlankLineAfterLabel { get; set; }

    /// <summary>
    /// An item the blank template shows after its example items to say that more may follow, as MADR's decision records
    /// end their lists with <c>* … &lt;!-- numbers of options can vary --&gt;</c>. Reports leave it out; a reader drops an
    /// item that is this line (or its text without the comment, <c>…</c>) where an agent kept it. For bullet lists of text or
    /// Markdown; an item of a report that holds the same text is written so that it stays an item.
    /// </summary>
    public string? MoreItems { get; set; }

    /// <summary>
    /// For record items: the bold head of each item, with <c>{n}</c> for the item number and
    /// <c>{Member}</c> holes (<c>"Test: {Name}"</c>); the record's fields follow as nested bullets.
    /// Without it, the item's first field is its head.
    /// </summary>
    public string? ItemTitle { get; set; }
}

/// <summary>
/// Records written one after another, each as a bold title paragraph followed by the record's parts:
/// <c>**Decision 1: [Decision Name]**</c> then its bullets.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class RepeatedAttribute : CollectionPartAttribute
{
    /// <summary>Creates repeated blocks with the given title format (<c>{n}</c> is the item number).</summary>
    public RepeatedAttribute(string title) => Title = title;

    /// <summary>The title format, e.g. <c>"Decision {n}: {Name}"</c>.</summary>
    public string Title { get; }

    /// <summary>Writes the title as a label, <c>**Deviation 1**:</c>, instead of a bold line.</summary>
    public bool AsLabel { get; set; }
}

/// <summary>
/// A table with one row per item; the item record's <see cref="ColumnAttribute"/> properties are the columns.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class TableAttribute : CollectionPartAttribute
{
    /// <summary>A table with no label.</summary>
    public TableAttribute() { }

    /// <summary>A table under <c>**label**:</c>.</summary>
    public TableAttribute(string label) => Label = label;

    /// <summary>The bold label written before the table, or <see langword="null"/>.</summary>
    public string? Label { get; }
}

/// <summary>A column of a <see cref="TableAttribute"/> table.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class ColumnAttribute : Attribute
{
    /// <summary>Creates a column with the given header.</summary>
    public ColumnAttribute(string header) => Header = header;

    /// <summary>The column header.</summary>
    public string Header { get; }

    /// <summary>Writes the cells in bold.</summary>
    public bool Bold { get; set; }

    /// <summary>Writes the cells as inline code.</summary>
    public bool Code { get; set; }

    /// <summary>
    /// The column's cell in the delimiter row under the header, as the template writes it: <c>"---"</c>,
    /// <c>":---:"</c>, <c>"-----------"</c>. By default as many dashes as the header is long, plus two. Reading
    /// accepts any delimiter row.
    /// </summary>
    public string? Delimiter { get; set; }
}

/// <summary>
/// A task list of free items (<c>- [ ] text</c> / <c>- [x] text</c>) on a list of <see cref="ChecklistItem"/>,
/// optionally under a bold label.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class ChecklistAttribute : CollectionPartAttribute
{
    /// <summary>A checklist with no label.</summary>
    public ChecklistAttribute() { }

    /// <summary>A checklist under <c>**label**:</c>.</summary>
    public ChecklistAttribute(string label) => Label = label;

    /// <summary>The bold label written before the checklist, or <see langword="null"/>.</summary>
    public string? Label { get; }
}

/// <summary>
/// A fixed task-list item on a <see cref="bool"/>: <c>- [ ] text</c> when false, <c>- [x] text</c> when true.
/// Adjacent checks form one list.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class CheckAttribute : ReportPartAttribute
{
    /// <summary>Creates a check with the given fixed text.</summary>
    public CheckAttribute(string text) => Text = text;

    /// <summary>The item's text.</summary>
    public string Text { get; }
}

/// <summary>
/// A fixed list item marked by an enum's emoji: <c>- ✅ **Code Standards Compliance**</c>.
/// The blank template shows every option's emoji (<c>✅/⚠️/❌</c>). Adjacent indicators form one list.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class IndicatorAttribute : ReportPartAttribute
{
    /// <summary>Creates an indicator with the given bold label.</summary>
    public IndicatorAttribute(string label) => Label = label;

    /// <summary>The bold label.</summary>
    public string Label { get; }

    /// <summary>Fixed text after the label: <c>- ✅ **Inline Comments**: Function and complex logic documentation</c>.</summary>
    public string? Description { get; set; }
}

/// <summary>
/// A fenced code block on a <see cref="CodeBlock"/> (language and code) or a <see cref="string"/> (code only),
/// optionally under a bold label (<c>**Logs**:</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class CodeBlockAttribute : ReportPartAttribute
{
    /// <summary>A code block with no label.</summary>
    public CodeBlockAttribute() { }

    /// <summary>A code block under <c>**label**:</c>, as bug reports give their logs (<c>**Error output**:</c>).</summary>
    public CodeBlockAttribute(string label) => Label = label;

    /// <summary>The bold label written on the line before the code block, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>The fixed language of a <see cref="string"/> code block (<c>json</c>).</summary>
    public string? Language { get; set; }

    /// <summary>The language shown in the blank template for a <see cref="CodeBlock"/> (<c>[language]</c>).</summary>
    public string? LanguagePlaceholder { get; set; }

    /// <summary>No blank line between the label and the fence (<c>**Evidence**:</c> then <c>```</c> on the next line).</summary>
    public bool Compact { get; set; }
}

/// <summary>
/// A record written inside a fence as aligned <c>Label: value</c> lines, e.g.
/// <c>Unit Tests:        85% (120 tests)</c>. The record's members are <see cref="FieldAttribute"/> fields.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class AlignedBlockAttribute : ReportPartAttribute
{
}

/// <summary>
/// A record written under a bold label, its parts right below it: <c>**Test Configuration**:</c> then
/// <c>- **OS**: …</c> and <c>- **Browser**: …</c>. It is a small section without a heading, as bug report templates
/// group an environment's details (GitHub's <c>**Desktop (please complete the following information):**</c>).
/// </summary>
/// <remarks>
/// The record holds fields, checks, indicators, lists, tables, checklists and code blocks, not sections or free
/// text (they would not stay under the label). A group left as its blank template reads as missing.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class GroupAttribute : ReportPartAttribute
{
    /// <summary>Creates a group under the given bold label.</summary>
    public GroupAttribute(string label) => Label = label;

    /// <summary>The bold label written above the group's parts.</summary>
    public string Label { get; }

    /// <summary>
    /// How the label is punctuated; <see cref="LabelStyle.Default"/> takes the report's <see cref="ReportAttribute.LabelStyle"/>.
    /// <see cref="LabelStyle.NoColon"/> writes <c>**Label**</c> alone.
    /// </summary>
    public LabelStyle LabelStyle { get; set; }

    /// <summary>
    /// Spaces written before each line of the group's parts, from 0 to 3: GitHub's bug report template writes its
    /// fields as <c> - OS: [e.g. iOS]</c>, with one.
    /// </summary>
    public int Indent { get; set; }
}
