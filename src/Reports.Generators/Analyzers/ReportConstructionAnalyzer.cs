using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using Reports.Generators.Model;

namespace Reports.Generators.Analyzers;

/// <summary>
/// Checks code that constructs reports: object creations that leave required values out (RPT0101) and placeholder
/// text used as a value (RPT0102), in object initializers, <c>with</c> expressions and positional arguments; and
/// builder chains <c>T.CreateBuilder()…Build()</c> that never set a required value (RPT0100).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReportConstructionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property listing the missing members an initializer does not mention (comma-separated property names).</summary>
    public const string UnassignedProperty = "Unassigned";

    /// <summary>The diagnostic property listing the missing members of the report itself whose builder methods a chain never calls (comma-separated property names).</summary>
    public const string UnsetProperty = "Unset";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.IncompleteBuilderChain,
        DiagnosticDescriptors.IncompleteObjectCreation,
        DiagnosticDescriptors.PlaceholderLiteral);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Without the runtime no report type can exist: register nothing.
            var types = ReportTypes.Create(start.Compilation);
            if (types is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeCreation(c, types), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, types), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, types), OperationKind.Invocation);
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, ReportTypes types)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (ConstantText(assignment.Value) is not { } text || assignment.Target is not IPropertyReferenceOperation target)
        {
            return;
        }

        var part = types.Get(target.Property.ContainingType, context.CancellationToken);
        if (part?.Find(target.Property.Name) is { } member)
        {
            ReportPlaceholder(context, part, member, text, assignment.Value.Syntax);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, ReportTypes types)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        var part = types.Get(creation.Type, context.CancellationToken);
        if (part is null)
        {
            return;
        }

        // Positional arguments: the parameter of a positional record is named after its property.
        foreach (var argument in creation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue
                && ConstantText(argument.Value) is { } text
                && argument.Parameter is { } parameter
                && part.Find(ConstructionCompleteness.PropertyNameOf(parameter, part.Type)) is { } member)
            {
                ReportPlaceholder(context, part, member, text, argument.Value.Syntax);
            }
        }

        if (part.Record is null)
        {
            return;
        }

        var path = ConstructionCompleteness.AnchorPath(creation, part, types, context.CancellationToken);
        if (path is null)
        {
            return;
        }

        var missing = ConstructionCompleteness.Missing(creation, part.Type, part.Record, path, context.CancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        var unassigned = string.Join(",", missing.Where(m => m.Unassigned).Select(m => m.Member.PropertyName));
        var properties = ImmutableDictionary<string, string?>.Empty.Add(UnassignedProperty, unassigned);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.IncompleteObjectCreation,
            CreationLocation(creation.Syntax),
            properties,
            part.Type.Name,
            missing.Count == 1 ? "a required value" : missing.Count + " required values",
            string.Join(", ", missing.Select(m => m.Path))));
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ReportTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (BuilderChainCompleteness.IsBuild(invocation))
        {
            AnalyzeBuild(context, invocation, types);
        }
        else if (invocation.Arguments.Length == 1
            && ConstantText(invocation.Arguments[0].Value) is { } text
            && BuilderChainCompleteness.SetterTarget(invocation.TargetMethod, types, context.CancellationToken) is { } target)
        {
            // A builder method that sets text: the same placeholder check as an assignment.
            ReportPlaceholder(context, target.Part, target.Member, text, invocation.Arguments[0].Value.Syntax);
        }
    }

    private static void AnalyzeBuild(OperationAnalysisContext context, IInvocationOperation build, ReportTypes types)
    {

        var missing = BuilderChainCompleteness.Missing(build, types, out var report, context.CancellationToken);
        if (missing is null || missing.Count == 0 || report is null)
        {
            return;
        }

        var unset = string.Join(",", missing.Where(m => m.Unmentioned).Select(m => m.Member.PropertyName));
        var properties = ImmutableDictionary<string, string?>.Empty.Add(UnsetProperty, unset);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.IncompleteBuilderChain,
            BuildLocation(build.Syntax),
            properties,
            BuilderChainCompleteness.Describe(report),
            BuilderChainCompleteness.Count(missing.Count),
            string.Join(", ", missing.Select(m => m.Path))));
    }

    /// <summary>The name <c>Build</c> of the call that ends a chain.</summary>
    private static Location BuildLocation(SyntaxNode syntax) =>
        syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name.GetLocation() : syntax.GetLocation();

    /// <summary>
    /// The constant text of a value: a string literal or constant, also when it is converted implicitly to the member's
    /// type (a literal given to a <c>MarkdownText</c>), or null.
    /// </summary>
    private static string? ConstantText(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value.ConstantValue is { HasValue: true, Value: string text } ? text : null;
    }

    private static void ReportPlaceholder(OperationAnalysisContext context, ReportPart part, MemberModel member, string text, SyntaxNode value)
    {
        if (ReportPart.IsPlaceholderFor(member, text))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.PlaceholderLiteral,
                value.GetLocation(),
                text,
                part.Type.Name + "." + member.PropertyName,
                ReportPaths.NameOf(member)));
        }
    }

    /// <summary><c>new TaskReport</c> (with its argument list): not the whole initializer, which may span a screen.</summary>
    private static Location CreationLocation(SyntaxNode syntax) => syntax switch
    {
        ObjectCreationExpressionSyntax creation => Location.Create(creation.SyntaxTree,
            TextSpan.FromBounds(creation.NewKeyword.SpanStart, creation.ArgumentList?.Span.End ?? creation.Type.Span.End)),
        ImplicitObjectCreationExpressionSyntax creation => Location.Create(creation.SyntaxTree,
            TextSpan.FromBounds(creation.NewKeyword.SpanStart, creation.ArgumentList.Span.End)),
        _ => syntax.GetLocation(),
    };
}
