using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Reports.Generators.Completeness;
using Reports.Generators.Model;

namespace Reports.Generators.Analyzers;

/// <summary>
/// What the construction-site checks know about the types of one compilation: which types are parts of reports, and
/// their models. Made once per compilation start; each type is looked at once and the answer kept, so that an object
/// creation of an unrelated type costs one dictionary look-up.
/// </summary>
internal sealed class ReportTypes
{
    private readonly IAssemblySymbol _runtime;
    private readonly INamedTypeSymbol _reportAttribute;
    private readonly ConcurrentDictionary<ITypeSymbol, ReportPart?> _parts = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The record models built so far in this compilation, by either analyzer: the definition analyzer has built most
    /// reports already, and a report's model holds its section and row records' models, so a section created in the
    /// report's initializer (analyzed after the report's creation, which encloses it) is not built a second time.
    /// </summary>
    private readonly CompilationModels _models;

    private ReportTypes(INamedTypeSymbol reportAttribute, CompilationModels models)
    {
        _reportAttribute = reportAttribute;
        _runtime = reportAttribute.ContainingAssembly;
        _models = models;
    }

    /// <summary>The report types of <paramref name="compilation"/>, or null when it does not reference the Reports runtime.</summary>
    public static ReportTypes? Create(Compilation compilation) =>
        KnownNames.FindReportAttribute(compilation) is { } reportAttribute ? new ReportTypes(reportAttribute, CompilationModels.Of(compilation)) : null;

    /// <summary>The report part that <paramref name="type"/> is, or null when it is none (or its definition has errors).</summary>
    public ReportPart? Get(ITypeSymbol? type, CancellationToken cancellationToken)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named)
        {
            return null;
        }

        named = named.OriginalDefinition;
        if (_parts.TryGetValue(named, out var known))
        {
            return known;
        }

        var part = Describe(named, cancellationToken);
        return _parts.GetOrAdd(named, part);
    }

    private ReportPart? Describe(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var isReport = false;
        var fromRuntime = false;
        foreach (var attribute in type.GetAttributes())
        {
            isReport |= SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _reportAttribute);
            fromRuntime |= IsFromRuntime(attribute);
        }

        if (!fromRuntime && !type.GetMembers().Any(m => m is IPropertySymbol && m.GetAttributes().Any(IsFromRuntime)))
        {
            return null;
        }

        var record = _models.TryGet(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), out var built)
            ? built
            : ModelBuilder.BuildPart(type, cancellationToken);
        if (record is not null)
        {
            _models.Keep(record);
        }

        var inline = ModelBuilder.BuildInline(type, cancellationToken);
        return record is null && inline is null ? null : new ReportPart(type, isReport, record, inline);
    }

    private bool IsFromRuntime(AttributeData attribute) =>
        SymbolEqualityComparer.Default.Equals(attribute.AttributeClass?.ContainingAssembly, _runtime);
}

/// <summary>A type that is part of a report: a report, a section or table-row record, or an [Inline] record.</summary>
internal sealed class ReportPart
{
    public ReportPart(INamedTypeSymbol type, bool isReport, RecordModel? record, Format? inline)
    {
        Type = type;
        IsReport = isReport;
        Record = record;
        Inline = inline;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The type carries [Report]: its creations are checked for completeness.</summary>
    public bool IsReport { get; }

    /// <summary>The annotated members, for a report, section or table-row record.</summary>
    public RecordModel? Record { get; }

    /// <summary>The format, for an [Inline] record.</summary>
    public Format? Inline { get; }

    /// <summary>The member stored in <paramref name="propertyName"/>, from the record's members or the inline format's holes.</summary>
    public MemberModel? Find(string propertyName)
    {
        if (Record is not null)
        {
            foreach (var member in Record.Members)
            {
                if (member.PropertyName == propertyName)
                {
                    return member;
                }
            }
        }

        if (Inline is not null)
        {
            foreach (var part in Inline.Parts)
            {
                if (part.Member is { } member && member.PropertyName == propertyName)
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> is a placeholder when stored in <paramref name="member"/>.</summary>
    public static bool IsPlaceholderFor(MemberModel member, string text) =>
        RequiredParts.TextPlaceholders(member) is { } placeholders && PlaceholderText.IsPlaceholder(text, placeholders, member.Default);
}
