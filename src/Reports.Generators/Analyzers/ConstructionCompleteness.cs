using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Reports.Generators.Completeness;
using Reports.Generators.Model;

namespace Reports.Generators.Analyzers;

/// <summary>
/// Finds the required values an object creation of a report or section record leaves out (RPT0101). Shared by the
/// analyzer and the code fix that adds the missing members.
/// </summary>
/// <remarks>
/// <para>Which creations are checked: a report (a [Report] type) created with an object initializer, and a section
/// record created as the value of a section in such an initializer (or in a <c>with</c> expression on a report), so
/// that every missing value has a path from the report. A section record created on its own (in a test, a helper, a
/// variable) is not checked: it may be a part that is filled elsewhere.</para>
/// <para>What is missing: a required member (see <see cref="RequiredParts.IsRequired"/>) that is not set, or is set
/// to <c>null</c>, <c>default</c>, an empty or blank string, or an empty list. A property initializer in the record
/// counts as a value, except for a list (an initializer such as <c>= ReportList&lt;T&gt;.Empty</c> only spares a null
/// check) and except null, default and blank text. Members declared <c>required</c> are left to the C# compiler; a
/// positional record's members are set by its constructor arguments.</para>
/// </remarks>
internal static class ConstructionCompleteness
{
    /// <summary>A required value that is missing; <see cref="Unassigned"/> when the initializer does not mention it at all.</summary>
    internal readonly record struct MissingValue(MemberModel Member, string Path, bool Unassigned);

    /// <summary>
    /// The path of the report part that <paramref name="creation"/> creates: empty for a report created with an
    /// initializer, the section's path for a section record created as a section's value, and null when the creation
    /// is not checked.
    /// </summary>
    public static string? AnchorPath(IObjectCreationOperation creation, ReportPart part, ReportTypes types, CancellationToken cancellationToken)
    {
        if (part.IsReport)
        {
            return creation.Initializer is null ? null : string.Empty;
        }

        var parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        if (parent is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target, Parent: IObjectOrCollectionInitializerOperation initializer })
        {
            return null;
        }

        var owner = types.Get(target.Property.ContainingType, cancellationToken);
        var member = owner?.Find(target.Property.Name);
        if (owner is null || member is null || RequiredParts.SingleRecord(member) is null)
        {
            return null;
        }

        var ownerPath = initializer.Parent switch
        {
            IObjectCreationOperation outer => AnchorPath(outer, owner, types, cancellationToken),
            IWithOperation when owner.IsReport => string.Empty,
            _ => null,
        };

        return ownerPath is null ? null : ReportPaths.Join(ownerPath, ReportPaths.NameOf(member));
    }

    /// <summary>The required values of <paramref name="record"/> that <paramref name="creation"/> leaves out, in declaration order.</summary>
    public static List<MissingValue> Missing(IObjectCreationOperation creation, INamedTypeSymbol type, RecordModel record, string path, CancellationToken cancellationToken)
    {
        var assigned = new Dictionary<string, IOperation?>(StringComparer.Ordinal);
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter)
            {
                assigned[PropertyNameOf(parameter, type)] = argument.Value;
            }
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var item in initializer.Initializers)
            {
                switch (item)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment:
                        assigned[target.Property.Name] = assignment.Value;
                        break;
                    case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation target }:
                        // Nested initializer (Section = { ... }): it fills an existing value.
                        assigned[target.Property.Name] = null;
                        break;
                }
            }
        }

        var missing = new List<MissingValue>();
        foreach (var (member, memberPath) in RequiredParts.Missing(record, path, member => IsSet(member, type, assigned, cancellationToken)))
        {
            missing.Add(new MissingValue(member, memberPath, !assigned.ContainsKey(member.PropertyName)));
        }

        return missing;
    }

    /// <summary>Whether a member that an initializer does not mention still has a value: a C# required member, or a property initializer.</summary>
    public static bool HasValueWithoutAssignment(IPropertySymbol? property, MemberModel member, CancellationToken cancellationToken)
    {
        if (property is null)
        {
            return false;
        }

        if (property.IsRequired)
        {
            // The compiler already insists on it (CS9035).
            return true;
        }

        if (member.IsCollection)
        {
            return false;
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer.Value: { } value })
            {
                return !IsAbsent(value);
            }
        }

        return false;
    }

    /// <summary>
    /// The property a constructor parameter sets: the property of the same name (a positional record), or of the same
    /// name in PascalCase (<c>path</c> → <c>Path</c>).
    /// </summary>
    public static string PropertyNameOf(IParameterSymbol parameter, INamedTypeSymbol type)
    {
        var name = parameter.Name;
        if (name.Length == 0 || Property(type, name) is not null || char.IsUpper(name[0]))
        {
            return name;
        }

        return char.ToUpperInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>The instance property <paramref name="name"/> declared by <paramref name="type"/>.</summary>
    public static IPropertySymbol? Property(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic);

    private static bool IsSet(MemberModel member, INamedTypeSymbol type, Dictionary<string, IOperation?> assigned, CancellationToken cancellationToken)
    {
        if (assigned.TryGetValue(member.PropertyName, out var value))
        {
            return value is null || !IsAbsent(value);
        }

        return HasValueWithoutAssignment(Property(type, member.PropertyName), member, cancellationToken);
    }

    /// <summary>Whether an assigned value leaves the member without a value: null, default, blank text or an empty list.</summary>
    public static bool IsAbsent(IOperation value)
    {
        if (IsAbsent(value.Syntax))
        {
            return true;
        }

        var operation = value;
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation switch
        {
            _ when operation.ConstantValue is { HasValue: true, Value: null } => true,
            _ when operation.ConstantValue is { HasValue: true, Value: string text } => string.IsNullOrWhiteSpace(text),
            IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Empty" } } => true,
            IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_Array } } => true,
            IArrayCreationOperation array => array.Initializer is { ElementValues.Length: 0 }
                || (array.Initializer is null && array.DimensionSizes.All(d => d.ConstantValue is { HasValue: true, Value: 0 })),
            IObjectCreationOperation { Arguments.Length: 0 } creation when creation.Type?.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable) == true
                => creation.Initializer is null || creation.Initializer.Initializers.Length == 0,
            _ => false,
        };
    }

    /// <summary>The syntactic forms of "no value": <c>null</c>, <c>default</c>, <c>default(T)</c>, <c>[]</c>, <c>""</c> (with or without <c>!</c>).</summary>
    private static bool IsAbsent(SyntaxNode syntax)
    {
        while (true)
        {
            switch (syntax)
            {
                case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    syntax = suppressed.Operand;
                    continue;
                case ParenthesizedExpressionSyntax parenthesized:
                    syntax = parenthesized.Expression;
                    continue;
                case LiteralExpressionSyntax literal:
                    return literal.Kind() is SyntaxKind.NullLiteralExpression or SyntaxKind.DefaultLiteralExpression
                        || (literal.IsKind(SyntaxKind.StringLiteralExpression) && string.IsNullOrWhiteSpace(literal.Token.ValueText));
                case DefaultExpressionSyntax:
                    return true;
                case CollectionExpressionSyntax collection:
                    return collection.Elements.Count == 0;
                default:
                    return false;
            }
        }
    }
}
