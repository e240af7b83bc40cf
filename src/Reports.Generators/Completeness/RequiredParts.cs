using System;
using System.Collections.Generic;
using Reports.Generators.Model;

namespace Reports.Generators.Completeness;

/// <summary>
/// Which parts of a report a complete report must hold, and their paths. The one definition of "required" over the
/// model, shared by every check that looks for missing values in code: object initializers (RPT0101) and builder
/// chains (RPT0100).
/// </summary>
internal static class RequiredParts
{
    /// <summary>
    /// Whether a complete report must hold <paramref name="member"/>: every part whose attributes do not say
    /// <c>Optional = true</c> (on a section, neither the [Section] nor the attribute that lays out its body), except a
    /// [Check] (unticked is an answer), a field with a <c>Default</c> (the default is written when it is left out) and
    /// a value that cannot be absent (a non-nullable <c>int</c>, <c>bool</c> or date: its default is a value, as the
    /// generated completeness check counts it).
    /// </summary>
    public static bool IsRequired(MemberModel member) =>
        !member.Optional && member.Body?.Optional != true && member.Kind != MemberKind.Check && member.Default is null
        && !(member.Value.IsValueType && !member.IsNullable && !member.IsCollection && member.Value.Kind is not (ValueKind.Enum or ValueKind.Record));

    /// <summary>
    /// The required members of <paramref name="record"/> that <paramref name="isSet"/> says are not set, each with its
    /// path under <paramref name="path"/>, in declaration order.
    /// </summary>
    public static List<(MemberModel Member, string Path)> Missing(RecordModel record, string path, Func<MemberModel, bool> isSet)
    {
        var missing = new List<(MemberModel, string)>();
        foreach (var member in record.Members)
        {
            if (IsRequired(member) && !isSet(member))
            {
                missing.Add((member, ReportPaths.Join(path, ReportPaths.NameOf(member))));
            }
        }

        return missing;
    }

    /// <summary>The record a member's value is made of, when the member holds one record (a section or an aligned block).</summary>
    public static RecordModel? SingleRecord(MemberModel member) =>
        !member.IsCollection && member.Value.Kind == ValueKind.Record ? member.Value.Record : null;

    /// <summary>The placeholders of a member that holds text (a string or Markdown), or null when the member holds no text.</summary>
    public static EquatableArray<string>? TextPlaceholders(MemberModel member)
    {
        var text = member.Body ?? member;
        if (text.IsCollection || text.Value.Kind is not (ValueKind.String or ValueKind.Markdown))
        {
            return null;
        }

        return text.Placeholders.IsEmpty ? new EquatableArray<string>(new[] { text.PlaceholderAt(0) }) : text.Placeholders;
    }
}
