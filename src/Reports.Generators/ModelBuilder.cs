using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Reports.Generators.Model;

namespace Reports.Generators;

/// <summary>
/// Turns a [Report] type symbol into the equatable <see cref="ReportModel"/>. The generator and the
/// analyzers share it: the generator ignores the diagnostics and skips a type that has errors; the
/// definition analyzer reports them.
/// </summary>
internal sealed class ModelBuilder
{
    /// <summary>Markdown has six heading levels; the report's title is level 1.</summary>
    private const int MaxHeadingLevel = 6;

    /// <summary>A safety net for records nested in list items, which add no heading level.</summary>
    private const int MaxDepth = 16;

    /// <summary>The key of a diagnostic property naming an attribute argument whose removal fixes it.</summary>
    public const string RemoveArgumentProperty = "RemoveArgument";

    private readonly Action<Diagnostic>? _report;
    private readonly ModelUse _use;
    private readonly CancellationToken _cancellationToken;
    private readonly Stack<string> _building = new();
    private Dictionary<ISymbol, EquatableArray<EnumOption>>? _enumOptions;
    private Dictionary<ISymbol, string>? _typeNames;
    private INamedTypeSymbol? _root;
    private int _headingLevel = 1;

    // The report's fixed front matter lines, which its front matter fields' keys may not repeat.
    private string? _frontMatterText;
    private bool _hasErrors;

    private ModelBuilder(Action<Diagnostic>? report, ModelUse use, CancellationToken cancellationToken)
    {
        _report = report;
        _use = use;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Builds the model, or returns null when the definition has errors (reported through <paramref name="report"/>).</summary>
    public static ReportModel? Build(INamedTypeSymbol type, Action<Diagnostic>? report, CancellationToken cancellationToken) =>
        Build(type, report, ModelUse.Emitters, cancellationToken);

    /// <summary>
    /// Reports the definition's diagnostics through <paramref name="report"/>, building a model without what only the
    /// emitters need (documentation, type names); returns the report's record as <see cref="BuildPart"/> builds it, for
    /// the construction analyzer to reuse, or null when the definition has errors or the part would differ.
    /// </summary>
    public static RecordModel? Check(INamedTypeSymbol type, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var model = Build(type, report, ModelUse.Parts, cancellationToken);

        // A report whose own properties are [Column]s is a table row to BuildPart, and a part with no annotated
        // members is none: neither is the same part model, so neither is offered.
        return model is null || model.Root.Members.IsEmpty || IsTableRow(type) ? null : model.Root;
    }

    private static ReportModel? Build(INamedTypeSymbol type, Action<Diagnostic>? report, ModelUse use, CancellationToken cancellationToken)
    {
        var builder = new ModelBuilder(report, use, cancellationToken) { _root = type };
        var model = builder.BuildReport(type);
        return builder._hasErrors ? null : model;
    }

    /// <summary>
    /// Builds the model of one part of a report on its own: a report or section record (or a table row), for the
    /// analyzers that check code constructing it. Returns null when the type has no annotated members or has errors.
    /// </summary>
    public static RecordModel? BuildPart(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var builder = new ModelBuilder(report: null, ModelUse.Parts, cancellationToken) { _root = type };
        var model = builder.BuildRecord(type, IsTableRow(type), type.Locations.FirstOrDefault());
        return builder._hasErrors || model is null || model.Members.IsEmpty ? null : model;
    }

    /// <summary>Whether a part built on its own is a table row: one of its properties is a [Column].</summary>
    private static bool IsTableRow(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IPropertySymbol>().Any(p => FindAttribute(p, KnownNames.ColumnAttribute) is not null);

    /// <summary>Builds the format of an [Inline] record, or returns null when the type is not one or has errors.</summary>
    public static Format? BuildInline(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (FindAttribute(type, KnownNames.InlineAttribute) is null)
        {
            return null;
        }

        var builder = new ModelBuilder(report: null, ModelUse.Parts, cancellationToken) { _root = type };
        var value = builder.ClassifyValue(type, out _, out _, new UseSite("Inline", type.Name, type.Locations.FirstOrDefault()));
        return builder._hasErrors ? null : value?.Inline;
    }

    private ReportModel? BuildReport(INamedTypeSymbol type)
    {
        var reportAttribute = FindAttribute(type, KnownNames.ReportAttribute);
        if (!IsPartial(type))
        {
            Report(DiagnosticDescriptors.NotPartial, type.Locations.FirstOrDefault(), $"Report type '{type.Name}'");
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (FindAttribute(baseType, KnownNames.ReportAttribute) is not null)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                    $"it derives from the report type '{baseType.Name}', whose generated members (ToMarkdown, Parse, MarkdownTemplate, …) it would hide; make the two reports separate types, sharing section records instead");
                return null;
            }
        }

        var containing = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer))
            {
                Report(DiagnosticDescriptors.NotPartial, outer.Locations.FirstOrDefault(), $"Type '{outer.Name}', which contains report type '{type.Name}',");
            }

            containing.Insert(0, Declaration(outer));
        }

        var named = NamedArguments(reportAttribute);
        var sectionLevel = GetInt(named, "SectionLevel");
        var untitled = reportAttribute is null || reportAttribute.ConstructorArguments.Length == 0 || reportAttribute.ConstructorArguments[0].Value is not string;
        if (sectionLevel == 1 && untitled)
        {
            // A report with no title may use level-1 headings for its sections (Rust's RFC template).
        }
        else if (sectionLevel != 0 && (sectionLevel < 2 || sectionLevel > MaxHeadingLevel))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                $"SectionLevel = {sectionLevel} names no section heading level; sections are headings of level 2 to 6 (the title is level 1; a report without a title may use 1 too), so give one of those, or leave it out for 2",
                RemoveArgument("SectionLevel"));
            sectionLevel = 0;
        }

        sectionLevel = sectionLevel == 0 ? 2 : sectionLevel;
        _headingLevel = sectionLevel - 1;
        _frontMatterText = GetString(named, "FrontMatter")?.Replace("\r\n", "\n");
        var root = BuildRecord(type, tableRow: false, location: type.Locations.FirstOrDefault());
        if (root is null)
        {
            return null;
        }

        string? titleSource = reportAttribute?.ConstructorArguments.Length > 0 ? reportAttribute.ConstructorArguments[0].Value as string : null;
        Format? title = null;
        if (titleSource is not null)
        {
            title = ParseFormat(titleSource, root, inlineType: null, allowNumber: false, AttributeLocation(reportAttribute, type));
        }

        var compactHeadingLevel = GetInt(named, "CompactHeadingLevel");
        if (compactHeadingLevel != 0 && (compactHeadingLevel < 2 || compactHeadingLevel > MaxHeadingLevel))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                $"CompactHeadingLevel = {compactHeadingLevel} names no section heading level; sections are headings of level 2 to 6, so give one of those, or 0 for none");
        }

        var bullet = named.TryGetValue("Bullet", out var bulletArgument) && bulletArgument.Value is char c ? c : '-';
        if (bullet is not ('-' or '*' or '+'))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                $"Bullet = '{bullet}' is not a Markdown list marker; give '-', '*' or '+'",
                RemoveArgument("Bullet"));
            bullet = '-';
        }

        var labelStyle = (LabelStyle)GetInt(named, "LabelStyle");
        if (labelStyle == LabelStyle.NoColon)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                "LabelStyle.NoColon cannot be the whole report's style: a label with a value on the same line needs its colon to be read back; give NoColon to the parts whose value starts on the next line (fields with Layout = FieldLayout.Block, list and table labels)",
                RemoveArgument("LabelStyle"));
            labelStyle = LabelStyle.Default;
        }
        else if (labelStyle is LabelStyle.Plain or LabelStyle.PlainNoColon)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                $"LabelStyle.{labelStyle} cannot be the whole report's style: the labels of lists, tables and groups stand alone on their line and are read by their bold; give {labelStyle} to the fields written with plain labels",
                RemoveArgument("LabelStyle"));
            labelStyle = LabelStyle.Default;
        }

        var preamble = GetString(named, "Preamble")?.Replace("\r\n", "\n").Trim('\n');
        if (preamble is not null && PreambleProblem(preamble) is { } preambleProblem)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                $"the Preamble {preambleProblem}; give the comment, note or text that opens the template",
                RemoveArgument("Preamble"));
            preamble = null;
        }

        if (GetBool(named, "PreambleAboveTitle") && (preamble is null || titleSource is null))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                preamble is null
                    ? "PreambleAboveTitle places the Preamble, but there is none; give a Preamble, or remove PreambleAboveTitle"
                    : "PreambleAboveTitle places the Preamble above the title, but the report has no title, so it stands at the top already; remove PreambleAboveTitle",
                RemoveArgument("PreambleAboveTitle"));
        }

        var frontMatter = GetString(named, "FrontMatter");
        if (frontMatter is not null && (frontMatter.Trim().Length == 0
            || frontMatter.Replace("\r\n", "\n").Split('\n').Any(line => line.TrimEnd() is "---" or "...")))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                "FrontMatter is the text between the template's '---' lines, so it can be neither empty nor hold a line '---' or '...' (which would end it); give the YAML lines alone");
            frontMatter = null;
        }

        if (GetBool(named, "CompactFrontMatter") && frontMatter is null && !root.Members.Any(m => m is { Kind: MemberKind.Field, Layout: FieldLayout.FrontMatter }))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                "CompactFrontMatter puts the title right under the front matter, but the report has none; give FrontMatter or fields with Layout = FieldLayout.FrontMatter, or remove CompactFrontMatter",
                RemoveArgument("CompactFrontMatter"));
        }

        if (GetInt(named, "TrailingBlankLines") is var trailingLines and (< 0 or > 9))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(reportAttribute, type), type.Name,
                $"TrailingBlankLines = {trailingLines} is not a number of blank lines a template ends with; give 1 to 9, or leave it out for none",
                RemoveArgument("TrailingBlankLines"));
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        return new ReportModel(
            ns,
            type.Name,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            Declaration(type),
            containing.ToEquatableArray(),
            type.IsValueType,
            title,
            GetString(named, "Footer"),
            GetBool(named, "RuleBeforeFooter"),
            compactHeadingLevel,
            labelStyle,
            GetBool(named, "SoftLineBreaks"),
            bullet,
            root)
        {
            SectionLevel = sectionLevel,
            FrontMatter = frontMatter?.Replace("\r\n", "\n"),
            CompactFrontMatter = GetBool(named, "CompactFrontMatter"),
            TrailingBlankLines = GetInt(named, "TrailingBlankLines") is var trailing and >= 0 and <= 9 ? trailing : 0,
            Preamble = preamble,
            PreambleAboveTitle = preamble is not null && GetBool(named, "PreambleAboveTitle") && titleSource is not null,
            HintName = HintNames.Of(type),
        };
    }

    private RecordModel? BuildRecord(INamedTypeSymbol type, bool tableRow, Location? location)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var fullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (_building.Contains(fullName))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, type.Name,
                "the record contains itself (directly or through its parts), so its template would never end; break the cycle");
            return null;
        }

        if (_building.Count >= MaxDepth)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, type.Name,
                $"records are nested more than {MaxDepth} deep; flatten the nesting");
            return null;
        }

        _building.Push(fullName);
        try
        {
            var members = new List<MemberModel>();
            var headings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            // The section before, when its text ends in Markdown, which runs to the next heading.
            string? markdownBefore = null;

            // The bold labels of the record's parts (and, apart, its checks' texts), which a reader tells them apart by.
            var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var parts = new List<(MemberModel Member, IPropertySymbol Property)>();
            (AttributeData Attribute, IPropertySymbol Property)? strayColumn = null;
            // The section before, whatever its body: parts after it are written under its heading.
            string? sectionBefore = null;
            // The section repeated under its items' values alone ("{Category}"), of which a record may have one.
            string? valuesOnlyBefore = null;
            MemberModel? previous = null;
            string? firstText = null;
            // The keys of the record's front matter fields, by key.
            var frontMatterKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer)
                {
                    continue;
                }

                if (IsLeftOut(property))
                {
                    Report(DiagnosticDescriptors.PropertyLeftOut, property.Locations.FirstOrDefault(), property.Name, type.Name,
                        "[Field], [Column], [List], [Section] or another part attribute");
                    continue;
                }

                var member = tableRow ? BuildColumn(property) : BuildMember(property);
                if (member is not null && !CheckName(property))
                {
                    continue;
                }
                if (!tableRow && FindAttribute(property, KnownNames.ColumnAttribute) is { } column)
                {
                    // A record of parts (a row record has columns alone) with a column among them: it is never written.
                    strayColumn ??= (column, property);
                }

                if (member is null || !CheckReadable(property, Emit.EnumNames.Of(member.Kind)))
                {
                    continue;
                }

                member = Annotate(member, property);
                CheckRequiredWhen(property);

                if (member is { Kind: MemberKind.Field, Layout: FieldLayout.FrontMatter })
                {
                    // Written first, in the front matter, wherever it is declared: no order or label of the body applies.
                    if (CheckFrontMatterField(member, property, frontMatterKeys))
                    {
                        members.Add(member);
                    }

                    continue;
                }

                if (member.Kind is not (MemberKind.Section or MemberKind.RepeatedSection or MemberKind.TitleValue) && markdownBefore is not null)
                {
                    Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                        $"it comes after the section '{markdownBefore}', whose Markdown runs to the next heading, so it would be read as part of that Markdown; declare it before that section, or give it a section of its own");
                    continue;
                }

                if (member.Kind is MemberKind.Text or MemberKind.Check or MemberKind.Indicator && sectionBefore is not null)
                {
                    Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                        $"it comes after the section '{sectionBefore}', so it is written under that section's heading, where a reader looks for the section's own parts; declare it before the record's first section");
                    continue;
                }

                if (member.Kind == MemberKind.Text && previous?.Kind == MemberKind.Text)
                {
                    Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                        $"it is a [Text] paragraph right after the [Text] '{previous.PropertyName}', and a reader could not tell where one ends and the other starts; make them one [Text], or put a labelled part between them");
                    continue;
                }

                if (member.Kind == MemberKind.Text && firstText is not null)
                {
                    Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                        $"the record has free text already, '{firstText}', and a reader takes unlabelled text for the record's one [Text]; make this one a [Field] with Layout = FieldLayout.Paragraph, or give it a section of its own");
                    continue;
                }

                if (member.Kind == MemberKind.Text)
                {
                    firstText = property.Name;
                }

                if (member is { Kind: MemberKind.Field, Layout: FieldLayout.Bullet, LabelStyle: LabelStyle.Plain or LabelStyle.PlainNoColon }
                    && previous is not null && EndsWithList(previous) is { } list)
                {
                    Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                        $"it is a bullet with a plain label right after the list '{Model.ReportPaths.NameOf(list)}', and Markdown joins the two into one list, where a reader could not tell an item '{member.Label} …' from this field; declare it before the list, give it a bold label, or put another part between them");
                    continue;
                }

                if (member.Kind is MemberKind.Section && member.Body is null && member.Value.Record is { Members.Count: 0 }
                    && UnderlyingType(property.Type) is { } sectionType && !sectionType.Locations.Any(l => l.IsInSource))
                {
                    Report(DiagnosticDescriptors.UnsupportedMemberType, AttributeLocation(FindAttribute(property, KnownNames.SectionAttribute), property), "Section",
                        property.Name, property.Type.ToDisplayString(),
                        $"'{sectionType.Name}' has no parts a report writes, so the section would always be empty and its value lost; a section holds a record of parts, a text, Markdown (Reports.MarkdownText), one value (a number, date or enum), a code block or a list");
                    continue;
                }

                if (member.Kind is MemberKind.Section or MemberKind.RepeatedSection && HeadingProblem(member.Label) is { } headingProblem)
                {
                    Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(FindAttribute(property, KnownNames.SectionAttribute), property), property.Name,
                        $"the heading \"{member.Label.Replace("\n", "\\n")}\" {headingProblem}, so the section would not read back; give the heading's words alone");
                    continue;
                }

                if (member is { Kind: MemberKind.RepeatedSection, ItemTitle: { } valuesTitle } && valuesTitle.Parts.All(p => p.Kind == FormatPartKind.Hole || (p.Kind == FormatPartKind.Literal && p.Text.Trim().Length == 0)))
                {
                    if (valuesOnlyBefore is not null)
                    {
                        Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(FindAttribute(property, KnownNames.SectionAttribute), property), property.Name,
                            $"its heading is the items' values alone, as '{valuesOnlyBefore}' is, and a reader takes every heading no other section claims for an item of the first; give one of them words of its own in the heading ('Risk: {{Name}}')");
                        continue;
                    }

                    valuesOnlyBefore = property.Name;
                }

                if (member.Kind is MemberKind.Section or MemberKind.RepeatedSection)
                {
                    sectionBefore = member.Label;
                    markdownBefore = EndsWithMarkdown(member) ? member.Label : null;
                    if (headings.TryGetValue(HeadingKey(member.Label), out var first))
                    {
                        Report(DiagnosticDescriptors.DuplicateHeading,
                            AttributeLocation(FindAttribute(property, KnownNames.SectionAttribute), property), first, property.Name, type.Name, member.Label);
                    }
                    else
                    {
                        headings.Add(HeadingKey(member.Label), property.Name);
                    }
                }

                if (!tableRow && !CheckLabel(member, property, labels))
                {
                    continue;
                }

                parts.Add((member, property));
                members.Add(member);
                previous = member;
            }

            if (!tableRow && type.Locations.Any(l => l.IsInSource) && BuilderNameTakenBy(type) is { } taken && Shape(type).IsPartial)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, location, type.Name,
                    $"its generated builder is named '{taken.Name}', and a type of that name already exists beside it, so '{type.Name}' gets no builder; rename that type");
            }

            CheckItemsTellApart(parts);
            CheckPlainLabelsTellApart(parts);
            CheckInheritedParts(type, location);

            if (strayColumn is var (columnAttribute, columnProperty) && members.Count > 0)
            {
                Report(DiagnosticDescriptors.UnsupportedMemberType, AttributeLocation(columnAttribute, columnProperty), "Column", columnProperty.Name, columnProperty.Type.ToDisplayString(),
                    "a column is a property of the record a [Table] lists, and this record holds other parts, so it is never written; move the property to the table's row record, or give it [Field] here");
            }

            var constructor = ConstructorFor(type, members.Select(m => m.PropertyName));
            CheckConstructible(type, !constructor.IsEmpty, location);
            return new RecordModel(fullName, type.Name, members.ToEquatableArray())
            {
                Constructor = constructor,
                Shape = Shape(type),
            };
        }
        finally
        {
            _building.Pop();
        }
    }

    /// <summary>
    /// Reports the lists whose items a reader could take for another part of the record: record items headed by the label
    /// of a bullet field beside them, and Markdown items beside parts they could start like (any field beside an
    /// unlabelled list; a bullet field, a check or an indicator, which a blank line joins to the list, beside a labelled one).
    /// </summary>
    private void CheckItemsTellApart(List<(MemberModel Member, IPropertySymbol Property)> parts)
    {
        static string? BulletStart(MemberModel part) => part switch
        {
            { Kind: MemberKind.Field, Layout: FieldLayout.Bullet } => "**" + part.Label + "**:",
            { Kind: MemberKind.Check } => "[x] " + part.Label,
            { Kind: MemberKind.Indicator } => "✅ **" + part.Label + "**",
            _ => null,
        };

        var bulletLabels = new HashSet<string>(
            parts.Where(p => p.Member is { Kind: MemberKind.Field, Layout: FieldLayout.Bullet }).Select(p => ReportLabelKey(p.Member.Label)),
            StringComparer.OrdinalIgnoreCase);
        foreach (var (list, property) in parts.Where(p => p.Member.Kind == MemberKind.List))
        {
            var location = AttributeLocation(FindAttribute(property, KnownNames.ListAttribute), property);
            if (list is { ItemTitle: null, Value.Record.Members.IsEmpty: false } && list.Value.Record!.Members[0].Label is var head
                && bulletLabels.Contains(ReportLabelKey(head)))
            {
                Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                    $"its items start with '**{head}**:', the label of a bullet field beside the list, so a reader could not tell an item from that field; give the two distinct labels");
            }

            var start = list.Value.Kind != ValueKind.Markdown ? null
                : list.Label.Length > 0 ? parts.Select(p => BulletStart(p.Member)).FirstOrDefault(s => s is not null)
                : parts.Where(p => p.Member.Kind == MemberKind.Field).Select(p => "**" + p.Member.Label + "**:").FirstOrDefault();
            if (start is not null)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                    $"an item of its Markdown could start like another part of the record ('{start}'), which the reader would take for that part; give the list a section of its own, or make its items strings");
            }
        }
    }

    /// <summary>
    /// Reports the plain labels a reader could not tell apart from another part: a label without a colon that starts a
    /// longer plain label (<c>Browser</c> and <c>Browser Version</c>: the value <c>Version 5</c> would read as the other
    /// field), and a plain bullet field beside an unlabelled list (an item <c>OS …</c> would read as the field).
    /// </summary>
    private void CheckPlainLabelsTellApart(List<(MemberModel Member, IPropertySymbol Property)> parts)
    {
        static bool IsPlain(MemberModel member) => member is { Kind: MemberKind.Field, LabelStyle: LabelStyle.Plain or LabelStyle.PlainNoColon };

        // A group's parts are read where the record's are: a label the two share is read as the group's.
        var outer = new HashSet<string>(parts.Where(p => p.Member.Kind != MemberKind.Group && p.Member.Label.Length > 0).Select(p => ReportLabelKey(p.Member.Label)), StringComparer.OrdinalIgnoreCase);
        foreach (var (group, property) in parts.Where(p => p.Member.Kind == MemberKind.Group))
        {
            if (group.Value.Record?.Members.FirstOrDefault(m => m.Label.Length > 0 && outer.Contains(ReportLabelKey(m.Label))) is { } shared)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                    $"its part '{shared.PropertyName}' has the label '{shared.Label}', as a part of the record around the group has, so a reader could not tell them apart after the group; give each a distinct label");
            }
        }

        var text = parts.FirstOrDefault(p => p.Member.Kind == MemberKind.Text).Member;
        foreach (var (repeated, property) in parts.Where(p => p.Member.Kind == MemberKind.Repeated))
        {
            if (text is not null && repeated.Value.Record?.Members.FirstOrDefault(m => m.Kind == MemberKind.Text) is { } blockText)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                    $"its blocks hold free text ('{blockText.PropertyName}'), and so does this record ('{text.PropertyName}'), so a reader could not tell the last block's text from the record's; give one of them a label (a [Field] with Layout = FieldLayout.Paragraph), or the blocks a section of their own");
            }
        }

        var unlabelledList = parts.FirstOrDefault(p => p.Member is { Kind: MemberKind.List or MemberKind.Checklist, Label.Length: 0 }).Member;
        foreach (var (member, property) in parts.Where(p => IsPlain(p.Member)))
        {
            if (member.LabelStyle == LabelStyle.PlainNoColon
                && parts.FirstOrDefault(p => IsPlain(p.Member) && p.Member.Label.StartsWith(member.Label + " ", StringComparison.OrdinalIgnoreCase)).Member is { } longer)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                    $"its label '{member.Label}', with no colon, starts the label '{longer.Label}' of '{longer.PropertyName}', so a value starting with '{longer.Label.Substring(member.Label.Length + 1)}' would read as that field; give it LabelStyle.Plain (a colon), or another label");
            }

            if (member.Layout == FieldLayout.Bullet && unlabelledList is not null)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                    $"it is a bullet with a plain label beside the unlabelled list '{unlabelledList.PropertyName}', so an item starting with '{member.Label}' would read as this field; give the list a label, or the field a bold label");
            }
        }
    }

    /// <summary>
    /// Checks a part's bold label: written as <c>**Label**:</c>, it may not carry its own colon or bold, and no other
    /// part of the record may have it (a reader could not tell them apart). Reports and returns false when it fails.
    /// </summary>
    private bool CheckLabel(MemberModel member, IPropertySymbol property, Dictionary<string, string> labels)
    {
        var location = property.Locations.FirstOrDefault();
        var label = member.Label;
        if (member.Kind == MemberKind.Check && label.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "a check is written as '- [x] Text', and this one has no text, so it could not be read back; give its text, [Check(\"Tests pass\")]");
            return false;
        }

        if (member.Kind is not (MemberKind.Field or MemberKind.List or MemberKind.Table or MemberKind.Checklist or MemberKind.CodeBlock
            or MemberKind.Indicator or MemberKind.Check or MemberKind.Group) || label.Length == 0)
        {
            return true;
        }

        if (member.Kind != MemberKind.Check && LabelProblem(label) is { } problem)
        {
            var words = string.Join(" ", label.Replace("**", " ").Replace("__", " ").Trim(' ', '*', '_', ':').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"the label \"{label}\" {problem}, and it is written in bold with a colon after it (**Label**:), so it would not read back; "
                + (words.Length == 0 ? "give it words" : $"give the words alone, \"{words}\""));
            return false;
        }

        var key = (member.Kind == MemberKind.Check ? "check " : "label ") + ReportLabelKey(label);
        // The same property twice (two declarations of it, which the compiler reports) is not a second part.
        if (labels.TryGetValue(key, out var first) && first != property.Name)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"'{first}' of the same record has the {(member.Kind == MemberKind.Check ? "check text" : "label")} '{label}' too, so a reader could not tell them apart; give each a distinct one");
            return false;
        }

        labels[key] = property.Name;
        return true;
    }

    /// <summary>What in a bold label would not read back, or null: blanks at its ends, its own colon, bold or an emphasis mark at an end.</summary>
    private static string? LabelProblem(string label) =>
        label.Trim().Length == 0 ? "is blank"
        : label.Trim().Length != label.Length ? "has blanks at its ends"
        : label.EndsWith(":", StringComparison.Ordinal) ? "ends with its own colon"
        : label.Contains("**") || label.Contains("__") ? "holds bold marks"
        : label[label.Length - 1] is '*' or '_' ? "ends with '" + label[label.Length - 1] + "', which runs into the closing bold"
        : label.IndexOfAny(new[] { '\n', '\r' }) >= 0 ? "holds a line break"
        : label[label.Length - 1] == '\\' ? "ends with a backslash, which escapes the closing bold"
        : null;

    /// <summary>What in a section heading would not read back, or null: blank, a line break, its own '#' marks, a backslash at its end.</summary>
    private static string? HeadingProblem(string heading) =>
        heading.Trim().Length == 0 ? "is blank"
        : heading.IndexOfAny(new[] { '\n', '\r' }) >= 0 ? "holds a line break"
        : heading.TrimStart().StartsWith("#", StringComparison.Ordinal) ? "starts with '#', which the writer adds"
        : heading.TrimEnd().EndsWith("#", StringComparison.Ordinal) ? "ends with '#', which Markdown drops as a closing sequence"
        : heading.TrimEnd().EndsWith("\\", StringComparison.Ordinal) ? "ends with a backslash"
        : null;

    /// <summary>
    /// Reports the part attributes on properties a record inherits: a report reads and writes only the properties its own
    /// type declares, so they would be lost without a word.
    /// </summary>
    private void CheckInheritedParts(INamedTypeSymbol type, Location? location)
    {
        for (var baseType = type.BaseType; baseType is not null && baseType.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); baseType = baseType.BaseType)
        {
            foreach (var property in baseType.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.IsStatic && property.GetAttributes().Any(IsPartAttribute))
                {
                    Report(DiagnosticDescriptors.ConflictingOptions, type.Locations.FirstOrDefault(l => l.IsInSource) ?? location, type.Name,
                        $"it inherits the part '{property.Name}' from '{baseType.Name}', and a report reads and writes only the properties its own type declares, so that value would be lost; declare the part in '{type.Name}' (or hold the shared parts in a section record)");
                    return;
                }
            }
        }
    }

    /// <summary>The type itself, or the value type a <c>Nullable&lt;T&gt;</c> holds.</summary>
    private static ITypeSymbol UnderlyingType(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    /// <summary>A heading as the reader matches it: without the emoji or symbols before its words (<c>✅ Passed</c> is <c>Passed</c>).</summary>
    private static string HeadingKey(string heading)
    {
        var start = 0;
        while (start < heading.Length && !char.IsLetterOrDigit(heading[start]) && heading[start] is not ('[' or '('))
        {
            start++;
        }

        return ReportLabelKey(heading.Substring(start));
    }

    /// <summary>A label as the reader matches it: its words, in any case.</summary>
    private static string ReportLabelKey(string label) => string.Join(" ", label.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether what a section writes ends with a Markdown body (its own, or its record's last section's).</summary>
    private static bool EndsWithMarkdown(MemberModel section)
    {
        if (section.Body is { } body)
        {
            return body is { Kind: MemberKind.Text, Value.Kind: ValueKind.Markdown };
        }

        var last = section.Value.Record?.Members.LastOrDefault(m => m.Kind != MemberKind.TitleValue);
        return last is { Kind: MemberKind.Section or MemberKind.RepeatedSection } && EndsWithMarkdown(last);
    }

    private MemberModel? BuildColumn(IPropertySymbol property)
    {
        var column = FindAttribute(property, KnownNames.ColumnAttribute);
        if (column is null)
        {
            return null;
        }

        var value = ClassifyValue(property.Type, out var collection, out var nullable, UseSite.Of(column, property));
        if (value is null)
        {
            return null;
        }

        if (collection != CollectionKind.None || value.Kind is ValueKind.Record or ValueKind.CodeBlock or ValueKind.ChecklistItem)
        {
            Unsupported(column, property, "a table cell holds one value: text, Markdown, a number, a date, a time, an enum or an [Inline] record; change the property's type");
            return null;
        }

        CheckSettable(property);
        CheckCanBeUnset(property, value, collection, nullable);
        var named = NamedArguments(column);
        var delimiter = GetString(named, "Delimiter");
        if (delimiter is not null && !IsDelimiterCell(delimiter))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(column, property), property.Name,
                $"Delimiter = \"{delimiter}\" is not a table delimiter cell; give dashes with an optional colon at either end (\"---\", \":---\", \":---:\"), or leave Delimiter out",
                RemoveArgument("Delimiter"));
            delimiter = null;
        }

        foreach (var option in new[] { "Bold", "Code" })
        {
            if (value.Kind == ValueKind.Markdown && GetBool(named, option))
            {
                Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(column, property), property.Name,
                    $"{option} = true wraps the cell in {(option == "Bold" ? "**" : "`")}, but Markdown is written as it is and carries its own formatting; remove {option}, or make the property a string",
                    RemoveArgument(option));
            }
        }

        return new MemberModel(MemberKind.Field, property.Name, FirstString(column) ?? property.Name, value, collection, nullable)
        {
            Placeholders = Placeholders(property),
            Bold = GetBool(named, "Bold"),
            Code = GetBool(named, "Code"),
            Delimiter = delimiter,
        };
    }

    /// <summary>Whether <paramref name="cell"/> is a delimiter-row cell: dashes, an optional colon at either end, spaces around.</summary>
    private static bool IsDelimiterCell(string cell)
    {
        var core = cell.Trim(' ');
        var start = core.StartsWith(":", StringComparison.Ordinal) ? 1 : 0;
        var end = core.Length > start && core.EndsWith(":", StringComparison.Ordinal) ? core.Length - 1 : core.Length;
        return end > start && core.Substring(start, end - start).All(c => c == '-');
    }

    private MemberModel? BuildMember(IPropertySymbol property)
    {
        AttributeData? layout = null;
        AttributeData? section = null;
        AttributeData? titleValue = null;
        foreach (var attribute in property.GetAttributes())
        {
            var name = KnownNames.AttributeName(attribute.AttributeClass);
            switch (name)
            {
                case KnownNames.SectionAttribute:
                    section = attribute;
                    break;
                case KnownNames.TitleValueAttribute:
                    titleValue = attribute;
                    break;
                case KnownNames.FieldAttribute or KnownNames.TextAttribute or KnownNames.ListAttribute or KnownNames.RepeatedAttribute
                    or KnownNames.TableAttribute or KnownNames.ChecklistAttribute or KnownNames.CheckAttribute or KnownNames.IndicatorAttribute
                    or KnownNames.CodeBlockAttribute or KnownNames.AlignedBlockAttribute or KnownNames.GroupAttribute:
                    if (layout is not null)
                    {
                        Report(DiagnosticDescriptors.MultipleLayoutAttributes, AttributeLocation(attribute, property), property.Name,
                            ShortName(layout), ShortName(attribute));
                        return null;
                    }

                    layout = attribute;
                    break;
            }
        }

        if (section is null && layout is null && titleValue is null)
        {
            return null;
        }

        var site = UseSite.Of(section ?? layout ?? titleValue!, property);
        if (section is not null)
        {
            // A record under a section heading is one level deeper; its own sections are checked against level 6.
            _headingLevel++;
        }

        ValueModel? value;
        CollectionKind collection;
        bool nullable;
        try
        {
            value = ClassifyValue(property.Type, out collection, out nullable, site);
        }
        finally
        {
            if (section is not null)
            {
                _headingLevel--;
            }
        }

        if (value is null)
        {
            return null;
        }

        if (value.Kind == ValueKind.Record && value.IsValueType && value.Record is { Members.Count: > 0 } && (nullable || collection != CollectionKind.None))
        {
            // The generated code tests records and items for null, which a struct never is.
            Unsupported(section ?? layout ?? titleValue!, property,
                collection != CollectionKind.None
                    ? $"the items of a list, table or repeated block are records that may be missing, and '{value.TypeName.Replace("global::", string.Empty)}' is a struct; make it a record class (or a class)"
                    : $"'{value.TypeName.Replace("global::", string.Empty)}' is a struct, and a nullable struct section is not supported; make the section's type a record class, or the property not nullable");
            return null;
        }

        CheckSettable(property);
        value = ApplyItemPlaceholders(property, value);
        if (value is null)
        {
            return null;
        }

        var partAttribute = section ?? layout;
        if (partAttribute is not null && property.IsRequired && GetBool(NamedArguments(partAttribute), "Optional"))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(partAttribute, property), property.Name,
                "it is marked Optional = true but declared 'required', so C# forces every report to set it; remove one of the two",
                RemoveArgument("Optional"));
        }

        if (section is not null)
        {
            return BuildSection(property, section, layout, value, collection, nullable);
        }

        if (layout is null)
        {
            if (collection != CollectionKind.None || !IsScalar(value.Kind))
            {
                Unsupported(titleValue!, property, "a title value is one piece of text, a number, a date or an enum; change the property's type");
                return null;
            }

            CheckCanBeUnset(property, value, collection, nullable);
            return new MemberModel(MemberKind.TitleValue, property.Name, property.Name, value, collection, nullable)
            {
                Placeholders = Placeholders(property),
            };
        }

        return BuildLayout(property, layout, value, collection, nullable);
    }

    private MemberModel? BuildSection(IPropertySymbol property, AttributeData section, AttributeData? layout, ValueModel value, CollectionKind collection, bool nullable)
    {
        var named = NamedArguments(section);
        var heading = FirstString(section) ?? property.Name;
        var location = AttributeLocation(section, property);
        if (_headingLevel + 1 > MaxHeadingLevel)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"the section '{heading}' would be a level-{_headingLevel + 1} heading, but Markdown has only six levels (the title is level 1); nest fewer sections, or make this part a [Field], [List] or [Repeated] block instead of a section");
            return null;
        }

        // "Revision {n}" repeats the section per item; so does a heading of the item's values alone ("{Category}", as a
        // checklist template heads each category), for a list of section records.
        var repeated = heading.Contains("{n}")
            || (collection != CollectionKind.None && value.Kind == ValueKind.Record && layout is null && heading.IndexOf('{') >= 0 && heading.IndexOf('}') > heading.IndexOf('{'));
        MemberKind kind;
        MemberModel? body = null;
        Format? headingFormat = null;

        if (repeated)
        {
            if (collection == CollectionKind.None || value.Kind != ValueKind.Record || layout is not null)
            {
                Unsupported(section, property, "a heading with {n} repeats the section once per item, so the property must be a list of section records with no other layout attribute");
                return null;
            }

            kind = MemberKind.RepeatedSection;
            headingFormat = ParseFormat(heading, value.Record!, null, allowNumber: true, location);
        }
        else if (layout is not null)
        {
            kind = MemberKind.Section;
            body = BuildLayout(property, layout, value, collection, nullable);
            if (body is null)
            {
                return null;
            }

            if (body.Kind is MemberKind.Field or MemberKind.Check or MemberKind.Indicator or MemberKind.TitleValue)
            {
                Unsupported(layout, property, "a section's body is a whole block (text, a list, a table, a checklist, repeated blocks, a code block or an aligned block); to put a single labelled value in a section, make the section a record holding that [" + ShortName(layout) + "]");
                return null;
            }
        }
        else if (collection == CollectionKind.None && value.Kind == ValueKind.Record)
        {
            kind = MemberKind.Section;
        }
        else if (collection == CollectionKind.None && (value.Kind is ValueKind.Markdown || IsScalar(value.Kind)))
        {
            // Text, or one value alone under the heading ("### Verdict" then "Approved"), read and checked as its type.
            kind = MemberKind.Section;
            body = new MemberModel(MemberKind.Text, property.Name, heading, value, collection, nullable) { Placeholders = Placeholders(property) };
        }
        else if (collection == CollectionKind.None && value.Kind == ValueKind.CodeBlock)
        {
            kind = MemberKind.Section;
            // As [Section, CodeBlock]: the heading names it, so the code block has no label of its own.
            body = new MemberModel(MemberKind.CodeBlock, property.Name, string.Empty, value, collection, nullable) { Placeholders = Placeholders(property) };
        }
        else if (collection != CollectionKind.None && value.Kind != ValueKind.Record)
        {
            kind = MemberKind.Section;
            var bodyKind = value.Kind == ValueKind.ChecklistItem ? MemberKind.Checklist : MemberKind.List;
            var placeholders = Placeholders(property);
            body = new MemberModel(bodyKind, property.Name, string.Empty, value, collection, nullable)
            {
                Placeholders = placeholders,
                TemplateItems = Math.Max(1, TemplateItemsFor(value, placeholders.Count)),
            };
        }
        else
        {
            Unsupported(section, property, "a section holds a record of parts, a text, Markdown (Reports.MarkdownText), one value (a number, date or enum), a code block or a list; for a list of records add [List], [Table] or [Repeated], or put {n} in the heading to repeat the section");
            return null;
        }

        // The characters are those the reader takes for template text in a value's place (ReportReader's ValueEscapes).
        if (!repeated && GetString(named, "TrailingGuidance") is { } trailingGuidance && !HtmlComments.IsOnly(trailingGuidance)
            && trailingGuidance.IndexOfAny(new[] { '\\', '`', '*', '[', ']', '<', '|', '~', '&' }) < 0
            && (body is { Kind: MemberKind.Text, Value.Kind: ValueKind.String } || (body is null && value.Record?.Members.LastOrDefault() is { Kind: MemberKind.Text })))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "TrailingGuidance in plain words closes free text, where a reader could not tell the guidance an agent kept from the text's last paragraph; write it as an HTML comment (<!-- … -->) or in brackets, or remove it",
                RemoveArgument("TrailingGuidance"));
        }

        if (repeated && GetString(named, "TrailingGuidance") is not null)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "TrailingGuidance closes one section, but this one repeats per item; use RepeatGuidance for the line after the repeated sections",
                RemoveArgument("TrailingGuidance"));
        }

        if (GetBool(named, "CompactGuidance") && GetString(named, "Guidance") is { } compactGuidance && !HtmlComments.IsOnly(compactGuidance)
            && (body is { Kind: MemberKind.Text } || (body is null && value.Record?.Members.FirstOrDefault() is { Kind: MemberKind.Text })))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "CompactGuidance puts the free text right under the guidance, in its paragraph, where a reader could not tell the guidance an agent kept from the text; write the guidance as an HTML comment (<!-- … -->), or remove CompactGuidance",
                RemoveArgument("CompactGuidance"));
        }

        if (GetBool(named, "CompactGuidance") && GetString(named, "Guidance") is null)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "CompactGuidance puts the content right under the section's guidance, but the section has no Guidance; give it one, or remove CompactGuidance",
                RemoveArgument("CompactGuidance"));
        }

        CheckBlankLinesBefore(named, location, property);

        if (named.ContainsKey("HeadingLevel") && GetInt(named, "HeadingLevel") is var level && (level <= _headingLevel || level > MaxHeadingLevel))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                level > MaxHeadingLevel
                    ? $"HeadingLevel = {level} names no heading level; Markdown has six, so give a level up to 6, or leave it out"
                    : $"HeadingLevel = {level} would put the section's heading at or above the heading it is under (level {_headingLevel}), where a reader would take it for a section beside that one; give a level from {_headingLevel + 1} to 6, or leave it out",
                RemoveArgument("HeadingLevel"));
        }

        if (GetString(named, "GuidanceAbove") is { } guidanceAbove && (!HtmlComments.IsOnly(guidanceAbove) || guidanceAbove.Trim().Length == 0))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "GuidanceAbove stands over the heading, after the part before it, where a reader would take words an agent kept for that part's; write it as an HTML comment (<!-- … -->)",
                RemoveArgument("GuidanceAbove"));
        }

        if (GetBool(named, "CompactGuidanceAbove") && GetString(named, "GuidanceAbove") is null)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "CompactGuidanceAbove puts the heading right under the GuidanceAbove comment, but the section has none; give GuidanceAbove, or remove CompactGuidanceAbove",
                RemoveArgument("CompactGuidanceAbove"));
        }

        if (!repeated && (GetBool(named, "RuleAfter") || named.ContainsKey("TemplateItems")))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"{(GetBool(named, "RuleAfter") ? "RuleAfter" : "TemplateItems")} is for a section repeated per item (a heading with {{n}} or of the item's values); this section is written once, so remove it",
                RemoveArgument(GetBool(named, "RuleAfter") ? "RuleAfter" : "TemplateItems"));
        }
        else if (repeated && named.ContainsKey("TemplateItems") && GetInt(named, "TemplateItems") < 1)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"TemplateItems = {GetInt(named, "TemplateItems")} would show no example instance, but a blank template always shows at least one so that it can be filled in; give a number from 1, or leave TemplateItems out",
                RemoveArgument("TemplateItems"));
        }

        return new MemberModel(kind, property.Name, heading, value, collection, nullable)
        {
            Optional = GetBool(named, "Optional"),
            Condition = ConditionText(GetString(named, "Condition")),
            ConditionWritten = WrittenCondition(GetString(named, "Condition")),
            RuleBefore = GetBool(named, "RuleBefore"),
            BlankLinesBefore = BlankLinesBefore(named),
            Emoji = GetString(named, "Emoji"),
            Guidance = GetString(named, "Guidance"),
            FilledBy = GetString(named, "FilledBy"),
            RepeatGuidance = GetString(named, "RepeatGuidance"),
            Compact = GetBool(named, "Compact"),
            CompactGuidance = GetBool(named, "CompactGuidance") && GetString(named, "Guidance") is not null,
            TrailingGuidance = repeated ? null : GetString(named, "TrailingGuidance"),
            ItemTitle = headingFormat,
            HeadingLevel = GetInt(named, "HeadingLevel") is var headingLevel && headingLevel > _headingLevel && headingLevel <= MaxHeadingLevel ? headingLevel : 0,
            GuidanceAbove = GetString(named, "GuidanceAbove") is { } above && HtmlComments.IsOnly(above) && above.Trim().Length > 0 ? above.Replace("\r\n", "\n").Trim('\n') : null,
            CompactGuidanceAbove = GetBool(named, "CompactGuidanceAbove"),
            TemplateItems = repeated && GetInt(named, "TemplateItems") > 0 ? GetInt(named, "TemplateItems") : Math.Max(1, TemplateItemsFor(value, 0)),
            RuleAfter = repeated && GetBool(named, "RuleAfter"),
            Placeholders = Placeholders(property),
            Body = body,
        };
    }

    private MemberModel? BuildLayout(IPropertySymbol property, AttributeData layout, ValueModel value, CollectionKind collection, bool nullable)
    {
        var named = NamedArguments(layout);
        var location = AttributeLocation(layout, property);
        var firstArgument = layout.ConstructorArguments.Length > 0 ? layout.ConstructorArguments[0].Value as string : null;
        var label = firstArgument ?? string.Empty;
        var isList = collection != CollectionKind.None;
        MemberKind kind;
        switch (KnownNames.AttributeName(layout.AttributeClass))
        {
            case KnownNames.FieldAttribute:
                if (isList || !IsScalar(value.Kind) && value.Kind is not (ValueKind.Inline or ValueKind.Markdown))
                {
                    Unsupported(layout, property, "a field holds one value: text, Markdown, a number, a date, a time, an enum or an [Inline] record (use [List] or [Table] for several)");
                    return null;
                }

                kind = MemberKind.Field;
                if (!GetBool(named, "Optional"))
                {
                    // An optional one is RPT0006 already.
                    CheckCanBeUnset(property, value, collection, nullable);
                }

                break;
            case KnownNames.TextAttribute:
                if (isList || value.Kind != ValueKind.String)
                {
                    Unsupported(layout, property, value.Kind == ValueKind.Markdown && !isList
                        ? "free text is a string; for free Markdown, make it a [Section] whose body is Reports.MarkdownText, or a [Field] for one paragraph"
                        : "free text is a string");
                    return null;
                }

                kind = MemberKind.Text;
                break;
            case KnownNames.ListAttribute:
                if (!isList || value.Kind is ValueKind.CodeBlock or ValueKind.ChecklistItem)
                {
                    Unsupported(layout, property, "a list needs a collection (ReportList<T>, IReadOnlyList<T>, T[] or List<T>) of text, values, [Inline] records or records");
                    return null;
                }

                if (value.Kind == ValueKind.Record && BlockOnlyField(value.Record!) is { } listField)
                {
                    Unsupported(layout, property, $"a list's items are written inside its items, where '{value.Record!.Name}.{listField.PropertyName}', a field written as a {(listField.Layout == FieldLayout.Quote ? "quote" : "heading")}, cannot stand; give it another layout, or make the items sections");
                    return null;
                }

                kind = MemberKind.List;
                break;
            case KnownNames.RepeatedAttribute:
                if (!isList || value.Kind != ValueKind.Record)
                {
                    Unsupported(layout, property, "repeated blocks need a collection of records");
                    return null;
                }

                if (BlockOnlyField(value.Record!) is { } blockField)
                {
                    Unsupported(layout, property, $"a repeated block's parts are written under its bold title, where '{value.Record!.Name}.{blockField.PropertyName}', a field written as a {(blockField.Layout == FieldLayout.Quote ? "quote" : "heading")}, would not read back; give it another layout, or repeat a section ([Section(\"Title {{n}}\")]) instead");
                    return null;
                }

                kind = MemberKind.Repeated;
                break;
            case KnownNames.TableAttribute:
                if (!isList || value.Kind != ValueKind.Record)
                {
                    Unsupported(layout, property, "a table needs a collection of records whose properties carry [Column]");
                    return null;
                }

                kind = MemberKind.Table;
                value = value with { Record = BuildRecord(NamedType(property.Type)!, tableRow: true, location) };
                if (value.Record is null)
                {
                    return null;
                }

                if (value.Record.Members.IsEmpty)
                {
                    Unsupported(layout, property, $"'{value.Record.Name}' has no property with [Column]");
                    return null;
                }

                break;
            case KnownNames.ChecklistAttribute:
                if (!isList || value.Kind != ValueKind.ChecklistItem)
                {
                    Unsupported(layout, property, "a checklist needs a collection of Reports.ChecklistItem (use [Check] on a bool for a fixed item)");
                    return null;
                }

                kind = MemberKind.Checklist;
                break;
            case KnownNames.CheckAttribute:
                if (isList || value.Kind != ValueKind.Boolean || nullable)
                {
                    Unsupported(layout, property, nullable && value.Kind == ValueKind.Boolean && !isList
                        ? "a check is ticked or not, so it must be a bool, not a bool? (unticked is its false)"
                        : "a check is ticked or not, so it must be a bool");
                    return null;
                }

                kind = MemberKind.Check;
                break;
            case KnownNames.IndicatorAttribute:
                if (isList || value.Kind != ValueKind.Enum)
                {
                    Unsupported(layout, property, "an indicator shows one option of an enum whose options have emoji");
                    return null;
                }

                kind = MemberKind.Indicator;
                break;
            case KnownNames.CodeBlockAttribute:
                if (isList || value.Kind is not (ValueKind.CodeBlock or ValueKind.String))
                {
                    Unsupported(layout, property, "a code block is a Reports.CodeBlock (language and code) or a string (code only)");
                    return null;
                }

                kind = MemberKind.CodeBlock;
                break;
            case KnownNames.AlignedBlockAttribute:
                if (isList || value.Kind != ValueKind.Record || value.Record!.Members.IsEmpty || value.Record.Members.Any(m => m.Kind != MemberKind.Field || m.Value.Kind == ValueKind.Markdown))
                {
                    Unsupported(layout, property, "an aligned block is a record whose properties are all [Field]s of plain values (it is a code block, where Markdown does not show)");
                    return null;
                }

                kind = MemberKind.AlignedBlock;
                break;
            case KnownNames.GroupAttribute:
                if (isList || value.Kind != ValueKind.Record || value.Record!.Members.IsEmpty)
                {
                    Unsupported(layout, property, isList
                        ? "a group is one record under its label; for several, use [Repeated(\"Title {n}\")] or a [Table]"
                        : "a group is a record of parts (fields, checks, lists, tables, code blocks) written under its label");
                    return null;
                }

                if (value.Record.Members.FirstOrDefault(m => m.Kind is MemberKind.Section or MemberKind.RepeatedSection or MemberKind.Text
                    or MemberKind.Group or MemberKind.Repeated or MemberKind.TitleValue || m is { Kind: MemberKind.Field, Layout: FieldLayout.Heading or FieldLayout.Quote }) is { } inside)
                {
                    Unsupported(layout, property, $"a group holds parts that stay under its label (fields, checks, indicators, lists, tables, checklists, code blocks), but '{value.Record.Name}.{inside.PropertyName}' is {(inside.Kind == MemberKind.Field ? "a field written as a " + (inside.Layout == FieldLayout.Quote ? "quote" : "heading") : DescribeKind(inside.Kind))}; make the group a [Section], or move that part out of it");
                    return null;
                }

                kind = MemberKind.Group;
                break;
            default:
                return null;
        }

        var member = new MemberModel(kind, property.Name, label, value, collection, nullable)
        {
            Optional = GetBool(named, "Optional"),
            Compact = kind == MemberKind.CodeBlock && GetBool(named, "Compact"),
            Condition = ConditionText(GetString(named, "Condition")),
            ConditionWritten = WrittenCondition(GetString(named, "Condition")),
            RuleBefore = GetBool(named, "RuleBefore"),
            BlankLinesBefore = BlankLinesBefore(named),
            Placeholders = Placeholders(property),
            Default = GetString(named, "Default"),
            Layout = (FieldLayout)GetInt(named, "Layout"),
            Prefix = GetString(named, "Prefix"),
            Suffix = GetString(named, "Suffix"),
            Code = GetBool(named, "Code"),
            TrailingBreak = GetBool(named, "TrailingBreak"),
            SoftLineBreak = GetBool(named, "SoftLineBreak"),
            LabelStyle = (LabelStyle)GetInt(named, "LabelStyle"),
            Emoji = kind == MemberKind.Field ? GetString(named, "Emoji") : null,
            OptionSeparator = GetString(named, "OptionSeparator") ?? " / ",
            HideEmoji = GetBool(named, "HideEmoji"),
            EmptyText = GetString(named, "EmptyText"),
            RepeatGuidance = GetString(named, "RepeatGuidance"),
            Guidance = GetString(named, "Guidance")?.Replace("\r\n", "\n").Trim('\n'),
            Numbered = GetBool(named, "Numbered"),
            SameNumber = GetBool(named, "SameNumber") && GetBool(named, "Numbered"),
            Loose = GetBool(named, "Loose"),
            BlankLineAfterLabel = GetBool(named, "BlankLineAfterLabel"),
            MoreItems = kind == MemberKind.List ? GetString(named, "MoreItems") : null,
            AsLabel = GetBool(named, "AsLabel"),
            Indent = kind == MemberKind.Group ? GetInt(named, "Indent") : 0,
            Description = GetString(named, "Description"),
            Language = GetString(named, "Language"),
            LanguagePlaceholder = GetString(named, "LanguagePlaceholder"),
        };

        if (kind == MemberKind.Check)
        {
            member = member with { Label = firstArgument ?? property.Name };
        }

        if (kind is MemberKind.Text && member.Placeholders.IsEmpty)
        {
            member = member with { Placeholders = new EquatableArray<string>(new[] { "[" + property.Name + "]" }) };
        }

        string? itemTitle = kind == MemberKind.Repeated ? firstArgument : GetString(named, "ItemTitle");
        if (itemTitle is not null)
        {
            if (value.Record is null)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name, "an item title heads the nested bullets of record items, but these items are written on one line and are their own title; remove ItemTitle",
                    RemoveArgument("ItemTitle"));
                return null;
            }

            var titleFormat = ParseFormat(itemTitle, value.Record, null, allowNumber: true, location);
            if (titleFormat is null)
            {
                return null;
            }

            member = member with
            {
                ItemTitle = titleFormat,
                Label = kind == MemberKind.Repeated ? string.Empty : label,
            };
        }
        else if (kind == MemberKind.Repeated)
        {
            Unsupported(layout, property, "repeated blocks need a title, such as [Repeated(\"Decision {n}: {Name}\")]");
            return null;
        }

        if (kind == MemberKind.List && value.Kind == ValueKind.Record && itemTitle is null)
        {
            var first = value.Record!.Members.FirstOrDefault();
            if (first is null || first.Kind != MemberKind.Field || first.Layout != FieldLayout.Bullet)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                    $"the items of a list of records need a head: set ItemTitle, make '{value.Record.Name}' [Inline], or start it with a bullet [Field]");
                return null;
            }
        }

        var templateItems = GetInt(named, "TemplateItems");
        if (named.ContainsKey("TemplateItems") && templateItems < 1)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"TemplateItems = {templateItems} would show no example item, but a blank template always shows at least one so that it can be filled in; give a number from 1, or leave TemplateItems out to show as many items as the longest [Placeholder]",
                RemoveArgument("TemplateItems"));
        }

        if (kind == MemberKind.Field && member.Guidance is { } fieldGuidance && !HtmlComments.IsOnly(fieldGuidance))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "a field's Guidance stands on the line right above it, where a reader would take words an agent kept for a value or text; write it as an HTML comment (<!-- … -->)",
                RemoveArgument("Guidance"));
            member = member with { Guidance = null };
        }

        member = member with { TemplateItems = Math.Max(1, templateItems > 0 ? templateItems : TemplateItemsFor(value, member.Placeholders.Count)) };
        CheckOptions(property, kind, member, value, nullable, isList, named, location);
        return member;
    }

    /// <summary>
    /// The condition's words: <c>if applicable</c>, also for a condition given as the template writes it, in its parentheses and
    /// emphasis (<c>*(mandatory)*</c>, <c>_(optional)_</c>, <c>(optional)</c>).
    /// </summary>
    private static string? ConditionText(string? condition) =>
        condition is null ? null : WrappedCondition(condition) is { } inner ? inner : condition;

    /// <summary>The condition as the blank template writes it: in parentheses, or as given when it brings its own.</summary>
    private static string? WrittenCondition(string? condition) =>
        condition is null ? null : WrappedCondition(condition) is not null ? condition : "(" + condition + ")";

    /// <summary>The words of a condition given in its parentheses, emphasized or not (<c>*(mandatory)*</c>), or null.</summary>
    private static string? WrappedCondition(string condition)
    {
        // "*(…)*", "_(…)_", "**(…)**", "__(…)__" or "(…)".
        var mark = condition.StartsWith("**", StringComparison.Ordinal) || condition.StartsWith("__", StringComparison.Ordinal) ? condition.Substring(0, 2)
            : condition.Length > 0 && condition[0] is '*' or '_' ? condition.Substring(0, 1) : string.Empty;
        return condition.Length > (2 * mark.Length) + 2 && condition.EndsWith(")" + mark, StringComparison.Ordinal)
            && condition.Substring(mark.Length, 1) == "(" && condition.Substring(mark.Length + 1, condition.Length - (2 * mark.Length) - 2) is var inner
            && inner.Trim().Length > 0 && Balanced(inner)
            ? inner
            : null;

        // "(optional, in `fixes #<n>(, fixes #<n>, ...)` format)": parentheses inside, each closed, are the condition's own.
        static bool Balanced(string text)
        {
            var depth = 0;
            foreach (var c in text)
            {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0)
                {
                    return false;
                }
            }

            return depth == 0;
        }
    }

    /// <summary>The options a front matter field cannot carry: Markdown or a record as its value, and what a <c>key: value</c> line has no place for.</summary>
    private void CheckFrontMatterOptions(IPropertySymbol property, MemberModel member, ValueModel value, ImmutableDictionary<string, TypedConstant> named, Location? location)
    {
        if (value.Kind is ValueKind.Markdown or ValueKind.Inline or ValueKind.Record or ValueKind.CodeBlock or ValueKind.ChecklistItem)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"Layout = FieldLayout.FrontMatter writes the value as one YAML value on its key's line, where {Describe(value)} could not stand; make the value text, a number, a date, a time, a yes/no or an enum");
            return;
        }

        foreach (var option in new[] { "LabelStyle", "Emoji", "Prefix", "Suffix", "Code", "Condition", "Guidance", "RuleBefore", "BlankLinesBefore" })
        {
            if (named.ContainsKey(option))
            {
                Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                    $"{option} has no place on a front matter line, which is 'key: value' alone; remove {option}",
                    RemoveArgument(option));
            }
        }
    }

    /// <summary>Why <paramref name="moreItems"/> cannot end the list's template as one more item that a reader tells apart, or null.</summary>
    private static string? MoreItemsProblem(string moreItems, MemberModel member, ValueModel value)
    {
        if (value.Kind is not (ValueKind.String or ValueKind.Markdown))
        {
            return $"is a line of text after the example items, but the items are {Describe(value)}, which a reader would try to read it as; make the items text, or remove MoreItems";
        }

        if (member.Numbered)
        {
            return "is written as one more bullet after the example items, but the list is numbered; remove MoreItems, or Numbered";
        }

        if (HtmlComments.IsOnly(moreItems) && moreItems.Trim().Length > 0)
        {
            return "is only an HTML comment, which Markdown shows as an empty item; give the item's text before the comment ('… <!-- numbers of options can vary -->')";
        }

        if (moreItems.IndexOfAny(new[] { '\\', '&' }) >= 0)
        {
            return "holds a backslash or '&', which a reader compares as written while the writer escapes an item's text, so an item could read as this line; give the line without escapes or character references";
        }

        if (moreItems.Trim().Length == 0 || moreItems.IndexOfAny(new[] { '\n', '\r' }) >= 0 || moreItems.Trim() != moreItems)
        {
            return "is the one line of an item the template shows after the example items ('… <!-- numbers of options can vary -->'), so it can be neither empty nor hold a line break or blanks at its ends; give that line's text";
        }

        return null;
    }

    /// <summary>The blank lines a part's template leaves before it (<c>BlankLinesBefore</c>, 0 to 9; one when out of range, which is reported).</summary>
    private static int BlankLinesBefore(ImmutableDictionary<string, TypedConstant> named) =>
        GetInt(named, "BlankLinesBefore") is var lines and >= 0 and <= 9 ? lines : 0;

    private void CheckBlankLinesBefore(ImmutableDictionary<string, TypedConstant> named, Location? location, IPropertySymbol property)
    {
        if (named.ContainsKey("BlankLinesBefore") && GetInt(named, "BlankLinesBefore") is var lines and (< 0 or > 9))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"BlankLinesBefore = {lines} is not a number of blank lines a template leaves; give 1 to 9, or leave it out for one",
                RemoveArgument("BlankLinesBefore"));
        }
    }

    /// <summary>Options that contradict the member's kind or type: each is reported with how to resolve it.</summary>
    private void CheckOptions(IPropertySymbol property, MemberKind kind, MemberModel member, ValueModel value, bool nullable, bool isList,
        ImmutableDictionary<string, TypedConstant> named, Location? location)
    {
        CheckBlankLinesBefore(named, location, property);

        if (member.Default?.Replace("\r\n", "\n") is { } defaultText && (defaultText.IndexOf("\n\n", StringComparison.Ordinal) >= 0
            || (member.Layout is FieldLayout.Bullet or FieldLayout.Line or FieldLayout.Quote or FieldLayout.Heading or FieldLayout.FrontMatter && defaultText.IndexOfAny(new[] { '\n', '\r' }) >= 0)))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                member.Layout is FieldLayout.Bullet or FieldLayout.Line or FieldLayout.Quote or FieldLayout.Heading or FieldLayout.FrontMatter
                    ? "Default holds a line break, but it is written where the value goes, on the field's one line; give one line of text"
                    : "Default holds an empty line, which would end the field's paragraph; give text without empty lines",
                RemoveArgument("Default"));
        }

        if (kind == MemberKind.List && !member.Numbered && member.Label.Length > 0 && value.Kind is not (ValueKind.Record or ValueKind.Inline)
            && member.Placeholders.Any(p => p.Length == 0))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "an empty example item of a bullet list is a lone '-', which Markdown reads under the label as the underline of a heading; number the list (Numbered = true writes '1.'), give the item placeholder text, or give the list a section of its own");
        }

        if (member.Compact && member.Label.Length == 0)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "Compact puts the fence on the line right under the label, but this code block has no label; remove Compact",
                RemoveArgument("Compact"));
        }

        if (member.Guidance is not null && member.Label.Length == 0 && kind is MemberKind.List or MemberKind.Table or MemberKind.Checklist)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"Guidance is the template's line between a label and the items, but this [{(kind == MemberKind.Checklist ? "Checklist" : kind.ToString())}] has no label, so it would never be written; give it a label, or put the guidance on its section ([Section(\"…\", Guidance = \"…\")])",
                RemoveArgument("Guidance"));
        }

        if (kind == MemberKind.Field && member.Code && value.Kind != ValueKind.String)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"Code = true writes text as inline code, but the value is {Describe(value)}; remove Code, or make the property a string",
                RemoveArgument("Code"));
        }

        if (kind == MemberKind.Field && member.Layout is < FieldLayout.Bullet or > FieldLayout.FrontMatter)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"Layout = {(int)member.Layout} is not a FieldLayout; use FieldLayout.Bullet, Line, Paragraph, Block, Quote, Heading or FrontMatter",
                RemoveArgument("Layout"));
        }

        if (kind == MemberKind.Field && member.Layout == FieldLayout.FrontMatter)
        {
            CheckFrontMatterOptions(property, member, value, named, location);
        }

        if (kind == MemberKind.Field && member.Layout == FieldLayout.Heading && (value.Kind is ValueKind.Markdown || member.LabelStyle != LabelStyle.Default || member.Emoji is not null))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                value.Kind is ValueKind.Markdown
                    ? "Layout = FieldLayout.Heading writes the value in a heading, one line of text, where Markdown's own formatting could not stand; make the value a string"
                    : "Layout = FieldLayout.Heading writes 'Label: value' as the heading's text, with no bold or emoji; remove LabelStyle and Emoji");
        }

        if (kind == MemberKind.Field && member.SoftLineBreak && member.Layout != FieldLayout.Line)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "SoftLineBreak only applies to Layout = FieldLayout.Line, whose lines are joined by line breaks; remove SoftLineBreak, or set Layout = FieldLayout.Line",
                RemoveArgument("SoftLineBreak"));
        }

        if (kind == MemberKind.Field && member.TrailingBreak && member.Layout != FieldLayout.Line)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "TrailingBreak only applies to Layout = FieldLayout.Line; remove TrailingBreak, or set Layout = FieldLayout.Line",
                RemoveArgument("TrailingBreak"));
        }

        if (kind == MemberKind.Field && member.LabelStyle == LabelStyle.NoColon && member.Layout != FieldLayout.Block)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "LabelStyle.NoColon leaves nothing between the label and a value on the same line, so a value starting with ':' or '(' would not read back; set Layout = FieldLayout.Block to put the value on the lines below, or use another LabelStyle",
                RemoveArgument("LabelStyle"));
        }

        if (member.LabelStyle is LabelStyle.Plain or LabelStyle.PlainNoColon
            && (kind == MemberKind.Field ? member.Layout is not (FieldLayout.Bullet or FieldLayout.Line or FieldLayout.Quote)
                : !(member.LabelStyle == LabelStyle.Plain && kind is MemberKind.List or MemberKind.Checklist or MemberKind.Table)))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                kind == MemberKind.Field
                    ? $"LabelStyle.{member.LabelStyle} writes the label and the value on one line, but Layout = FieldLayout.{member.Layout} puts the value apart from it; use Layout = FieldLayout.Bullet, Line or Quote, or a bold LabelStyle"
                    : kind is MemberKind.List or MemberKind.Checklist or MemberKind.Table
                        ? "LabelStyle.PlainNoColon leaves a list's or table's label, alone on its line, looking like any line of text; use LabelStyle.Plain ('Steps to Reproduce:') or a bold LabelStyle"
                        : $"LabelStyle.{member.LabelStyle} is for the label of a field, list or table; a group's label stands alone over its parts, so give it a bold LabelStyle",
                RemoveArgument("LabelStyle"));
        }

        if (member.MoreItems is { } moreItems && MoreItemsProblem(moreItems, member, value) is { } moreItemsProblem)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"MoreItems {moreItemsProblem}",
                RemoveArgument("MoreItems"));
        }

        if (GetBool(named, "SameNumber") && !member.Numbered)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "SameNumber writes every item as '1.', but this list has bullets; set Numbered = true, or remove SameNumber",
                RemoveArgument("SameNumber"));
        }

        if (member.BlankLineAfterLabel && member.Label.Length == 0)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "BlankLineAfterLabel puts a blank line between a list's label and its items, but this list has no label; give it one, [List(\"Steps\", BlankLineAfterLabel = true)], or remove the option",
                RemoveArgument("BlankLineAfterLabel"));
        }

        if (kind == MemberKind.Field && member.Emoji is not null && member.LabelStyle is LabelStyle.Plain or LabelStyle.PlainNoColon)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"Emoji goes before a bold label, but LabelStyle.{member.LabelStyle} writes the label plain, where a reader would take the emoji for part of it; remove Emoji, or use a bold LabelStyle",
                RemoveArgument("Emoji"));
        }

        if (kind == MemberKind.Group && member.Label.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "a group is read by its label, and this one has none; give it its label, [Group(\"Environment\")]");
        }

        if (kind == MemberKind.Group && member.Indent is < 0 or > 3)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                $"Indent = {member.Indent} spaces before the group's parts, but Markdown takes 4 or more as a code block and fewer than none cannot be written; give a number from 0 to 3",
                RemoveArgument("Indent"));
        }

        if (member.Optional && !nullable && (value.IsValueType || isList) && kind is MemberKind.Field)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "an optional field must be able to be absent, but its type always holds a value; make its type nullable, or remove Optional");
        }

        if (kind == MemberKind.Check && member.Optional)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "a check is always either ticked or not, so it cannot be left out; remove Optional",
                RemoveArgument("Optional"));
        }

        if (value.Kind != ValueKind.Enum)
        {
            foreach (var option in new[] { "HideEmoji", "OptionSeparator" })
            {
                if (named.ContainsKey(option))
                {
                    Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                        $"{option} only applies to enum values, but the value is {Describe(value)}; remove {option}",
                        RemoveArgument(option));
                }
            }
        }

        if (kind == MemberKind.CodeBlock && value.Kind == ValueKind.CodeBlock && named.ContainsKey("Language"))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "Language fixes the language of a string code block, but a Reports.CodeBlock carries its own language; remove Language (use LanguagePlaceholder for the blank template), or make the property a string",
                RemoveArgument("Language"));
        }

        if (kind == MemberKind.CodeBlock && value.Kind == ValueKind.String && named.ContainsKey("LanguagePlaceholder"))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name,
                "LanguagePlaceholder is shown for the language of a Reports.CodeBlock, but a string code block has a fixed language; use Language instead, or make the property a Reports.CodeBlock",
                RemoveArgument("LanguagePlaceholder"));
        }
    }

    /// <summary>Why <paramref name="preamble"/> cannot open a template (it is blank, or would read as a part of the report), or null.</summary>
    private static string? PreambleProblem(string preamble)
    {
        if (preamble.Trim().Length == 0)
        {
            return "is blank";
        }

        // Lines inside an HTML comment or a code fence are neither headings nor rules.
        var inComment = false;
        string? fence = null;
        foreach (var line in preamble.Split('\n'))
        {
            var text = line.TrimStart(' ');
            var indented = line.Length - text.Length >= 4;
            if (fence is not null)
            {
                fence = !indented && text.TrimEnd().StartsWith(fence, StringComparison.Ordinal) && text.TrimEnd().Trim(fence[0]).Length == 0 ? null : fence;
                continue;
            }

            if (inComment)
            {
                inComment = line.IndexOf("-->", StringComparison.Ordinal) < 0;
                continue;
            }

            if (!indented && (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = new string(text[0], text.Length - text.TrimStart(text[0]).Length);
                continue;
            }

            if (!indented && (text.StartsWith("#", StringComparison.Ordinal) || text.TrimEnd() is "---" or "***" or "___"))
            {
                return $"holds the line '{line.Trim()}', which a reader would take for a heading or a rule of the report";
            }

            // "**Label**:", "- **Label:** x", "- [ ] Done": a label or a check. Bold words without a colon are text.
            var item = text.Length > 1 && text[0] is '-' or '*' or '+' && text[1] == ' ' ? text.Substring(2).TrimStart(' ') : text;
            if (!indented && (System.Text.RegularExpressions.Regex.IsMatch(item, @"^(\*\*|__)[^*_\n]*?(:\*\*|\*\*\s*:|:__|__\s*:)")
                || item.StartsWith("[ ]", StringComparison.Ordinal) || item.StartsWith("[x]", StringComparison.OrdinalIgnoreCase)))
            {
                return $"holds the line '{line.Trim()}', which a reader would take for a label or a check of the report";
            }

            var open = line.LastIndexOf("<!--", StringComparison.Ordinal);
            inComment = open >= 0 && line.IndexOf("-->", open + 4, StringComparison.Ordinal) < 0;
        }

        return fence is not null ? "leaves its code fence open, so the report after it would read as code"
            : inComment ? "leaves its HTML comment open, so the report after it would be hidden"
            : null;
    }

    /// <summary>The list or checklist that ends <paramref name="member"/> (the member itself, or the last part of its group or repeated blocks), or null.</summary>
    private static MemberModel? EndsWithList(MemberModel member) => member.Kind switch
    {
        MemberKind.List or MemberKind.Checklist => member,
        MemberKind.Group or MemberKind.Repeated when member.Value.Record is { Members.Count: > 0 } record => EndsWithList(record.Members[record.Members.Count - 1]),
        _ => null,
    };

    /// <summary>
    /// Whether a front matter field can stand: in the report's own record (the front matter opens the file), under a key
    /// YAML reads as written and no other field of the front matter has.
    /// </summary>
    private bool CheckFrontMatterField(MemberModel member, IPropertySymbol property, Dictionary<string, string> keys)
    {
        var attribute = FindAttribute(property, KnownNames.FieldAttribute)!;
        if (_building.Count > 1)
        {
            Unsupported(attribute, property,
                "Layout = FieldLayout.FrontMatter writes the field in the YAML front matter that opens the file, so only the report's own record may hold it, not a section, group or item; move the property to the report type, or give it another layout");
            return false;
        }

        if (FrontMatterKeyProblem(member.Label) is { } problem)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(attribute, property), property.Name,
                $"the front matter key '{member.Label}' {problem}; give a key of letters, digits, '_', '-', '.' and inner spaces, starting with a letter, digit or '_' ('status', 'decision-makers')");
            return false;
        }

        if (_frontMatterText is { } text && text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => !l.StartsWith("#", StringComparison.Ordinal)
            && l.IndexOf(':') > 0 && string.Equals(l.Substring(0, l.IndexOf(':')).Trim(), member.Label, StringComparison.OrdinalIgnoreCase)) is { } line)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(attribute, property), property.Name,
                $"the front matter key '{member.Label}' is also a line of the report's FrontMatter ('{line}'), which a reader skips as the template's own, so a value written the same would be lost; remove that line from FrontMatter, or give the field another key");
            return false;
        }

        if (keys.TryGetValue(member.Label, out var first))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(attribute, property), property.Name,
                $"the front matter key '{member.Label}' is '{first}''s already, and YAML holds a key once; give each field its own key");
            return false;
        }

        keys.Add(member.Label, property.Name);
        return true;
    }

    /// <summary>Why <paramref name="key"/> cannot be a plain YAML key that reads back as written, or null.</summary>
    private static string? FrontMatterKeyProblem(string key)
    {
        if (key.Length == 0)
        {
            return "is empty";
        }

        if (!(char.IsLetterOrDigit(key[0]) || key[0] == '_'))
        {
            return $"starts with '{key[0]}', which YAML reads as syntax or a reader takes for a comment";
        }

        if (key[key.Length - 1] == ' ')
        {
            return "ends with a space";
        }

        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ' '))
            {
                return $"holds '{c}', which YAML reads as syntax";
            }
        }

        return null;
    }

    /// <summary>A field of <paramref name="record"/> written as a heading or a quote, which only a report or a section may hold; or null.</summary>
    private static MemberModel? BlockOnlyField(RecordModel record) =>
        record.Members.FirstOrDefault(m => m is { Kind: MemberKind.Field, Layout: FieldLayout.Heading or FieldLayout.Quote });

    private static string DescribeKind(MemberKind kind) => kind switch
    {
        MemberKind.Section => "a section",
        MemberKind.RepeatedSection => "a repeated section",
        MemberKind.Text => "free text",
        MemberKind.Group => "a group",
        MemberKind.Repeated => "repeated blocks",
        _ => "a title value",
    };

    private static string Describe(ValueModel value) => value.Kind switch
    {
        ValueKind.String => "text",
        ValueKind.Enum => "an enum",
        ValueKind.Inline => "an [Inline] record",
        ValueKind.Record => "a record",
        ValueKind.CodeBlock => "a code block",
        ValueKind.Markdown => "Markdown",
        ValueKind.ChecklistItem => "a checklist item",
        ValueKind.Boolean => "a bool",
        ValueKind.DateOnly or ValueKind.DateTime or ValueKind.DateTimeOffset => "a date",
        ValueKind.TimeOnly => "a time",
        _ => "a number",
    };

    private ValueModel? ApplyItemPlaceholders(IPropertySymbol property, ValueModel value)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (KnownNames.AttributeName(attribute.AttributeClass) != KnownNames.ItemPlaceholderAttribute || attribute.ConstructorArguments.Length < 2)
            {
                continue;
            }

            var name = FirstString(attribute) ?? string.Empty;
            var second = attribute.ConstructorArguments[1];
            if (second.Kind == TypedConstantKind.Error || (second.Kind == TypedConstantKind.Array && second.IsNull))
            {
                continue; // C# reports the broken argument itself
            }

            var values = (second.Kind == TypedConstantKind.Array ? second.Values.Select(v => v.Value as string ?? string.Empty) : new[] { second.Value as string ?? string.Empty })
                .ToEquatableArray();
            if (value.Inline is null && value.Record is null)
            {
                // A list of text, values or checklist items: its items have no members to name.
                Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(attribute, property), property.Name,
                    $"[ItemPlaceholder] gives the placeholders of a member of a record item, but each item here is {Describe(value)}; give the items' example texts with [Placeholder(\"[first]\", \"[second]\")] on the list");
                return null;
            }

            var found = false;
            if (value.Inline is not null)
            {
                var parts = value.Inline.Parts.Select(p =>
                {
                    if (p.Member?.PropertyName != name)
                    {
                        return p;
                    }

                    found = true;
                    return p with { Member = p.Member with { Placeholders = values } };
                }).ToEquatableArray();
                value = value with { Inline = value.Inline with { Parts = parts } };
            }
            else if (value.Record is not null)
            {
                var members = value.Record.Members.Select(m =>
                {
                    if (m.PropertyName != name)
                    {
                        return m;
                    }

                    found = true;
                    return m with { Placeholders = values };
                }).ToEquatableArray();
                value = value with { Record = value.Record with { Members = members } };
            }

            if (!found)
            {
                var itemNames = value.Inline is not null
                    ? value.Inline.Parts.Where(p => p.Member is not null).Select(p => p.Member!.PropertyName)
                    : value.Record?.Members.Select(m => m.PropertyName) ?? Enumerable.Empty<string>();
                var itemType = value.TypeName.StartsWith("global::", StringComparison.Ordinal) ? value.TypeName.Substring("global::".Length) : value.TypeName;
                Report(DiagnosticDescriptors.UnknownFormatMember, AttributeLocation(attribute, property), "[ItemPlaceholder]", name, itemType, Choices(itemNames));
                return null;
            }
        }

        return value;
    }

    private static int TemplateItemsFor(ValueModel value, int ownPlaceholders)
    {
        var count = ownPlaceholders;
        if (value.Record is not null)
        {
            foreach (var member in value.Record.Members)
            {
                count = Math.Max(count, member.Placeholders.Count);
            }
        }

        if (value.Inline is not null)
        {
            foreach (var part in value.Inline.Parts)
            {
                if (part.Member is not null)
                {
                    count = Math.Max(count, part.Member.Placeholders.Count);
                }
            }
        }

        return count;
    }

    private ValueModel? ClassifyValue(ITypeSymbol type, out CollectionKind collection, out bool nullable, UseSite site)
    {
        var location = site.Location;
        collection = CollectionKind.None;
        nullable = type.NullableAnnotation == NullableAnnotation.Annotated;
        var element = type;
        if (type is IArrayTypeSymbol array)
        {
            collection = CollectionKind.Array;
            element = array.ElementType;
        }
        else if (type is INamedTypeSymbol { IsGenericType: true } generic && type.SpecialType != SpecialType.System_String)
        {
            collection = KnownNames.Is(generic, KnownNames.ReportList) ? CollectionKind.ReportList
                : KnownNames.Is(generic, KnownNames.ReadOnlyList) ? CollectionKind.ReadOnlyList
                : KnownNames.Is(generic, KnownNames.List) ? CollectionKind.List
                : CollectionKind.None;

            if (collection != CollectionKind.None)
            {
                element = generic.TypeArguments[0];
            }
        }

        var elementNullable = false;
        if (element is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapped)
        {
            element = wrapped.TypeArguments[0];
            elementNullable = true;
        }

        if (collection == CollectionKind.None)
        {
            nullable |= elementNullable;
        }

        var typeName = FullyQualifiedName(element);
        ValueKind? kind = element.SpecialType switch
        {
            SpecialType.System_String => ValueKind.String,
            SpecialType.System_Int32 => ValueKind.Int32,
            SpecialType.System_Int64 => ValueKind.Int64,
            SpecialType.System_Decimal => ValueKind.Decimal,
            SpecialType.System_Double => ValueKind.Double,
            SpecialType.System_Boolean => ValueKind.Boolean,
            SpecialType.System_DateTime => ValueKind.DateTime,
            _ => null,
        };

        kind ??= KnownNames.Is(element, KnownNames.DateOnly) ? ValueKind.DateOnly
            : KnownNames.Is(element, KnownNames.TimeOnly) ? ValueKind.TimeOnly
            : KnownNames.Is(element, KnownNames.DateTimeOffset) ? ValueKind.DateTimeOffset
            : KnownNames.Is(element, KnownNames.CodeBlock) ? ValueKind.CodeBlock
            : KnownNames.Is(element, KnownNames.MarkdownText) ? ValueKind.Markdown
            : KnownNames.Is(element, KnownNames.ChecklistItem) ? ValueKind.ChecklistItem
            : null;

        if (kind is null && element.TypeKind == TypeKind.Enum)
        {
            var options = EnumOptions((INamedTypeSymbol)element);
            if (options.IsEmpty)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, location, site.MemberName,
                    $"the enum '{element.Name}' has no members, so the value can never be filled; add its options, each with [Option(\"LABEL\")]");
                return null;
            }

            return new ValueModel(ValueKind.Enum, typeName, true, options, null, null);
        }

        if (kind is not null)
        {
            return new ValueModel(kind.Value, typeName, element.IsValueType, EquatableArray<EnumOption>.Empty, null, null);
        }

        if (element is INamedTypeSymbol named && element.TypeKind is TypeKind.Class or TypeKind.Struct && element.SpecialType == SpecialType.None)
        {
            var inline = FindAttribute(named, KnownNames.InlineAttribute);
            if (inline is not null)
            {
                var source = inline.ConstructorArguments.Length > 0 ? inline.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
                var format = ParseFormat(source, null, named, allowNumber: false, AttributeLocation(inline, named));
                if (format is null)
                {
                    return null;
                }

                var constructor = InlineConstructor(named);
                CheckConstructible(named, !constructor.IsEmpty, AttributeLocation(inline, named));
                return new ValueModel(ValueKind.Inline, typeName, element.IsValueType, EquatableArray<EnumOption>.Empty, format, null)
                {
                    Constructor = constructor,
                };
            }

            var record = BuildRecord(named, tableRow: false, location);
            return record is null ? null : new ValueModel(ValueKind.Record, typeName, element.IsValueType, EquatableArray<EnumOption>.Empty, null, record);
        }

        Report(DiagnosticDescriptors.UnsupportedMemberType, location, site.AttributeName, site.MemberName, type.ToDisplayString(),
            "a report holds string, int, long, decimal, double, bool, DateOnly, TimeOnly, DateTime, DateTimeOffset, enums, Reports.CodeBlock, Reports.ChecklistItem, Reports.MarkdownText (Markdown kept as written), records, and lists of those (ReportList<T>, IReadOnlyList<T>, T[] or List<T>); change the property's type");
        return null;
    }

    /// <summary>
    /// The fully qualified name of <paramref name="type"/> without its nullable annotation; a report names the same few
    /// types (<c>string</c> above all) again and again, so the names of types without type arguments are kept.
    /// </summary>
    private string FullyQualifiedName(ITypeSymbol type)
    {
        // Type arguments may carry nullable annotations the comparer ignores: only types without any are kept.
        var kept = HasNoTypeArguments(type);
        if (kept && _typeNames is not null && _typeNames.TryGetValue(type, out var known))
        {
            return known;
        }

        var name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (kept)
        {
            (_typeNames ??= new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default)).Add(type, name);
        }

        return name;
    }

    private static bool HasNoTypeArguments(ITypeSymbol type)
    {
        for (var named = type as INamedTypeSymbol; named is not null; named = named.ContainingType)
        {
            if (named.Arity != 0)
            {
                return false;
            }
        }

        return type is INamedTypeSymbol;
    }

    private EquatableArray<EnumOption> EnumOptions(INamedTypeSymbol enumType)
    {
        // An enum used by several members is read once. Its problems are then reported at its first use only: they are
        // located on the enum (or on the report, for an enum from a reference) and the same for every use, and the
        // definition analyzer files a diagnostic once anyway.
        _enumOptions ??= new Dictionary<ISymbol, EquatableArray<EnumOption>>(SymbolEqualityComparer.Default);
        if (!_enumOptions.TryGetValue(enumType, out var known))
        {
            known = ReadEnumOptions(enumType);
            _enumOptions.Add(enumType, known);
        }

        return known;
    }

    private EquatableArray<EnumOption> ReadEnumOptions(INamedTypeSymbol enumType)
    {
        var options = new List<EnumOption>();
        var values = new List<(string Name, object? Value)>();
        if (enumType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute"))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, enumType.Locations.FirstOrDefault(l => l.IsInSource), enumType.Name,
                "it is a [Flags] enum, whose values combine options, and a report writes one option per value; remove [Flags], or make the part a list of options");
        }

        foreach (var field in enumType.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue)
            {
                continue;
            }

            if (Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(field.Name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, field.Locations.FirstOrDefault(), enumType.Name + "." + field.Name,
                    $"'{field.Name}' is a C# keyword (written '@{field.Name}'), which the generated code does not escape; rename the enum member (its [Option] label can stay)");
            }

            if (values.FirstOrDefault(v => Equals(v.Value, field.ConstantValue)) is { Name: { } alias })
            {
                Report(DiagnosticDescriptors.ConflictingOptions, field.Locations.FirstOrDefault(), enumType.Name + "." + field.Name,
                    $"it has the same value as '{alias}', so a report could not tell which one it holds; give each option its own value");
                continue;
            }

            values.Add((field.Name, field.ConstantValue));
            var option = FindAttribute(field, KnownNames.OptionAttribute);
            if (option is null)
            {
                Report(DiagnosticDescriptors.EnumWithoutOptions, field.Locations.FirstOrDefault(), enumType.Name, field.Name);
                options.Add(new EnumOption(field.Name, field.Name, null));
                continue;
            }

            var named = NamedArguments(option);
            var label = option.ConstructorArguments.Length > 0 ? option.ConstructorArguments[0].Value as string : null;
            if (string.IsNullOrWhiteSpace(label))
            {
                Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(option, field), enumType.Name + "." + field.Name,
                    "the [Option] label is empty, so a reader could not find the value; give the label the report shows");
                label = field.Name;
            }
            else if (options.FirstOrDefault(o => string.Equals(o.Label, label, StringComparison.OrdinalIgnoreCase)) is { } same)
            {
                Report(DiagnosticDescriptors.ConflictingOptions, AttributeLocation(option, field), enumType.Name + "." + field.Name,
                    $"the label '{label}' is also the label of '{same.MemberName}', so a reader could not tell the two apart; give each option its own label");
            }

            options.Add(new EnumOption(field.Name, label!, GetString(named, "Emoji")));
        }

        return options.ToEquatableArray();
    }

    private Format? ParseFormat(string source, RecordModel? record, INamedTypeSymbol? inlineType, bool allowNumber, Location? location)
    {
        var parts = new List<FormatPart>();
        var literal = new StringBuilder();
        var inCode = false;
        var holesInCode = 0;
        void FlushLiteral()
        {
            if (literal.Length > 0)
            {
                parts.Add(new FormatPart(FormatPartKind.Literal, literal.ToString(), EquatableArray<string>.Empty, null));
                literal.Clear();
            }
        }

        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '{' && i + 1 < source.Length && source[i + 1] == '{')
            {
                literal.Append('{');
                i++;
                continue;
            }

            if (c == '}' && i + 1 < source.Length && source[i + 1] == '}')
            {
                literal.Append('}');
                i++;
                continue;
            }

            if (c == '`')
            {
                FlushLiteral();
                parts.Add(new FormatPart(inCode ? FormatPartKind.CodeEnd : FormatPartKind.CodeStart, "`", EquatableArray<string>.Empty, null));
                inCode = !inCode;
                holesInCode = 0;
                continue;
            }

            if (c == '{')
            {
                var end = source.IndexOf('}', i + 1);
                if (end < 0)
                {
                    Report(DiagnosticDescriptors.UnreadableFormat, location, source, "has a '{' without its '}'; write '{{' for a brace");
                    return null;
                }

                var name = source.Substring(i + 1, end - i - 1).Trim();
                i = end;
                if (parts.Count > 0 && literal.Length == 0 && parts[parts.Count - 1].Kind is FormatPartKind.Hole or FormatPartKind.Number)
                {
                    Report(DiagnosticDescriptors.UnreadableFormat, location, source, "has two values with no fixed text between them, so a reader could not tell where one ends");
                    return null;
                }

                FlushLiteral();
                if (name == "n")
                {
                    if (!allowNumber)
                    {
                        Report(DiagnosticDescriptors.UnreadableFormat, location, source, "uses {n}, the item number, outside a repeated item; remove {n} or write {{n}} for the text");
                        return null;
                    }

                    parts.Add(new FormatPart(FormatPartKind.Number, "n", EquatableArray<string>.Empty, null));
                    continue;
                }

                if (inCode && ++holesInCode > 2)
                {
                    Report(DiagnosticDescriptors.UnreadableFormat, location, source, "has more than two values inside one inline-code span; split the span");
                    return null;
                }

                var path = name.Split('.');
                var member = inlineType is not null ? InlineMember(inlineType, path, source, location) : ResolvePath(record!, path, source, location);
                if (member is null)
                {
                    return null;
                }

                parts.Add(new FormatPart(FormatPartKind.Hole, name, path.ToEquatableArray(), member));
                continue;
            }

            literal.Append(c);
        }

        FlushLiteral();
        if (inCode)
        {
            Report(DiagnosticDescriptors.UnreadableFormat, location, source, "opens inline code with '`' and never closes it; add the closing '`'");
            return null;
        }

        return new Format(source, parts.ToEquatableArray());
    }

    private MemberModel? ResolvePath(RecordModel record, string[] path, string source, Location? location)
    {
        var current = record;
        for (var i = 0; i < path.Length; i++)
        {
            var member = current.Members.FirstOrDefault(m => m.PropertyName == path[i]);
            if (member is null)
            {
                Report(DiagnosticDescriptors.UnknownFormatMember, location, Quote(source), string.Join(".", path), current.Name,
                    Choices(current.Members.Select(m => m.PropertyName)));
                return null;
            }

            if (i == path.Length - 1)
            {
                if (member.IsCollection || !(IsScalar(member.Value.Kind) || member.Value.Kind == ValueKind.Inline))
                {
                    Report(DiagnosticDescriptors.UnreadableFormat, location, source, NotAFormatValue(string.Join(".", path), member.Value.Kind, member.IsCollection));
                    return null;
                }

                return member;
            }

            if (member.IsCollection || member.Value.Record is null)
            {
                Report(DiagnosticDescriptors.UnreadableFormat, location, source,
                    $"names '{string.Join(".", path)}', but '{member.PropertyName}' is not a single record whose members a path can reach; name a single value");
                return null;
            }

            current = member.Value.Record;
        }

        return null;
    }

    /// <summary>Why the member a format's hole names cannot fill it.</summary>
    private static string NotAFormatValue(string name, ValueKind kind, bool collection) => kind == ValueKind.Markdown && !collection
        ? $"names '{name}', which is Markdown; a format's values are plain (its punctuation ends them), so name a text, number, date or enum member"
        : $"names '{name}', which is not a single value; name a text, number, date or enum member";

    private MemberModel? InlineMember(INamedTypeSymbol type, string[] path, string source, Location? location)
    {
        var property = path.Length == 1 ? type.GetMembers(path[0]).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic) : null;
        if (property is null)
        {
            Report(DiagnosticDescriptors.UnknownFormatMember, location, Quote(source), string.Join(".", path), type.Name,
                Choices(type.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsIndexer && p.Name != "EqualityContract").Select(p => p.Name)));
            return null;
        }

        var value = ClassifyValue(property.Type, out var collection, out var nullable, new UseSite("Inline", property.Name, location));
        if (value is null)
        {
            return null;
        }

        if (collection != CollectionKind.None || !IsScalar(value.Kind))
        {
            Report(DiagnosticDescriptors.UnreadableFormat, location, source, NotAFormatValue(property.Name, value.Kind, collection != CollectionKind.None));
            return null;
        }

        CheckSettable(property);
        CheckCanBeUnset(property, value, collection, nullable);
        return Annotate(new MemberModel(MemberKind.Field, property.Name, property.Name, value, collection, nullable) { Placeholders = Placeholders(property) }, property);
    }

    // ---- What builders and completeness checks need beside the layout ----

    private static readonly SymbolDisplayFormat TypeFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private MemberModel Annotate(MemberModel member, IPropertySymbol property) => member with
    {
        Documentation = _use == ModelUse.Emitters ? Documentation(property, _cancellationToken) : null,
        PropertyType = _use == ModelUse.Emitters ? property.Type.ToDisplayString(TypeFormat) : string.Empty,
        ItemType = _use != ModelUse.Emitters ? null : property.Type switch
        {
            IArrayTypeSymbol array => array.ElementType.ToDisplayString(TypeFormat),
            INamedTypeSymbol { IsGenericType: true } generic when member.IsCollection => generic.TypeArguments[0].ToDisplayString(TypeFormat),
            _ => null,
        },
        RequiredWhen = RequiredWhen(property),
        AllowPlaceholderLike = FindAttribute(property, KnownNames.AllowPlaceholderLikeAttribute) is not null,
        CanSet = property.SetMethod is { } setter && IsVisibleInAssembly(setter.DeclaredAccessibility) && IsVisibleInAssembly(property.DeclaredAccessibility),
        IsPublic = property.DeclaredAccessibility == Accessibility.Public && IsPublicType(property.Type),
    };

    private static bool IsPublicType(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => IsPublicType(array.ElementType),
        ITypeParameterSymbol => true,
        INamedTypeSymbol named => IsPublicWithContainers(named) && named.TypeArguments.All(IsPublicType),
        _ => true,
    };

    private static bool IsPublicWithContainers(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static RecordShape Shape(INamedTypeSymbol type)
    {
        // The symbol may come from an annotated property type (Section?); declarations need the plain type.
        type = (INamedTypeSymbol)type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        var containing = new List<string>();
        var containersPartial = true;
        var visible = IsVisibleInAssembly(type.DeclaredAccessibility);
        var generic = type.IsGenericType;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containersPartial &= IsPartial(outer);
            visible &= IsVisibleInAssembly(outer.DeclaredAccessibility);
            generic |= outer.IsGenericType;
            containing.Insert(0, Declaration(outer));
        }

        var inSource = type.Locations.Any(l => l.IsInSource);
        var constructible = type.IsValueType
            || type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && IsVisibleInAssembly(c.DeclaredAccessibility));
        var builderName = type.Name + "Builder";
        // The builder is declared beside the type, so the type's containers must be partial; other builders and
        // the report's builder refer to it, so it must be visible in the assembly. A type of the user's with its
        // name keeps it (the definition analyzer reports the clash).
        var generates = inSource && containersPartial && visible && !generic && constructible && !type.IsAbstract
            && BuilderNameTakenBy(type) is null;
        string? builder = null;
        if (generates)
        {
            builder = type.ContainingType is { } container
                ? container.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + builderName
                : (type.ContainingNamespace.IsGlobalNamespace ? "global::" : type.ContainingNamespace.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".") + builderName;
        }
        else if (!inSource && visible)
        {
            // A section type from a referenced assembly: use the builder generated there, if any.
            var existing = (type.ContainingSymbol as INamespaceOrTypeSymbol)?.GetTypeMembers(builderName)
                .FirstOrDefault(t => t.Arity == 0 && IsVisibleInAssembly(t.DeclaredAccessibility));
            builder = existing?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        }

        return new RecordShape(
            type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
            containing.ToEquatableArray(),
            Declaration(type),
            AccessibilityKeyword(type.DeclaredAccessibility),
            type.IsRecord,
            type.IsValueType,
            IsPartial(type) && containersPartial,
            inSource)
        {
            BuilderName = builder,
            GeneratesBuilder = generates,
            HintName = HintNames.Of(type),
            RequiredMembers = type.GetMembers()
                .Where(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                .Select(m => m.Name)
                .ToEquatableArray(),
        };
    }

    /// <summary>The members the generator adds to report and section types: a part may not take their names.</summary>
    private static readonly HashSet<string> GeneratedMemberNames = new(StringComparer.Ordinal)
    {
        "ToMarkdown", "WriteMarkdown", "Parse", "TryParse", "MarkdownTemplate", "RenderTemplate", "CheckCompleteness",
        "EnsureComplete", "ReportRoles", "CreateBuilder", "ToBuilder", "ReportSchema",
    };

    /// <summary>
    /// Whether the name of a part can be used by generated code: not a member the generator adds, and not a C# keyword
    /// (<c>@class</c>), which generated code does not escape. Reports the problem otherwise.
    /// </summary>
    private bool CheckName(IPropertySymbol property)
    {
        if (GeneratedMemberNames.Contains(property.Name))
        {
            Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                $"'{property.Name}' is the name of a member the generator adds to report and section types; rename the property (the label can stay)");
            return false;
        }

        if (Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(property.Name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, property.Locations.FirstOrDefault(), property.Name,
                $"'{property.Name}' is a C# keyword (written '@{property.Name}'), which the generated code does not escape; rename the property, for example to '{char.ToUpperInvariant(property.Name[0]) + property.Name.Substring(1)}' (the label can stay)");
            return false;
        }

        return true;
    }

    /// <summary>
    /// A property the user can set, declared in source without any attribute of the report's: it is neither written nor
    /// read, which is almost always a forgotten attribute.
    /// </summary>
    private static bool IsLeftOut(IPropertySymbol property)
    {
        if (property.IsImplicitlyDeclared || property.SetMethod is not { DeclaredAccessibility: Accessibility.Public or Accessibility.Internal }
            || !property.Locations.Any(l => l.IsInSource) || property.IsOverride)
        {
            return false;
        }

        foreach (var attribute in property.GetAttributes())
        {
            if (IsPartAttribute(attribute))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An attribute that makes a property a part of the report: a layout, a section, a title value or a column.</summary>
    private static bool IsPartAttribute(AttributeData attribute) =>
        KnownNames.AttributeName(attribute.AttributeClass) is KnownNames.SectionAttribute or KnownNames.FieldAttribute or KnownNames.TextAttribute
            or KnownNames.TitleValueAttribute or KnownNames.ListAttribute or KnownNames.RepeatedAttribute or KnownNames.TableAttribute
            or KnownNames.ColumnAttribute or KnownNames.ChecklistAttribute or KnownNames.CheckAttribute or KnownNames.IndicatorAttribute
            or KnownNames.CodeBlockAttribute or KnownNames.AlignedBlockAttribute or KnownNames.GroupAttribute;

    /// <summary>
    /// A type of the user's named as <paramref name="type"/>'s builder would be (<c>TBuilder</c>) beside it, or null. The
    /// builder this generator adds (in the compilation the analyzers see) is told apart by the file it is declared in,
    /// or by its constructor from the type it builds.
    /// </summary>
    private static INamedTypeSymbol? BuilderNameTakenBy(INamedTypeSymbol type) =>
        (type.ContainingSymbol as INamespaceOrTypeSymbol)?.GetTypeMembers(type.Name + "Builder")
            .FirstOrDefault(t => !t.DeclaringSyntaxReferences.Any(r => r.SyntaxTree.FilePath.IndexOf(KnownNames.GeneratorTypeName, StringComparison.Ordinal) >= 0)
                && !t.InstanceConstructors.Any(c => c.Parameters.Length == 1
                    && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), type.WithNullableAnnotation(NullableAnnotation.NotAnnotated))));

    private static bool IsVisibleInAssembly(Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    private static string AccessibilityKeyword(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "internal",
    };

    private static string? Documentation(IPropertySymbol property, CancellationToken cancellationToken)
    {
        var xml = property.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            var summary = System.Xml.Linq.XElement.Parse(xml).Element("summary");
            if (summary is null)
            {
                return null;
            }

            var lines = string.Concat(summary.Nodes().Select(n => n.ToString()))
                .Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Length > 0);
            var text = string.Join("\n", lines);
            return text.Length == 0 ? null : text;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reports a <c>[RequiredWhen]</c> whose path does not name a property, as written, from the record that declares the
    /// part (a path from the report, <c>FromRoot</c>, depends on the report and is checked where it is used).
    /// </summary>
    private void CheckRequiredWhen(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (KnownNames.AttributeName(attribute.AttributeClass) != KnownNames.RequiredWhenAttribute || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string path || GetBool(NamedArguments(attribute), "FromRoot"))
            {
                continue;
            }

            ITypeSymbol current = property.ContainingType;
            foreach (var segment in path.Split('.'))
            {
                var name = segment.Trim();
                var found = (current as INamedTypeSymbol)?.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic);
                if (found is null)
                {
                    var candidates = (current as INamedTypeSymbol)?.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsImplicitlyDeclared).Select(p => p.Name)
                        ?? Enumerable.Empty<string>();
                    Report(DiagnosticDescriptors.UnknownFormatMember, AttributeLocation(attribute, property), "[RequiredWhen] on '" + property.Name + "'", path, current.Name,
                        "the path is read from the record that declares the part, property by property, as written; " + Choices(candidates) + " (or set FromRoot = true to start at the report)");
                    break;
                }

                current = found.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : found.Type;
            }
        }
    }

    private static EquatableArray<RequiredWhenModel> RequiredWhen(IPropertySymbol property)
    {
        var conditions = new List<RequiredWhenModel>();
        foreach (var attribute in property.GetAttributes())
        {
            if (KnownNames.AttributeName(attribute.AttributeClass) != KnownNames.RequiredWhenAttribute || attribute.ConstructorArguments.Length != 2)
            {
                continue;
            }

            var path = attribute.ConstructorArguments[0].Value as string;
            var value = attribute.ConstructorArguments[1];
            if (string.IsNullOrWhiteSpace(path) || value.IsNull || value.Type is null)
            {
                continue;
            }

            var fromRoot = GetBool(NamedArguments(attribute), "FromRoot");
            var segments = path!.Split('.').Select(p => p.Trim()).ToEquatableArray();
            var valueType = value.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (value.Kind == TypedConstantKind.Enum)
            {
                var field = value.Type.GetMembers().OfType<IFieldSymbol>()
                    .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value.Value));
                if (field is not null)
                {
                    conditions.Add(new RequiredWhenModel(segments, fromRoot, valueType, valueType + "." + field.Name, field.Name, field.Name));
                }

                continue;
            }

            if (value.Kind != TypedConstantKind.Primitive)
            {
                continue;
            }

            var literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatPrimitive(value.Value!, quoteStrings: true, useHexadecimalNumbers: false);
            literal += value.Type.SpecialType switch
            {
                SpecialType.System_Decimal => "m",
                SpecialType.System_Single => "f",
                _ => string.Empty,
            };
            var text = value.Value switch
            {
                bool b => b ? "Yes" : "No",
                string s => s,
                _ => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatPrimitive(value.Value!, quoteStrings: false, useHexadecimalNumbers: false),
            };
            conditions.Add(new RequiredWhenModel(segments, fromRoot, valueType, literal, null, text));
        }

        return conditions.ToEquatableArray();
    }

    private static EquatableArray<ParameterModel> InlineConstructor(INamedTypeSymbol type)
    {
        var properties = new HashSet<string>(type.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        var constructor = type.InstanceConstructors
            .Where(c => IsVisibleInAssembly(c.DeclaredAccessibility) && c.Parameters.Length > 0
                && !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type))
                && c.Parameters.All(p => properties.Contains(p.Name)))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
        return constructor is null
            ? EquatableArray<ParameterModel>.Empty
            : constructor.Parameters.Select(p => new ParameterModel(p.Name, p.Type.ToDisplayString(TypeFormat))).ToEquatableArray();
    }

    /// <summary>
    /// The constructor to build the type with: the one with the most parameters whose every parameter names
    /// one of the report's properties (a positional record's primary constructor), else the parameterless one.
    /// </summary>
    private static EquatableArray<string> ConstructorFor(INamedTypeSymbol type, IEnumerable<string> memberNames)
    {
        var names = new HashSet<string>(memberNames, StringComparer.OrdinalIgnoreCase);
        IMethodSymbol? best = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal) || constructor.Parameters.Length == 0)
            {
                continue;
            }

            if (constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type))
            {
                continue; // the record's copy constructor
            }

            if (constructor.Parameters.All(p => names.Contains(p.Name)) && (best is null || constructor.Parameters.Length > best.Parameters.Length))
            {
                best = constructor;
            }
        }

        if (best is null)
        {
            return EquatableArray<string>.Empty;
        }

        return best.Parameters.Select(p => names.First(n => string.Equals(n, p.Name, StringComparison.OrdinalIgnoreCase))).ToEquatableArray();
    }

    /// <summary>The reader must be able to create the type: with the chosen constructor, or a parameterless one.</summary>
    private void CheckConstructible(INamedTypeSymbol type, bool hasConstructor, Location? location)
    {
        if (hasConstructor || type.IsValueType || type.IsAbstract && type.TypeKind != TypeKind.Class)
        {
            return;
        }

        var parameterless = type.InstanceConstructors.Any(c => c.Parameters.Length == 0
            && (c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal
                || SymbolEqualityComparer.Default.Equals(type, _root)));
        if (!parameterless || type.IsAbstract)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, type.Name,
                "the reader cannot create it: give it a public parameterless constructor, or a constructor whose parameters are all named after its report properties");
        }
    }

    private static string? FirstString(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Primitive
            ? attribute.ConstructorArguments[0].Value as string
            : null;

    /// <summary>Generated code must read every report member: it must be public or internal (or on the report type itself).</summary>
    private bool CheckReadable(IPropertySymbol property, string attribute)
    {
        var getter = property.GetMethod;
        var readable = getter is not null && (getter.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal
            || SymbolEqualityComparer.Default.Equals(property.ContainingType, _root));
        if (!readable)
        {
            Report(DiagnosticDescriptors.UnsupportedMemberType, property.Locations.FirstOrDefault(), attribute, property.Name, property.Type.ToDisplayString(),
                "the generated code cannot read it; make the property (and its getter) public or internal");
        }

        return readable;
    }

    /// <summary>
    /// Reports a value of a type that cannot be null (<c>int</c>, <c>bool</c>, a date, an enum): it has no "not set", so
    /// a report that leaves it out holds 0, No or the first day, and completeness cannot report it missing.
    /// </summary>
    private void CheckCanBeUnset(IPropertySymbol property, ValueModel value, CollectionKind collection, bool nullable)
    {
        if (!MemberModel.CannotBeNull(value, collection, nullable))
        {
            return;
        }

        var type = property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
        var holds = value.Kind switch
        {
            ValueKind.Boolean => "No",
            ValueKind.Enum => "the enum's 0",
            ValueKind.DateOnly or ValueKind.DateTime or ValueKind.DateTimeOffset => "0001-01-01",
            ValueKind.TimeOnly => "00:00",
            _ => "0",
        };
        Report(DiagnosticDescriptors.ValueCannotBeUnset, property.Locations.FirstOrDefault(), property.Name, type, holds);
    }

    private void CheckSettable(IPropertySymbol property)
    {
        // Generated code lives in the report type: it can use that type's private setters, no other type's.
        var setter = property.SetMethod;
        var usable = setter is not null && (setter.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal
            || SymbolEqualityComparer.Default.Equals(property.ContainingType, _root));
        if (!usable)
        {
            Report(DiagnosticDescriptors.RequiredMemberCannotBeSet, property.Locations.FirstOrDefault(), property.Name, property.ContainingType.Name,
                setter is null ? "has no setter or init accessor" : "has a setter the generated code cannot call");
        }
    }

    private static bool IsScalar(ValueKind kind) => kind is ValueKind.String or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal
        or ValueKind.Double or ValueKind.Boolean or ValueKind.DateOnly or ValueKind.TimeOnly or ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.Enum;

    private static EquatableArray<string> Placeholders(IPropertySymbol property)
    {
        var attribute = FindAttribute(property, KnownNames.PlaceholderAttribute);
        if (attribute is null || attribute.ConstructorArguments.Length == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var argument = attribute.ConstructorArguments[0];
        if (argument.Kind == TypedConstantKind.Error || argument.IsNull)
        {
            return EquatableArray<string>.Empty;
        }

        var values = argument.Kind == TypedConstantKind.Array
            ? argument.Values.Select(v => v.Value as string ?? string.Empty)
            : new[] { argument.Value as string ?? string.Empty };
        return values.ToEquatableArray();
    }

    private static INamedTypeSymbol? NamedType(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType as INamedTypeSymbol,
        INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments[0] as INamedTypeSymbol,
        INamedTypeSymbol named => named,
        _ => null,
    };

    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax declaration
            && declaration.Modifiers.Any(m => m.ValueText == "partial"));

    private static string Declaration(INamedTypeSymbol type)
    {
        var keyword = type.IsRecord
            ? (type.IsValueType ? "record struct" : "record")
            : (type.IsValueType ? "struct" : (type.TypeKind == TypeKind.Interface ? "interface" : "class"));
        return "partial " + keyword + " " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
    }

    private static AttributeData? FindAttribute(ISymbol symbol, string fullName) =>
        symbol.GetAttributes().FirstOrDefault(a => KnownNames.AttributeName(a.AttributeClass) == fullName);

    private static string ShortName(AttributeData attribute)
    {
        var name = attribute.AttributeClass?.Name ?? "?";
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }

    private static Location? AttributeLocation(AttributeData? attribute, ISymbol fallback) =>
        attribute?.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? fallback.Locations.FirstOrDefault();

    private static ImmutableDictionary<string, TypedConstant> NamedArguments(AttributeData? attribute) =>
        attribute is null ? ImmutableDictionary<string, TypedConstant>.Empty : attribute.NamedArguments.ToImmutableDictionary(p => p.Key, p => p.Value);

    private static string? GetString(ImmutableDictionary<string, TypedConstant> named, string name) =>
        named.TryGetValue(name, out var value) ? value.Value as string : null;

    private static bool GetBool(ImmutableDictionary<string, TypedConstant> named, string name) =>
        named.TryGetValue(name, out var value) && value.Value is true;

    private static int GetInt(ImmutableDictionary<string, TypedConstant> named, string name) =>
        named.TryGetValue(name, out var value) && value.Value is int i ? i : 0;

    private static string Quote(string format) => "The format \"" + format + "\"";

    private static string Choices(IEnumerable<string> names)
    {
        var list = string.Join(", ", names);
        return list.Length == 0 ? "it has none, so add the property first" : "use one of: " + list;
    }

    private static ImmutableDictionary<string, string?> RemoveArgument(string name) =>
        ImmutableDictionary<string, string?>.Empty.Add(RemoveArgumentProperty, name);

    private void Unsupported(AttributeData attribute, IPropertySymbol property, string why) =>
        Report(DiagnosticDescriptors.UnsupportedMemberType, AttributeLocation(attribute, property), ShortName(attribute), property.Name, property.Type.ToDisplayString(), why);

    private void Report(DiagnosticDescriptor descriptor, Location? location, params object[] arguments) =>
        Report(descriptor, location, arguments, properties: null);

    private void Report(DiagnosticDescriptor descriptor, Location? location, string subject, string message, ImmutableDictionary<string, string?> properties) =>
        Report(descriptor, location, new object[] { subject, message }, properties);

    private void Report(DiagnosticDescriptor descriptor, Location? location, object[] arguments, ImmutableDictionary<string, string?>? properties)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            _hasErrors = true;
        }

        if (_report is null)
        {
            return;
        }

        // A problem in a referenced assembly's type cannot be fixed there: say it on the report that uses it.
        if (location is null || !location.IsInSource)
        {
            location = _root?.Locations.FirstOrDefault(l => l.IsInSource) ?? location;
        }

        _report(Diagnostic.Create(descriptor, location, properties, arguments));
    }

    /// <summary>Where a type is used, for messages about it: the attribute's short name, the member and the attribute's location.</summary>
    private readonly record struct UseSite(string AttributeName, string MemberName, Location? Location)
    {
        public static UseSite Of(AttributeData attribute, IPropertySymbol property) =>
            new(ShortName(attribute), property.Name, AttributeLocation(attribute, property));
    }
}

/// <summary>
/// Who reads a model, which decides what is left out of it. Nothing left out raises a diagnostic, so every use
/// reports the same diagnostics.
/// </summary>
internal enum ModelUse
{
    /// <summary>The generator's emitters: everything.</summary>
    Emitters,

    /// <summary>
    /// The analyzers and the code fixes: no documentation or type names as text. The definition analyzer builds the same
    /// models as the construction analyzer, which reuses them (<see cref="Analyzers.CompilationModels"/>).
    /// </summary>
    Parts,
}
