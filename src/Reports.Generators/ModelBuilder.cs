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
    private const int MaxDepth = 8;

    private readonly Action<Diagnostic>? _report;
    private readonly CancellationToken _cancellationToken;
    private readonly Stack<string> _building = new();
    private bool _hasErrors;

    private ModelBuilder(Action<Diagnostic>? report, CancellationToken cancellationToken)
    {
        _report = report;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Builds the model, or returns null when the definition has errors (reported through <paramref name="report"/>).</summary>
    public static ReportModel? Build(INamedTypeSymbol type, Action<Diagnostic>? report, CancellationToken cancellationToken)
    {
        var builder = new ModelBuilder(report, cancellationToken);
        var model = builder.BuildReport(type);
        return builder._hasErrors ? null : model;
    }

    private ReportModel? BuildReport(INamedTypeSymbol type)
    {
        var reportAttribute = FindAttribute(type, KnownNames.ReportAttribute);
        if (!IsPartial(type))
        {
            Report(DiagnosticDescriptors.NotPartial, type.Locations.FirstOrDefault(), type.Name);
        }

        var containing = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer))
            {
                Report(DiagnosticDescriptors.NotPartial, outer.Locations.FirstOrDefault(), outer.Name);
            }

            containing.Insert(0, Declaration(outer));
        }

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

        var named = NamedArguments(reportAttribute);
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
            GetInt(named, "CompactHeadingLevel"),
            root);
    }

    private RecordModel? BuildRecord(INamedTypeSymbol type, bool tableRow, Location? location)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var fullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (_building.Contains(fullName) || _building.Count >= MaxDepth)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, type.Name,
                "the report's sections contain themselves (directly or through other sections), so the report would never end; break the cycle");
            return null;
        }

        _building.Push(fullName);
        try
        {
            var members = new List<MemberModel>();
            var headings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer)
                {
                    continue;
                }

                var member = tableRow ? BuildColumn(property) : BuildMember(property);
                if (member is null)
                {
                    continue;
                }

                member = Annotate(member, property);

                if (member.Kind is MemberKind.Section or MemberKind.RepeatedSection && !headings.Add(member.Label))
                {
                    Report(DiagnosticDescriptors.DuplicateHeading, property.Locations.FirstOrDefault(), member.Label, type.Name);
                }

                members.Add(member);
            }

            return new RecordModel(fullName, type.Name, members.ToEquatableArray()) { Shape = Shape(type) };
        }
        finally
        {
            _building.Pop();
        }
    }

    private MemberModel? BuildColumn(IPropertySymbol property)
    {
        var column = FindAttribute(property, KnownNames.ColumnAttribute);
        if (column is null)
        {
            return null;
        }

        var location = AttributeLocation(column, property);
        var value = ClassifyValue(property.Type, out var collection, out var nullable, location);
        if (value is null)
        {
            return null;
        }

        if (collection != CollectionKind.None || value.Kind is ValueKind.Record or ValueKind.CodeBlock or ValueKind.ChecklistItem)
        {
            Unsupported("Column", property, "a table cell holds one value: text, a number, a date, an enum or an [Inline] record");
            return null;
        }

        CheckSettable(property);
        var named = NamedArguments(column);
        return new MemberModel(MemberKind.Field, property.Name, (string?)column.ConstructorArguments[0].Value ?? property.Name, value, collection, nullable)
        {
            Placeholders = Placeholders(property),
            Bold = GetBool(named, "Bold"),
            Code = GetBool(named, "Code"),
        };
    }

    private MemberModel? BuildMember(IPropertySymbol property)
    {
        AttributeData? layout = null;
        AttributeData? section = null;
        AttributeData? titleValue = null;
        foreach (var attribute in property.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
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
                    or KnownNames.CodeBlockAttribute or KnownNames.AlignedBlockAttribute:
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

        var location = AttributeLocation(section ?? layout ?? titleValue, property);
        var value = ClassifyValue(property.Type, out var collection, out var nullable, location);
        if (value is null)
        {
            return null;
        }

        CheckSettable(property);
        value = ApplyItemPlaceholders(property, value, location);
        if (value is null)
        {
            return null;
        }

        if (section is not null)
        {
            return BuildSection(property, section, layout, value, collection, nullable);
        }

        if (layout is null)
        {
            if (collection != CollectionKind.None || !IsScalar(value.Kind))
            {
                Unsupported("TitleValue", property, "a title value is one piece of text, a number, a date or an enum");
                return null;
            }

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
        var heading = (string?)section.ConstructorArguments[0].Value ?? property.Name;
        var location = AttributeLocation(section, property);
        var repeated = heading.Contains("{n}");
        MemberKind kind;
        MemberModel? body = null;
        Format? headingFormat = null;

        if (repeated)
        {
            if (collection == CollectionKind.None || value.Kind != ValueKind.Record || layout is not null)
            {
                Unsupported("Section", property, "a heading with {n} repeats the section once per item, so the property must be a list of section records with no other layout attribute");
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
        }
        else if (collection == CollectionKind.None && value.Kind == ValueKind.Record)
        {
            kind = MemberKind.Section;
        }
        else if (collection == CollectionKind.None && value.Kind == ValueKind.String)
        {
            kind = MemberKind.Section;
            body = new MemberModel(MemberKind.Text, property.Name, heading, value, collection, nullable) { Placeholders = Placeholders(property) };
        }
        else if (collection == CollectionKind.None && value.Kind == ValueKind.CodeBlock)
        {
            kind = MemberKind.Section;
            body = new MemberModel(MemberKind.CodeBlock, property.Name, heading, value, collection, nullable) { Placeholders = Placeholders(property) };
        }
        else if (collection != CollectionKind.None && value.Kind is not ValueKind.Record)
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
            Unsupported("Section", property, "a section holds a record of parts, a text, a code block or a list; for a list of records add [List], [Table] or [Repeated], or put {n} in the heading to repeat the section");
            return null;
        }

        return new MemberModel(kind, property.Name, heading, value, collection, nullable)
        {
            Optional = GetBool(named, "Optional"),
            Condition = GetString(named, "Condition"),
            RuleBefore = GetBool(named, "RuleBefore"),
            Emoji = GetString(named, "Emoji"),
            Guidance = GetString(named, "Guidance"),
            FilledBy = GetString(named, "FilledBy"),
            RepeatGuidance = GetString(named, "RepeatGuidance"),
            Compact = GetBool(named, "Compact"),
            ItemTitle = headingFormat,
            TemplateItems = Math.Max(1, TemplateItemsFor(value, 0)),
            Placeholders = Placeholders(property),
            Body = body,
        };
    }

    private MemberModel? BuildLayout(IPropertySymbol property, AttributeData layout, ValueModel value, CollectionKind collection, bool nullable)
    {
        var named = NamedArguments(layout);
        var attributeName = ShortName(layout);
        var location = AttributeLocation(layout, property);
        var firstArgument = layout.ConstructorArguments.Length > 0 ? layout.ConstructorArguments[0].Value as string : null;
        var label = firstArgument ?? string.Empty;
        var isList = collection != CollectionKind.None;
        MemberKind kind;
        switch (layout.AttributeClass!.ToDisplayString())
        {
            case KnownNames.FieldAttribute:
                if (isList || !IsScalar(value.Kind) && value.Kind != ValueKind.Inline)
                {
                    Unsupported(attributeName, property, "a field holds one value: text, a number, a date, an enum or an [Inline] record (use [List] or [Table] for several)");
                    return null;
                }

                kind = MemberKind.Field;
                break;
            case KnownNames.TextAttribute:
                if (isList || value.Kind != ValueKind.String)
                {
                    Unsupported(attributeName, property, "free text is a string");
                    return null;
                }

                kind = MemberKind.Text;
                break;
            case KnownNames.ListAttribute:
                if (!isList || value.Kind is ValueKind.CodeBlock or ValueKind.ChecklistItem)
                {
                    Unsupported(attributeName, property, "a list needs a collection (ReportList<T>, IReadOnlyList<T>, T[] or List<T>) of text, values, [Inline] records or records");
                    return null;
                }

                kind = MemberKind.List;
                break;
            case KnownNames.RepeatedAttribute:
                if (!isList || value.Kind != ValueKind.Record)
                {
                    Unsupported(attributeName, property, "repeated blocks need a collection of records");
                    return null;
                }

                kind = MemberKind.Repeated;
                break;
            case KnownNames.TableAttribute:
                if (!isList || value.Kind != ValueKind.Record)
                {
                    Unsupported(attributeName, property, "a table needs a collection of records whose properties carry [Column]");
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
                    Unsupported(attributeName, property, $"'{value.Record.Name}' has no property with [Column]");
                    return null;
                }

                break;
            case KnownNames.ChecklistAttribute:
                if (!isList || value.Kind != ValueKind.ChecklistItem)
                {
                    Unsupported(attributeName, property, "a checklist needs a collection of Reports.ChecklistItem (use [Check] on a bool for a fixed item)");
                    return null;
                }

                kind = MemberKind.Checklist;
                break;
            case KnownNames.CheckAttribute:
                if (isList || value.Kind != ValueKind.Boolean)
                {
                    Unsupported(attributeName, property, "a check is ticked or not, so it must be a bool");
                    return null;
                }

                kind = MemberKind.Check;
                break;
            case KnownNames.IndicatorAttribute:
                if (isList || value.Kind != ValueKind.Enum)
                {
                    Unsupported(attributeName, property, "an indicator shows one option of an enum whose options have emoji");
                    return null;
                }

                kind = MemberKind.Indicator;
                break;
            case KnownNames.CodeBlockAttribute:
                if (isList || value.Kind is not (ValueKind.CodeBlock or ValueKind.String))
                {
                    Unsupported(attributeName, property, "a code block is a Reports.CodeBlock (language and code) or a string (code only)");
                    return null;
                }

                kind = MemberKind.CodeBlock;
                break;
            case KnownNames.AlignedBlockAttribute:
                if (isList || value.Kind != ValueKind.Record || value.Record!.Members.Any(m => m.Kind != MemberKind.Field))
                {
                    Unsupported(attributeName, property, "an aligned block is a record whose properties are all [Field]s");
                    return null;
                }

                kind = MemberKind.AlignedBlock;
                break;
            default:
                return null;
        }

        var member = new MemberModel(kind, property.Name, label, value, collection, nullable)
        {
            Optional = GetBool(named, "Optional"),
            Condition = GetString(named, "Condition"),
            RuleBefore = GetBool(named, "RuleBefore"),
            Placeholders = Placeholders(property),
            Default = GetString(named, "Default"),
            Layout = (FieldLayout)GetInt(named, "Layout"),
            Prefix = GetString(named, "Prefix"),
            Suffix = GetString(named, "Suffix"),
            Code = GetBool(named, "Code"),
            TrailingBreak = GetBool(named, "TrailingBreak"),
            OptionSeparator = GetString(named, "OptionSeparator") ?? " / ",
            HideEmoji = GetBool(named, "HideEmoji"),
            EmptyText = GetString(named, "EmptyText"),
            RepeatGuidance = GetString(named, "RepeatGuidance"),
            Numbered = GetBool(named, "Numbered"),
            Loose = GetBool(named, "Loose"),
            AsLabel = GetBool(named, "AsLabel"),
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
                Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name, "an item title needs record items; text items are their own title");
                return null;
            }

            member = member with
            {
                ItemTitle = ParseFormat(itemTitle, value.Record, null, allowNumber: true, location),
                Label = kind == MemberKind.Repeated ? string.Empty : label,
            };
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
        if (templateItems < 0)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name, "TemplateItems cannot be negative");
        }

        member = member with { TemplateItems = Math.Max(1, templateItems > 0 ? templateItems : TemplateItemsFor(value, member.Placeholders.Count)) };
        if (kind == MemberKind.Field && member.Code && value.Kind != ValueKind.String)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name, "Code = true is for text values");
        }

        if (kind == MemberKind.Field && member.TrailingBreak && member.Layout != FieldLayout.Line)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name, "TrailingBreak only applies to Layout = FieldLayout.Line");
        }

        if (member.Optional && !nullable && (value.IsValueType || isList) && kind is MemberKind.Field)
        {
            Report(DiagnosticDescriptors.ConflictingOptions, location, property.Name, "an optional field must be able to be absent: make its type nullable");
        }

        return member;
    }

    private ValueModel? ApplyItemPlaceholders(IPropertySymbol property, ValueModel value, Location? location)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != KnownNames.ItemPlaceholderAttribute || attribute.ConstructorArguments.Length < 2)
            {
                continue;
            }

            var name = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
            var values = attribute.ConstructorArguments[1].Values.Select(v => v.Value as string ?? string.Empty).ToEquatableArray();
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
                Report(DiagnosticDescriptors.UnknownFormatMember, AttributeLocation(attribute, property), "ItemPlaceholder", name, property.Type.ToDisplayString());
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

    private ValueModel? ClassifyValue(ITypeSymbol type, out CollectionKind collection, out bool nullable, Location? location)
    {
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
            var definition = generic.OriginalDefinition.ToDisplayString();
            collection = definition switch
            {
                "Reports.ReportList<T>" => CollectionKind.ReportList,
                "System.Collections.Generic.IReadOnlyList<T>" => CollectionKind.ReadOnlyList,
                "System.Collections.Generic.List<T>" => CollectionKind.List,
                _ => CollectionKind.None,
            };

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

        var typeName = element.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
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

        var fullName = element.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString();
        kind ??= fullName switch
        {
            "System.DateOnly" => ValueKind.DateOnly,
            "System.DateTimeOffset" => ValueKind.DateTimeOffset,
            KnownNames.CodeBlock => ValueKind.CodeBlock,
            KnownNames.ChecklistItem => ValueKind.ChecklistItem,
            _ => null,
        };

        if (kind is null && element.TypeKind == TypeKind.Enum)
        {
            return new ValueModel(ValueKind.Enum, typeName, true, EnumOptions((INamedTypeSymbol)element), null, null);
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
                var source = inline.ConstructorArguments[0].Value as string ?? string.Empty;
                var format = ParseFormat(source, null, named, allowNumber: false, AttributeLocation(inline, named));
                return format is null ? null : new ValueModel(ValueKind.Inline, typeName, element.IsValueType, EquatableArray<EnumOption>.Empty, format, null)
                {
                    Constructor = InlineConstructor(named),
                };
            }

            var record = BuildRecord(named, tableRow: false, location);
            return record is null ? null : new ValueModel(ValueKind.Record, typeName, element.IsValueType, EquatableArray<EnumOption>.Empty, null, record);
        }

        Report(DiagnosticDescriptors.UnsupportedMemberType, location, "report", element.Name, element.ToDisplayString(),
            "supported values are string, int, long, decimal, double, bool, DateOnly, DateTime, DateTimeOffset, enums, Reports.CodeBlock, Reports.ChecklistItem, records, and lists of those");
        return null;
    }

    private EquatableArray<EnumOption> EnumOptions(INamedTypeSymbol enumType)
    {
        var options = new List<EnumOption>();
        foreach (var field in enumType.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue)
            {
                continue;
            }

            var option = FindAttribute(field, KnownNames.OptionAttribute);
            if (option is null)
            {
                Report(DiagnosticDescriptors.EnumWithoutOptions, field.Locations.FirstOrDefault(), enumType.Name, field.Name);
                options.Add(new EnumOption(field.Name, field.Name, null));
                continue;
            }

            var named = NamedArguments(option);
            options.Add(new EnumOption(field.Name, option.ConstructorArguments[0].Value as string ?? field.Name, GetString(named, "Emoji")));
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
                        Report(DiagnosticDescriptors.UnreadableFormat, location, source, "uses {n}, the item number, outside a repeated item");
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
            Report(DiagnosticDescriptors.UnreadableFormat, location, source, "opens inline code with '`' and never closes it");
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
                Report(DiagnosticDescriptors.UnknownFormatMember, location, source, string.Join(".", path), current.Name);
                return null;
            }

            if (i == path.Length - 1)
            {
                if (member.IsCollection || !(IsScalar(member.Value.Kind) || member.Value.Kind == ValueKind.Inline))
                {
                    Report(DiagnosticDescriptors.UnreadableFormat, location, source, $"names '{string.Join(".", path)}', which is not a single value");
                    return null;
                }

                return member;
            }

            if (member.IsCollection || member.Value.Record is null)
            {
                Report(DiagnosticDescriptors.UnknownFormatMember, location, source, string.Join(".", path), current.Name);
                return null;
            }

            current = member.Value.Record;
        }

        return null;
    }

    private MemberModel? InlineMember(INamedTypeSymbol type, string[] path, string source, Location? location)
    {
        var property = path.Length == 1 ? type.GetMembers(path[0]).OfType<IPropertySymbol>().FirstOrDefault() : null;
        if (property is null)
        {
            Report(DiagnosticDescriptors.UnknownFormatMember, location, source, string.Join(".", path), type.Name);
            return null;
        }

        var value = ClassifyValue(property.Type, out var collection, out var nullable, location);
        if (value is null)
        {
            return null;
        }

        if (collection != CollectionKind.None || !IsScalar(value.Kind))
        {
            Report(DiagnosticDescriptors.UnreadableFormat, location, source, $"names '{property.Name}', which is not a single value");
            return null;
        }

        CheckSettable(property);
        return Annotate(new MemberModel(MemberKind.Field, property.Name, property.Name, value, collection, nullable) { Placeholders = Placeholders(property) }, property);
    }

    // ---- What builders and completeness checks need beside the layout ----

    private static readonly SymbolDisplayFormat TypeFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private MemberModel Annotate(MemberModel member, IPropertySymbol property) => member with
    {
        Documentation = Documentation(property, _cancellationToken),
        PropertyType = property.Type.ToDisplayString(TypeFormat),
        ItemType = property.Type switch
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
        // the report's builder refer to it, so it must be visible in the assembly.
        var generates = inSource && containersPartial && visible && !generic && constructible && !type.IsAbstract;
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
        };
    }

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

    private static EquatableArray<RequiredWhenModel> RequiredWhen(IPropertySymbol property)
    {
        var conditions = new List<RequiredWhenModel>();
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != KnownNames.RequiredWhenAttribute || attribute.ConstructorArguments.Length != 2)
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

    private void CheckSettable(IPropertySymbol property)
    {
        if (property.SetMethod is null)
        {
            Report(DiagnosticDescriptors.RequiredMemberCannotBeSet, property.Locations.FirstOrDefault(), property.Name);
        }
    }

    private static bool IsScalar(ValueKind kind) => kind is ValueKind.String or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Decimal
        or ValueKind.Double or ValueKind.Boolean or ValueKind.DateOnly or ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.Enum;

    private static EquatableArray<string> Placeholders(IPropertySymbol property)
    {
        var attribute = FindAttribute(property, KnownNames.PlaceholderAttribute);
        if (attribute is null || attribute.ConstructorArguments.Length == 0)
        {
            return EquatableArray<string>.Empty;
        }

        var argument = attribute.ConstructorArguments[0];
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
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == fullName);

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

    private void Unsupported(string attribute, IPropertySymbol property, string why) =>
        Report(DiagnosticDescriptors.UnsupportedMemberType, property.Locations.FirstOrDefault(), attribute, property.Name, property.Type.ToDisplayString(), why);

    private void Report(DiagnosticDescriptor descriptor, Location? location, params object[] arguments)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            _hasErrors = true;
        }

        _report?.Invoke(Diagnostic.Create(descriptor, location, arguments));
    }
}
