using Microsoft.CodeAnalysis;

namespace Reports.Generators;

/// <summary>
/// Every diagnostic of the package, in one place. IDs are stable: RPT00xx for report definitions,
/// RPT01xx for report construction. Each has a page under docs/diagnostics.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Definition = "Reports.Definition";
    private const string HelpRoot = "https://github.com/reports-dotnet/reports/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor NotPartial = Create(
        "RPT0001", "Report type must be partial",
        "Report type '{0}' must be declared partial so that the generated Markdown members can be added to it",
        Definition, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
        "RPT0002", "Attribute on an unsupported member type",
        "[{0}] cannot be used on '{1}' of type '{2}': {3}",
        Definition, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateHeading = Create(
        "RPT0003", "Two sections with the same heading",
        "Section heading '{0}' is used twice at the same level in '{1}'; a reader could not tell the sections apart, so give each a distinct heading",
        Definition, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownFormatMember = Create(
        "RPT0004", "Format names a member that does not exist",
        "The format \"{0}\" names '{1}', which is not an annotated property of '{2}'; use the name of one of its properties",
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
        "'{0}' is part of the report but has no setter or init accessor, so a parsed or built report can never hold its value; add 'init'",
        Definition, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableFormat = Create(
        "RPT0008", "Format cannot be read back",
        "The format \"{0}\" {1}",
        Definition, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MultipleLayoutAttributes = Create(
        "RPT0009", "Member has more than one layout attribute",
        "'{0}' has both [{1}] and [{2}]; keep the one that says how it is written",
        Definition, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
