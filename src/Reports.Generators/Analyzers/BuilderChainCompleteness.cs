using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Reports.Generators.Completeness;
using Reports.Generators.Model;

namespace Reports.Generators.Analyzers;

/// <summary>
/// Finds the required values a builder chain <c>T.CreateBuilder()…Build()</c> never sets (RPT0100). Shared by the
/// analyzer and the code fix that adds the missing calls.
/// </summary>
/// <remarks>
/// <para>Which chains are checked: a chain of calls on the builder of a [Report] type that starts at
/// <c>T.CreateBuilder()</c> and ends in <c>Build()</c>. A chain that starts from <c>ToBuilder()</c>, a variable, a
/// constructor or anything else is not checked (its source may already hold values), and neither is a chain with a
/// call the builder does not declare (an extension method may set anything).</para>
/// <para>What counts as set: a member whose builder method (see <see cref="BuilderNames"/>) is called anywhere in the
/// chain with a value that is not null, default or blank; a list whose <c>Add…</c> method is called at least once; a
/// section filled through a lambda (<c>Overview(o => o.TaskId("…"))</c>) is set, and the calls on the lambda's
/// parameter are checked the same way, recursively. A section given a value or a delegate the analyzer cannot see
/// into counts as complete. A property initializer counts as a value (the builder starts from <c>new T()</c>), except
/// for a list. What is required is <see cref="RequiredParts.IsRequired"/>; members with <c>[RequiredWhen]</c> depend
/// on run-time values and are never reported.</para>
/// </remarks>
internal static class BuilderChainCompleteness
{
    /// <summary>
    /// A required value that the chain never sets; <see cref="Unmentioned"/> when it is a member of the report itself
    /// whose builder methods the chain does not call at all (not even with null or blank text).
    /// </summary>
    internal readonly record struct MissingValue(MemberModel Member, string Path, bool Unmentioned);

    /// <summary>
    /// The required values that the chain ending in <paramref name="build"/> never sets, or null when the chain is not
    /// checked; <paramref name="report"/> is the report the chain builds.
    /// </summary>
    public static List<MissingValue>? Missing(IInvocationOperation build, ReportTypes types, out ReportPart? report, CancellationToken cancellationToken)
    {
        report = null;
        var calls = new List<IInvocationOperation>();
        var instance = build.Instance;
        while (instance is IInvocationOperation { Instance: { } receiver } call)
        {
            calls.Add(call);
            instance = receiver;
        }

        if (instance is not IInvocationOperation { TargetMethod: { IsStatic: true, Name: "CreateBuilder", Parameters.Length: 0 } } create)
        {
            return null;
        }

        var part = types.Get(create.TargetMethod.ContainingType, cancellationToken);
        if (part is not { IsReport: true, Record: { } record }
            || !SymbolEqualityComparer.Default.Equals(build.TargetMethod.ContainingType, create.Type)
            || build.TargetMethod.ContainingType.Name != BuilderNames.TypeName(record.Name))
        {
            return null;
        }

        foreach (var call in calls)
        {
            if (!SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, create.Type))
            {
                return null;
            }
        }

        report = part;
        var missing = new List<MissingValue>();
        Collect(record, part.Type, calls, string.Empty, topLevel: true, missing, cancellationToken);
        return missing;
    }

    private static void Collect(RecordModel record, INamedTypeSymbol? type, List<IInvocationOperation> calls, string path, bool topLevel, List<MissingValue> missing, CancellationToken cancellationToken)
    {
        foreach (var member in record.Members)
        {
            if (!member.RequiredWhen.IsEmpty)
            {
                continue;
            }

            var setter = BuilderNames.Setter(member, record);
            var adder = BuilderNames.Adder(member, record);
            var memberPath = ReportPaths.Join(path, ReportPaths.NameOf(member));
            var set = false;
            var mentioned = false;
            var opaque = false;
            var lambdas = new List<IAnonymousFunctionOperation>();
            foreach (var call in calls)
            {
                var name = call.TargetMethod.Name;
                mentioned |= name == adder || name == setter;
                if (name == adder)
                {
                    set = true;
                }
                else if (name == setter && call.Arguments.Length > 0)
                {
                    var value = call.Arguments[0].Value;
                    if (Lambda(value) is { } lambda)
                    {
                        set = true;
                        lambdas.Add(lambda);
                    }
                    else if (value is IDelegateCreationOperation)
                    {
                        set = true;
                        opaque = true;
                    }
                    else if (call.Arguments.Length > 1 || !ConstructionCompleteness.IsAbsent(value))
                    {
                        set = true;
                        opaque = true;
                    }
                }
            }

            if (!set)
            {
                var property = type is null ? null : ConstructionCompleteness.Property(type, member.PropertyName);
                if (RequiredParts.IsRequired(member) && !ConstructionCompleteness.HasValueWithoutAssignment(property, member, cancellationToken))
                {
                    missing.Add(new MissingValue(member, memberPath, topLevel && !mentioned));
                }

                continue;
            }

            if (opaque || lambdas.Count == 0 || RequiredParts.SingleRecord(member) is not { } inner)
            {
                continue;
            }

            // A section filled only through lambdas: what the lambdas set is all it holds (the builder starts it new).
            var innerCalls = new List<IInvocationOperation>();
            foreach (var lambda in lambdas)
            {
                if (!CallsOn(lambda, innerCalls))
                {
                    opaque = true;
                    break;
                }
            }

            if (!opaque)
            {
                var innerType = type is null ? null : ConstructionCompleteness.Property(type, member.PropertyName)?.Type as INamedTypeSymbol;
                if (innerType is { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } && innerType.TypeArguments.Length == 1)
                {
                    innerType = innerType.TypeArguments[0] as INamedTypeSymbol;
                }

                Collect(inner, innerType, innerCalls, memberPath, topLevel: false, missing, cancellationToken);
            }
        }
    }

    private static IAnonymousFunctionOperation? Lambda(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } ? lambda : null;
    }

    /// <summary>
    /// Adds the calls made on the lambda's parameter (in chains that start at it) to <paramref name="calls"/>; false
    /// when the parameter is used in any other way (passed on, stored), so the lambda may set anything.
    /// </summary>
    private static bool CallsOn(IAnonymousFunctionOperation lambda, List<IInvocationOperation> calls)
    {
        if (lambda.Symbol.Parameters.Length != 1)
        {
            return false;
        }

        var parameter = lambda.Symbol.Parameters[0];
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                continue;
            }

            // Climb the chain that starts at the parameter: each call's receiver is the previous one.
            IOperation current = reference;
            var any = false;
            while (current.Parent is IInvocationOperation call && call.Instance == current)
            {
                if (!SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, parameter.Type))
                {
                    return false;
                }

                calls.Add(call);
                current = call;
                any = true;
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The report part and member that a generated builder's setter <paramref name="method"/> sets, or null when the
    /// method is not one. The builder's record is what its <c>BuildDraft()</c> returns.
    /// </summary>
    public static (ReportPart Part, MemberModel Member)? SetterTarget(IMethodSymbol method, ReportTypes types, CancellationToken cancellationToken)
    {
        var builder = method.ContainingType;
        if (method.IsStatic || builder is null || !builder.Name.EndsWith("Builder", System.StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var candidate in builder.GetMembers("BuildDraft"))
        {
            if (candidate is IMethodSymbol { Parameters.Length: 0 } draft
                && types.Get(draft.ReturnType, cancellationToken) is { Record: { } record } part
                && builder.Name == BuilderNames.TypeName(record.Name))
            {
                foreach (var member in record.Members)
                {
                    if (BuilderNames.Setter(member, record) == method.Name)
                    {
                        return (part, member);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The first line of a chain, for the message: <c>TaskReport.CreateBuilder()…Build()</c>.</summary>
    public static string Describe(ReportPart report) => report.Type.Name + ".CreateBuilder()\u2026Build()";

    /// <summary>Whether the invocation's method could end a checked chain: cheap, before anything else is looked at.</summary>
    public static bool IsBuild(IInvocationOperation invocation) =>
        invocation.TargetMethod is { Name: "Build", IsStatic: false, MethodKind: MethodKind.Ordinary } && invocation.Instance is IInvocationOperation;

    /// <summary>"a required value" or "3 required values", for the message.</summary>
    public static string Count(int count) => count == 1 ? "a required value" : count + " required values";
}
