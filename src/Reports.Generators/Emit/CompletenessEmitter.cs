using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Reports.Generators.Model;

namespace Reports.Generators.Emit;

/// <summary>
/// Emits the completeness checks: <c>CheckCompleteness</c>, <c>EnsureComplete</c> and <c>ReportRoles</c> on a report
/// type, and <c>CheckCompleteness</c> and <c>EnsureComplete</c> on a section
/// record, with paths that start at the section (parts of the type's <c>&lt;Type&gt;.g.cs</c>).
/// </summary>
/// <remarks>
/// <para>The rules: every part is required unless it is <c>Optional</c>; <c>[RequiredWhen]</c> makes an optional part
/// required while its condition holds. A missing required section is checked value by value (each reported
/// missing), as its blank template would show them. Optional values that are present are still checked for
/// placeholders. Every value of every list item is checked, with the item number in the path.</para>
/// <para>Like the layout, checks are emitted per path: one private method per section record at each place it
/// occurs, so paths are constants with item numbers as parameters, joined only when an issue is reported.</para>
/// <para>Roles: a section's <c>FilledBy</c> holds for everything inside it unless a nested section names another role;
/// parts outside any such section belong to no role. Checks are grouped under <c>c.Includes(role)</c>.</para>
/// </remarks>
internal sealed class CompletenessEmitter
{
    private const string Collector = "global::Reports.CompletenessCollector";

    private readonly ReportModel? _report;
    private readonly bool _passRoot;
    private readonly List<SourceWriter> _methods = new();
    private readonly HashSet<string> _methodNames = new(StringComparer.Ordinal);

    private CompletenessEmitter(ReportModel? report)
    {
        _report = report;
        _passRoot = report is not null && UsesRootConditions(report.Root, depth: 0);
    }

    private bool UseRoles => _report is not null;

    /// <summary>Writes the report's completeness members as a part of its file.</summary>
    public static void WriteReport(SourceWriter source, ReportModel report, TargetFeatures features)
    {
        var emitter = new CompletenessEmitter(report);
        source.SpaceAfterBlocks = true;
        GeneratedFile.BeginUndocumented(source, "members without docs are private checks");
        GeneratedFile.OpenScopes(source, report.Namespace, report.ContainingTypes);
        source.Open(report.Declaration + (features.ImplementsReportInterface ? " : global::Reports.IReport<" + report.FullTypeName + ">" : string.Empty));

        var roles = RolesOf(report.Root);
        source.Line("/// <summary>");
        source.Line("/// The roles that fill this report's sections (<see cref=\"global::Reports.SectionAttribute.FilledBy\"/>), in report order:");
        source.Line("/// the values <see cref=\"CheckCompleteness\"/> accepts for <c>role</c>.");
        source.Line("/// </summary>");
        source.Line("public static global::System.Collections.Generic.IReadOnlyList<string> ReportRoles { get; } =");
        source.Line("    global::System.Array.AsReadOnly(new string[] { " + string.Join(", ", roles.Select(SourceWriter.Quote)) + " });");
        source.Line();
        source.Line("/// <summary>");
        source.Line("/// Lists every required value of this report that is missing, empty, still a placeholder or invalid, with its path");
        source.Line("/// by headings and labels and a message saying what to do, and counts the required values that are filled.");
        source.Line("/// </summary>");
        source.Line("/// <param name=\"role\">Check only the sections this role fills (one of <see cref=\"ReportRoles\"/>, in any case); null checks the whole report.</param>");
        source.Line("/// <param name=\"options\">Extra placeholder markers and rules; null for the built-in rules of <see cref=\"global::Reports.Placeholders\"/>.</param>");
        source.Line("/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"role\"/> is not one of <see cref=\"ReportRoles\"/>.</exception>");
        source.Open("public global::Reports.CompletenessResult CheckCompleteness(string? role = null, global::Reports.CompletenessOptions? options = null)");
        if (roles.Count == 0)
        {
            source.Open("if (role is not null)");
            source.Line("throw new global::System.ArgumentException(" + SourceWriter.Quote(report.TypeName + " has no roles: none of its sections says FilledBy.") + ", nameof(role));");
            source.Close();
        }
        else
        {
            // A role named in another case ("code reviewer agent") is that role, as the report spells it.
            source.Open("if (role is not null)");
            source.Line("role = global::Reports.ReportText.FindRole(role, ReportRoles)");
            source.Line("    ?? throw new global::System.ArgumentException(\"'\" + role + " + SourceWriter.Quote("' is not a role of " + report.TypeName + "; its roles are " + string.Join(", ", roles) + ".") + ", nameof(role));");
            source.Close();
        }

        source.Line();
        source.Line("var c = new " + Collector + "(role, options);");
        var scope = new Scope(source, report.Root, "this", selfNullable: false, PathText.Empty, isRoot: true);
        emitter.EmitMembers(scope, role: null, guarded: false);
        source.Line("return c.ToResult();");
        source.Close();
        source.Line();
        source.Line("/// <summary>");
        source.Line("/// Throws <see cref=\"global::Reports.ReportIncompleteException\"/>, listing every issue by path, when");
        source.Line("/// <see cref=\"CheckCompleteness\"/> finds any: the check a builder's <c>Build()</c> makes.");
        source.Line("/// </summary>");
        source.Line("/// <param name=\"role\">Check only the sections this role fills; null checks the whole report.</param>");
        source.Line("/// <param name=\"options\">Extra placeholder markers and rules.</param>");
        source.Line("/// <exception cref=\"global::Reports.ReportIncompleteException\">A required value is missing, empty, a placeholder or invalid.</exception>");
        source.Open("public void EnsureComplete(string? role = null, global::Reports.CompletenessOptions? options = null)");
        source.Line("var result = CheckCompleteness(role, options);");
        source.Open("if (!result.IsComplete)");
        source.Line("throw new global::Reports.ReportIncompleteException(" + SourceWriter.Quote(report.TypeName) + ", result);");
        source.Close();
        source.Close();
        emitter.WriteMethods(source);
        source.Close();
        GeneratedFile.CloseScopes(source, report.Namespace, report.ContainingTypes);
        GeneratedFile.EndUndocumented(source);
    }

    /// <summary>Writes a section record's own completeness members (paths start at the section; no roles) as a part of its file.</summary>
    public static void WriteSection(SourceWriter source, RecordModel record)
    {
        var shape = record.Shape!;
        var emitter = new CompletenessEmitter(null);
        source.SpaceAfterBlocks = true;
        GeneratedFile.BeginUndocumented(source, "members without docs are private checks");
        GeneratedFile.OpenScopes(source, shape.Namespace, shape.ContainingTypes);
        source.Open(shape.Declaration);
        source.Line("/// <summary>");
        source.Line("/// Lists every required value of this section that is missing, empty, still a placeholder or invalid, with its");
        source.Line("/// path (from this section) and a message saying what to do, and counts the required values that are filled.");
        source.Line("/// Conditions that read outside the section (<c>[RequiredWhen(..., FromRoot = true)]</c>) are not known here.");
        source.Line("/// </summary>");
        source.Line("/// <param name=\"options\">Extra placeholder markers and rules; null for the built-in rules of <see cref=\"global::Reports.Placeholders\"/>.</param>");
        source.Open("public global::Reports.CompletenessResult CheckCompleteness(global::Reports.CompletenessOptions? options = null)");
        source.Line("var c = new " + Collector + "(null, options);");
        emitter.EmitMembers(new Scope(source, record, "this", selfNullable: false, PathText.Empty, isRoot: true), role: null, guarded: true);
        source.Line("return c.ToResult();");
        source.Close();
        source.Line();
        source.Line("/// <summary>Throws <see cref=\"global::Reports.ReportIncompleteException\"/> when <see cref=\"CheckCompleteness\"/> finds an issue.</summary>");
        source.Line("/// <param name=\"options\">Extra placeholder markers and rules.</param>");
        source.Line("/// <exception cref=\"global::Reports.ReportIncompleteException\">A required value is missing, empty, a placeholder or invalid.</exception>");
        source.Open("public void EnsureComplete(global::Reports.CompletenessOptions? options = null)");
        source.Line("var result = CheckCompleteness(options);");
        source.Open("if (!result.IsComplete)");
        source.Line("throw new global::Reports.ReportIncompleteException(" + SourceWriter.Quote(record.Name) + ", result);");
        source.Close();
        source.Close();
        emitter.WriteMethods(source);
        source.Close();
        GeneratedFile.CloseScopes(source, shape.Namespace, shape.ContainingTypes);
        GeneratedFile.EndUndocumented(source);
    }

    /// <summary>The distinct roles named by <c>FilledBy</c> in the report, in the order they first occur.</summary>
    public static List<string> RolesOf(RecordModel record)
    {
        var roles = new List<string>();
        void Visit(RecordModel current)
        {
            foreach (var member in current.Members)
            {
                if (member.FilledBy is { } role && !roles.Contains(role))
                {
                    roles.Add(role);
                }

                if (RecordOf(member) is { } inner)
                {
                    Visit(inner);
                }
            }
        }

        Visit(record);
        return roles;
    }

    private void WriteMethods(SourceWriter source)
    {
        foreach (var method in _methods)
        {
            source.Line();
            source.Raw(method, keepBlankLines: true);
        }
    }

    // ---- Members and roles ----

    private void EmitMembers(Scope scope, string? role, bool guarded)
    {
        var members = scope.Record.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var own = member.FilledBy ?? role;
            if (!UseRoles || (guarded && IsOnly(RolesBelow(member, own), role)))
            {
                EmitMember(member, scope, role, guarded: true);
                continue;
            }

            if (!IsOnly(RolesBelow(member, own), own))
            {
                // Parts below belong to several roles: each guards itself.
                EmitMember(member, scope, own, guarded: false);
                if (guarded)
                {
                    scope.Source.Line("c.FilledBy = " + Quote(role) + ";");
                }

                continue;
            }

            // Consecutive parts of one role share one guard.
            var group = new List<MemberModel> { member };
            while (i + 1 < members.Count && (members[i + 1].FilledBy ?? role) == own && IsOnly(RolesBelow(members[i + 1], own), own))
            {
                group.Add(members[++i]);
            }

            scope.Source.Open("if (c.Includes(" + Quote(own) + "))");
            scope.Source.Line("c.FilledBy = " + Quote(own) + ";");
            foreach (var part in group)
            {
                EmitMember(part, scope, own, guarded: true);
            }

            if (guarded)
            {
                scope.Source.Line("c.FilledBy = " + Quote(role) + ";");
            }

            scope.Source.Close();
        }
    }

    private void EmitMember(MemberModel member, Scope scope, string? role, bool guarded)
    {
        var access = scope.Access(member);
        var path = scope.Path.Join(ReportPaths.LabelOf(member));
        if (path.IsEmpty)
        {
            // Unlabelled text at the top of a report: name it by its property.
            path = path.Join(member.PropertyName);
        }

        switch (member.Kind)
        {
            case MemberKind.TitleValue:
            case MemberKind.Field:
            case MemberKind.Text:
            case MemberKind.Check:
            case MemberKind.Indicator:
                EmitValue(member, scope, access, scope.AccessIsNullable(member), path, RequirementOf(member, scope));
                break;
            case MemberKind.CodeBlock:
                EmitCode(member, scope, access, path, RequirementOf(member, scope));
                break;
            case MemberKind.Section when member.Body is { } body:
                EmitBody(member, body, scope, access, path, role, guarded);
                break;
            case MemberKind.Section:
            case MemberKind.AlignedBlock:
            case MemberKind.Group:
                EmitRecord(member, member.Value.Record!, scope, access, path, RequirementOf(member, scope), role, guarded);
                break;
            default:
                if (scope.Path.IsEmpty && member.Label.Length == 0 && ReportPaths.ItemName(member).Before.Length == 0)
                {
                    // An unlabelled list at the top of a report: name it by its property.
                    member = member with { Label = member.PropertyName };
                }

                EmitCollection(member, scope, access, scope.Path, RequirementOf(member, scope), role, guarded);
                break;
        }
    }

    /// <summary>A section on a text, code block, list or aligned block: its body is checked at the section's path.</summary>
    private void EmitBody(MemberModel section, MemberModel body, Scope scope, string access, PathText path, string? role, bool guarded)
    {
        var part = body with
        {
            Optional = section.Optional || body.Optional,
            RequiredWhen = section.RequiredWhen,
            AllowPlaceholderLike = section.AllowPlaceholderLike,
            PropertyName = section.PropertyName,
        };
        var requirement = RequirementOf(part, scope);
        switch (body.Kind)
        {
            case MemberKind.Text:
                EmitValue(part, scope, access, nullable: true, path, requirement);
                break;
            case MemberKind.CodeBlock:
                EmitCode(part, scope, access, path, requirement);
                break;
            case MemberKind.AlignedBlock:
                EmitRecord(part, body.Value.Record!, scope, access, path.Join(body.Label), requirement, role, guarded);
                break;
            default:
                EmitCollection(part, scope, access, path, requirement, role, guarded);
                break;
        }
    }

    private static bool IsOnly(HashSet<string?> roles, string? role) => roles.Count == 1 && roles.Contains(role);

    private static HashSet<string?> RolesBelow(MemberModel member, string? own)
    {
        var roles = new HashSet<string?>();
        void Visit(MemberModel current, string? role)
        {
            roles.Add(role);
            if (RecordOf(current) is { } record)
            {
                foreach (var inner in record.Members)
                {
                    Visit(inner, inner.FilledBy ?? role);
                }
            }
        }

        Visit(member, own);
        return roles;
    }

    private static RecordModel? RecordOf(MemberModel member) => member.Body is { } body ? body.Value.Record : member.Value.Record;

    // ---- Values ----

    private static void EmitValue(MemberModel member, Scope scope, string access, bool nullable, PathText path, Requirement requirement, string? name = null,
        string? placeholderExpression = null)
    {
        var source = scope.Source;
        var hint = Quote(CompletenessHints.For(member));
        switch (member.Value.Kind)
        {
            case ValueKind.String:
            case ValueKind.Markdown:
                var text = member.Value.Kind == ValueKind.Markdown ? access + "?.Visible" : access;
                var arguments = new List<string> { text, path.Expression, hint };
                if ((member.Default is null || !member.Placeholders.IsEmpty) && CompletenessHints.Placeholder(member) is { } placeholder)
                {
                    arguments.Add("placeholder: " + (placeholderExpression ?? Quote(placeholder)));
                }

                if (member.Default is not null)
                {
                    arguments.Add("defaultValue: " + Quote(member.Default));
                }

                arguments.AddRange(requirement.Arguments);
                if (member.AllowPlaceholderLike)
                {
                    arguments.Add("allowPlaceholderLike: true");
                }

                source.Line("c.Text(" + string.Join(", ", arguments) + ");");
                break;
            case ValueKind.Enum:
                var value = scope.Variable(member.PropertyName);
                source.Line("var " + value + " = " + access + ";");
                source.Line("c.Option<" + member.Value.TypeName + ">(" + value + ", " + IsOption(value, member.Value) + ", " + path.Expression + ", " + hint + requirement.ArgumentText + ");");
                break;
            case ValueKind.Inline:
                var inline = scope.Variable(name ?? member.PropertyName);
                source.Open("if (" + access + " is { } " + inline + ")");
                foreach (var part in InlineMembers(member.Value.Inline!))
                {
                    EmitValue(part, scope, inline + "." + part.PropertyName, !part.Value.IsValueType || part.IsNullable, path.Join(part.Label), requirement);
                }

                source.Close();
                if (!requirement.IsNever)
                {
                    source.Open("else");
                    requirement.Report(source, "c.Missing(" + path.Expression + ", " + hint + requirement.BecauseArgument + ");");
                    source.Close();
                }

                break;
            default:
                if (nullable && !requirement.IsNever)
                {
                    // Value<T>(T? value) where T : struct: spell T out, since a non-nullable item (an int in a list)
                    // converts to T? but gives the compiler nothing to infer T from.
                    source.Line("c.Value<" + member.Value.TypeName + ">(" + access + ", " + path.Expression + ", " + hint + requirement.ArgumentText + ");");
                }
                else if (!nullable)
                {
                    requirement.Report(source, "c.Pass(); // " + ReportPaths.LabelOf(member) + ": a value type, always present");
                }

                break;
        }
    }

    private static void EmitCode(MemberModel member, Scope scope, string access, PathText path, Requirement requirement)
    {
        var isBlock = member.Value.Kind == ValueKind.CodeBlock;
        var arguments = new List<string>
        {
            isBlock ? access + "?.Code" : access,
            isBlock ? access + "?.Language" : "null",
            path.Expression,
            Quote(CompletenessHints.For(member)),
        };
        if (CompletenessHints.Placeholder(member) is { } placeholder)
        {
            arguments.Add("placeholder: " + Quote(placeholder));
        }

        if (member.LanguagePlaceholder is not null)
        {
            arguments.Add("languagePlaceholder: " + Quote(member.LanguagePlaceholder));
        }

        arguments.AddRange(requirement.Arguments);
        scope.Source.Line("c.Code(" + string.Join(", ", arguments) + ");");
    }

    // ---- Sections and collections ----

    private void EmitRecord(MemberModel member, RecordModel record, Scope scope, string access, PathText path, Requirement requirement, string? role, bool guarded)
    {
        var source = scope.Source;
        var method = RecordMethod(record, path, role, guarded);
        string Call(string value) => method + "(ref c, " + value + NumberArguments(path) + RootArgument(scope) + ");";
        if (requirement.IsAlways)
        {
            // Absent, it is checked value by value: each required value inside is reported missing.
            source.Line(Call(access));
            return;
        }

        var present = scope.Variable(member.PropertyName);
        source.Open("if (" + access + " is { } " + present + ")");
        source.Line(Call(present));
        source.Close();
        if (!requirement.IsNever)
        {
            source.Open("else if (" + requirement.Variable + ")");
            source.Line("c.RequiredWhen = " + Quote(requirement.Because) + ";");
            source.Line(Call("null"));
            source.Line("c.RequiredWhen = null;");
            source.Close();
        }
    }

    private void EmitCollection(MemberModel member, Scope scope, string access, PathText path, Requirement requirement, string? role, bool guarded)
    {
        var source = scope.Source;
        var list = scope.Variable(member.PropertyName);
        var count = member.Collection == CollectionKind.Array ? "Length" : "Count";
        source.Line("var " + list + " = " + access + ";");
        if (!requirement.IsNever)
        {
            var presence = member.Kind == MemberKind.RepeatedSection
                ? "c.Sections(" + list + "?." + count + ", " + path.ItemLiteral(member, 1).Expression + ", "
                    + Quote(CompletenessHints.AddSection) + requirement.ArgumentText + ");"
                : "c.List(" + list + "?." + count + ", " + path.Join(member.Label).Expression + ", " + Quote(CompletenessHints.AddItem) + requirement.ArgumentText + ");";
            if (guarded || !UseRoles)
            {
                source.Line(presence);
            }
            else
            {
                source.Open("if (c.Includes(" + Quote(role) + "))");
                source.Line("c.FilledBy = " + Quote(role) + ";");
                source.Line(presence);
                source.Close();
            }
        }

        source.Open("if (" + list + " is not null)");
        var index = scope.Variable("i");
        source.Open("for (var " + index + " = 0; " + index + " < " + list + "." + count + "; " + index + "++)");
        var number = new PathText.Number(index + " + 1", NumberName(path, member));
        var itemPath = path.Item(member, number);
        EmitItem(member, scope, list + "[" + index + "]", index, itemPath, role, guarded);
        source.Close();
        source.Close();
    }

    private void EmitItem(MemberModel member, Scope scope, string item, string index, PathText path, string? role, bool guarded)
    {
        var source = scope.Source;
        var value = member.Value;
        if (value.Kind == ValueKind.Record)
        {
            var method = RecordMethod(value.Record!, path, role, guarded);
            source.Line(method + "(ref c, " + item + NumberArguments(path) + RootArgument(scope) + ");");
            return;
        }

        // An item is a value of its own: present, it must be filled, whether or not the list is optional.
        var single = member with { Kind = MemberKind.Field, Collection = CollectionKind.None, Default = null };
        if (member.Kind == MemberKind.Checklist)
        {
            single = single with { Value = value with { Kind = ValueKind.String } };
            item += "?.Text";
        }

        // The template shows item k with the k-th placeholder (the last one repeats): an item left as it was is that one.
        var placeholder = member.Placeholders.Count > 1
            ? index + " switch { " + string.Join(" ", member.Placeholders.Take(member.Placeholders.Count - 1).Select((p, k) => k.ToString(System.Globalization.CultureInfo.InvariantCulture) + " => " + Quote(p) + ","))
                + " _ => " + Quote(member.Placeholders[member.Placeholders.Count - 1]) + " }"
            : null;
        EmitValue(single, scope, item, nullable: true, path, Requirement.Always, name: "item", placeholderExpression: placeholder);
    }

    /// <summary>Emits the check method of a section record at <paramref name="path"/> and returns its name.</summary>
    private string RecordMethod(RecordModel record, PathText path, string? role, bool guarded)
    {
        var name = "Check" + Identifier(path.Display.Length == 0 ? record.Name : path.Display);
        var unique = name;
        for (var n = 2; !_methodNames.Add(unique); n++)
        {
            unique = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // The method keeps its place among the others: the methods its members call are written while it is.
        var method = new SourceWriter();
        _methods.Add(method);
        var parameters = new List<string> { "ref " + Collector + " c", record.FullTypeName + "? section" };
        var inner = path.AsParameters();
        parameters.AddRange(inner.Numbers.Select(n => "int " + n.Name));
        if (_passRoot)
        {
            parameters.Add(_report!.FullTypeName + " report");
        }

        method.Open("private static void " + unique + "(" + string.Join(", ", parameters) + ")");
        method.SpaceAfterBlocks = true;
        var scope = new Scope(method, record, "section", selfNullable: true, inner, isRoot: false);
        foreach (var number in inner.Numbers)
        {
            scope.Reserve(number.Name);
        }

        EmitMembers(scope, role, guarded);
        method.SpaceAfterBlocks = false;
        method.Close();
        return unique;
    }

    private static string NumberArguments(PathText path) => string.Concat(path.Numbers.Select(n => ", " + n.Expression));

    private string RootArgument(Scope scope) => _passRoot ? (scope.IsRoot ? ", this" : ", report") : string.Empty;

    private static string NumberName(PathText path, MemberModel member)
    {
        var name = Camel(BuilderNames.Singular(member.PropertyName)) + "Number";
        var unique = name;
        for (var n = 2; path.Numbers.Any(x => x.Name == unique); n++)
        {
            unique = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return unique;
    }

    // ---- Conditions ----

    private Requirement RequirementOf(MemberModel member, Scope scope)
    {
        if (!member.Optional)
        {
            return Requirement.Always;
        }

        var conditions = new List<string>();
        var becauses = new List<string>();
        foreach (var condition in member.RequiredWhen)
        {
            if (Resolve(condition, scope) is { } resolved)
            {
                conditions.Add(resolved.Expression);
                becauses.Add(resolved.Because);
            }
        }

        if (conditions.Count == 0)
        {
            return Requirement.Never;
        }

        var variable = scope.Variable(member.PropertyName + "Required");
        scope.Source.Line("var " + variable + " = " + string.Join(" || ", conditions) + ";");
        return new Requirement(variable, string.Join(" or ", becauses));
    }

    /// <summary>The C# condition and its wording (<c>Code Review › Status is REJECTED</c>), or null when it cannot be resolved here.</summary>
    private (string Expression, string Because)? Resolve(RequiredWhenModel condition, Scope scope)
    {
        RecordModel record;
        string expression;
        bool nullable;
        PathText prefix;
        if (condition.FromRoot)
        {
            if (_report is null)
            {
                return null;
            }

            record = _report.Root;
            expression = scope.IsRoot ? "this" : "report";
            nullable = false;
            prefix = PathText.Empty;
        }
        else
        {
            record = scope.Record;
            expression = scope.Self;
            nullable = scope.SelfNullable;
            prefix = scope.Path;
        }

        var labels = new List<string>();
        for (var i = 0; i < condition.Path.Count; i++)
        {
            var member = record.Members.FirstOrDefault(m => m.PropertyName == condition.Path[i]);
            if (member is null || member.IsCollection)
            {
                return null;
            }

            expression += (nullable ? "?." : ".") + member.PropertyName;
            nullable |= !member.Value.IsValueType || member.IsNullable;
            labels.Add(ReportPaths.LabelOf(member));
            if (i < condition.Path.Count - 1)
            {
                if (member.Body is not null || member.Value.Record is null)
                {
                    return null;
                }

                record = member.Value.Record;
                continue;
            }

            if (member.Value.TypeName != condition.ValueType)
            {
                return null;
            }

            var text = member.Value.Options.FirstOrDefault(o => o.MemberName == condition.EnumMember)?.Label ?? condition.ValueText;
            var where = labels.Aggregate(prefix, (path, label) => path.Join(label)).Display;
            return (expression + " == " + condition.ValueExpression, where + " is " + text);
        }

        return null;
    }

    private static bool UsesRootConditions(RecordModel record, int depth)
    {
        foreach (var member in record.Members)
        {
            if (depth > 0 && (member.RequiredWhen.Any(c => c.FromRoot) || (member.Body?.RequiredWhen.Any(c => c.FromRoot) ?? false)))
            {
                return true;
            }

            if (RecordOf(member) is { } inner && UsesRootConditions(inner, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    // ---- Helpers ----

    private static string IsOption(string value, ValueModel enumValue) => enumValue.Options.IsEmpty
        ? "false"
        : value + " is " + string.Join(" or ", enumValue.Options.Select(o => enumValue.TypeName + "." + o.MemberName));

    private static IEnumerable<MemberModel> InlineMembers(Format format)
    {
        var seen = new HashSet<string>();
        foreach (var part in format.Parts)
        {
            if (part.Member is { } member && seen.Add(member.PropertyName))
            {
                yield return member;
            }
        }
    }

    private static string Quote(string? text) => text is null ? "null" : SourceWriter.Quote(text);

    internal static string Camel(string name)
    {
        var camel = name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
        return SyntaxFacts.IsReservedKeyword(SyntaxFacts.GetKeywordKind(camel)) ? "@" + camel : camel;
    }

    /// <summary>A PascalCase identifier from a path: <c>Deviations from Spec › Deviation N</c> gives <c>DeviationsFromSpecDeviationN</c>.</summary>
    private static string Identifier(string text)
    {
        var identifier = new System.Text.StringBuilder();
        var wordStart = true;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                wordStart = true;
                continue;
            }

            identifier.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = false;
        }

        return identifier.Length == 0 ? "Section" : identifier.ToString();
    }

    /// <summary>One generated method's locals and where its members are read from.</summary>
    private sealed class Scope
    {
        private readonly HashSet<string> _names = new(StringComparer.Ordinal) { "c", "section", "report", "role", "options", "result" };

        public Scope(SourceWriter source, RecordModel record, string self, bool selfNullable, PathText path, bool isRoot)
        {
            Source = source;
            Record = record;
            Self = self;
            SelfNullable = selfNullable;
            Path = path;
            IsRoot = isRoot;
        }

        public SourceWriter Source { get; }

        public RecordModel Record { get; }

        public string Self { get; }

        public bool SelfNullable { get; }

        public PathText Path { get; }

        public bool IsRoot { get; }

        public string Access(MemberModel member) => Self + (SelfNullable ? "?." : ".") + member.PropertyName;

        public bool AccessIsNullable(MemberModel member) => SelfNullable || member.IsNullable || !member.Value.IsValueType || member.IsCollection;

        public void Reserve(string name) => _names.Add(name);

        /// <summary>A local name based on <paramref name="name"/>, unique in the method.</summary>
        public string Variable(string name)
        {
            var variable = Camel(name);
            var unique = variable;
            for (var n = 2; !_names.Add(unique); n++)
            {
                unique = variable + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return unique;
        }
    }
}

/// <summary>Whether a part is required: always, never (optional), or while a condition held in a local holds.</summary>
internal sealed class Requirement
{
    public static readonly Requirement Always = new(null, null);
    public static readonly Requirement Never = new("false", null);

    public Requirement(string? variable, string? because)
    {
        Variable = variable;
        Because = because;
    }

    /// <summary>The local that holds the condition (<c>"false"</c> for never), or null when always required.</summary>
    public string? Variable { get; }

    /// <summary>The condition in words (<c>Code Review › Status is REJECTED</c>).</summary>
    public string? Because { get; }

    public bool IsAlways => Variable is null;

    public bool IsNever => ReferenceEquals(this, Never);

    /// <summary>The named arguments of a collector call: <c>required: …, requiredWhen: "…"</c>.</summary>
    public IEnumerable<string> Arguments
    {
        get
        {
            if (Variable is not null)
            {
                yield return "required: " + Variable;
            }

            if (Because is not null)
            {
                yield return "requiredWhen: " + SourceWriter.Quote(Because);
            }
        }
    }

    /// <summary><see cref="Arguments"/> as text to append to an argument list.</summary>
    public string ArgumentText => string.Concat(Arguments.Select(a => ", " + a));

    /// <summary>The condition's wording as a trailing argument of <c>Missing</c>.</summary>
    public string BecauseArgument => Because is null ? string.Empty : ", " + SourceWriter.Quote(Because);

    /// <summary>Writes <paramref name="statement"/>, under <c>if (condition)</c> unless the part is always required.</summary>
    public void Report(SourceWriter source, string statement)
    {
        if (IsNever)
        {
            return;
        }

        if (IsAlways)
        {
            source.Line(statement);
            return;
        }

        source.Open("if (" + Variable + ")");
        source.Line(statement);
        source.Close();
    }
}
