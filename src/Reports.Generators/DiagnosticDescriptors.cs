using Microsoft.CodeAnalysis;

namespace Reports.Generators;

/// <summary>
/// Every diagnostic of the package, in one place. IDs are stable: RPT00xx for report definitions,
/// RPT01xx for code that constructs reports. Each has a page under docs/diagnostics.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The category of mistakes in a report's definition (its types and attributes).</summary>
    public const string Definition = "Reports.Definition";

    /// <summary>The category of mistakes in code that constructs a report.</summary>
    public const string Construction = "Reports.Construction";

    private const string HelpRoot = "https://github.com/reports-dotnet/reports/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor NotPartial = Create(
        "RPT0001", "Report type must be partial",
        "{0} must be declared partial so that the generated Markdown members can be added; add the 'partial' modifier",
        Definition, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
        "RPT0002", "Attribute on an unsupported member type",
        "[{0}] cannot be used on '{1}' of type '{2}': {3}",
        Definition, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateHeading = Create(
        "RPT0003", "Two sections with the same heading",
        "Sections '{0}' and '{1}' of '{2}' both have the heading '{3}'; a reader could not tell them apart, so give each a distinct heading",
        Definition, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownFormatMember = Create(
        "RPT0004", "Format names a member that does not exist",
        "{0} names '{1}', which is not an annotated property of '{2}'; {3}",
        Definition, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EnumWithoutOptions = Create(
        "RPT0005", "Enum member without display text",
        "Enum member '{0}.{1}' has no [Option] attribute, so reports write its C# name '{1}'; add [Option(\"LABEL\")] to say how it is written",
        Definition, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConflictingOptions = Create(
        "RPT0006", "Conflicting or impossible options",
        "'{0}': {1}",
        Definition, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RequiredMemberCannotBeSet = Create(
        "RPT0007", "Report member can never be set",
        "'{0}' is part of report record '{1}' but {2}, so a parsed or built report can never hold its value; add a public 'init' accessor",
        Definition, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableFormat = Create(
        "RPT0008", "Format cannot be read back",
        "The format \"{0}\" {1}",
        Definition, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MultipleLayoutAttributes = Create(
        "RPT0009", "Member has more than one layout attribute",
        "'{0}' has both [{1}] and [{2}]; keep the one that says how it is written",
        Definition, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PropertyLeftOut = Create(
        "RPT0010", "Property is not part of the report",
        "'{0}' of '{1}' can be set but has no attribute of the report's ({2}), so reports neither write nor read it; annotate it, or suppress RPT0010 for it if it is deliberately not part of the report",
        Definition, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ValueCannotBeUnset = Create(
        "RPT0011", "Value cannot be left unset",
        "'{0}' is of type '{1}', which cannot be null: a report built without it holds {2}, which CheckCompleteness cannot tell from an answer, and reading refuses its placeholder; make it '{1}?', or suppress RPT0011 for it if {2} is a true answer when it is left out",
        Definition, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor IncompleteBuilderChain = Create(
        "RPT0100", "Builder chain never sets required values",
        "'{0}' never sets {1}: {2}; set them, or end the chain with BuildDraft() for a draft",
        Construction, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IncompleteObjectCreation = Create(
        "RPT0101", "Report created without required values",
        "'{0}' is created without {1}: {2}; set them, or mark the parts Optional = true if a complete report may leave them out",
        Construction, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PlaceholderLiteral = Create(
        "RPT0102", "Placeholder text used as a report value",
        "\"{0}\" is placeholder text, not a value for '{1}' ({2}); write the real value, or leave the member unset until it is known so that completeness reports it as missing",
        Construction, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
