using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Reports.Generators.Analyzers;
using Reports.Generators.Completeness;
using Reports.Generators.Model;

namespace Reports.CodeFixes;

/// <summary>
/// Writes stub values for members an initializer leaves out, to be filled in by hand. Every stub is still reported
/// until it is replaced: text gets its template placeholder (RPT0102), a section a nested creation with its own stubs,
/// anything else <c>default</c> or an empty list (RPT0101 counts both as missing).
/// </summary>
internal sealed class MemberStubs
{
    private const string IndentUnit = "    ";
    private const int MaxDepth = 6;

    private readonly SemanticModel _semanticModel;
    private readonly int _position;
    private readonly string _newLine;
    private readonly CancellationToken _cancellationToken;

    public MemberStubs(SemanticModel semanticModel, int position, string newLine, CancellationToken cancellationToken)
    {
        _semanticModel = semanticModel;
        _position = position;
        _newLine = newLine;
        _cancellationToken = cancellationToken;
    }

    /// <summary><c>Name = stub</c> for <paramref name="member"/>; nested lines are indented from <paramref name="indent"/>.</summary>
    public string Assignment(IPropertySymbol property, MemberModel member, string indent, int depth = 0) =>
        property.Name + " = " + Value(property, member, indent, depth);

    /// <summary>The stub value for <paramref name="member"/>, as <see cref="Assignment"/> writes it.</summary>
    public string Value(IPropertySymbol property, MemberModel member, string indent, int depth)
    {
        var type = property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        if (!member.IsCollection && type.SpecialType == SpecialType.System_String && RequiredParts.TextPlaceholders(member) is { } placeholders)
        {
            // The template's placeholder, unless it reads like a real value ("Happy Path"): the stub must stay flagged.
            var stub = PlaceholderText.IsPlaceholder(placeholders[0], placeholders) ? placeholders[0] : "[" + ReportPaths.NameOf(member) + "]";
            return SymbolDisplay.FormatLiteral(stub, quote: true);
        }

        if (RequiredParts.SingleRecord(member) is { } record && depth < MaxDepth && type is INamedTypeSymbol recordType
            && recordType.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public))
        {
            return "new " + Name(recordType) + Initializer(recordType, record, indent, depth + 1);
        }

        if (member.IsCollection && type is INamedTypeSymbol { TypeArguments.Length: 1 } collection)
        {
            var item = Name(collection.TypeArguments[0]);
            return member.Collection switch
            {
                CollectionKind.ReportList => Name(collection) + ".Empty",
                CollectionKind.List => "new " + Name(collection) + "()",
                _ => "new " + item + "[0]",
            };
        }

        if (type is IArrayTypeSymbol array)
        {
            return "new " + Name(array.ElementType) + "[0]";
        }

        return property.Type.IsReferenceType && property.NullableAnnotation != NullableAnnotation.Annotated ? "default!" : "default";
    }

    /// <summary>
    /// The initializer of a stub creation of <paramref name="type"/>: its required members (and those C# requires), or
    /// <c>()</c> when it has none.
    /// </summary>
    private string Initializer(INamedTypeSymbol type, RecordModel record, string indent, int depth)
    {
        var inner = indent + IndentUnit;
        var text = new StringBuilder();
        foreach (var member in record.Members)
        {
            var property = ConstructionCompleteness.Property(type, member.PropertyName);
            if (property is null
                || !(property.IsRequired || (RequiredParts.IsRequired(member) && !ConstructionCompleteness.HasValueWithoutAssignment(property, member, _cancellationToken))))
            {
                continue;
            }

            text.Append(_newLine).Append(inner).Append(Assignment(property, member, inner, depth)).Append(',');
        }

        return text.Length == 0 ? "()" : _newLine + indent + "{" + text + _newLine + indent + "}";
    }

    private string Name(ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToMinimalDisplayString(_semanticModel, _position);
}
