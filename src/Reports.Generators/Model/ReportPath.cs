namespace Reports.Generators.Model;

/// <summary>
/// Paths of values by headings and labels (<c>Implementation Details › Self-Test Results › Test Date</c>), as render
/// errors, completeness results and diagnostics name them.
/// </summary>
internal static class ReportPath
{
    /// <summary>What joins the segments of a path.</summary>
    public const string Separator = " \u203A ";

    /// <summary>Appends <paramref name="segment"/> to <paramref name="path"/>; an empty segment leaves the path as it is.</summary>
    public static string Join(string path, string segment) =>
        string.IsNullOrEmpty(segment) ? path : path.Length == 0 ? segment : path + Separator + segment;

    /// <summary>
    /// The segment that names <paramref name="member"/> in a message about code: its heading or label, or its property
    /// name when it has neither (an unlabelled list or text), so that every member can be told apart.
    /// </summary>
    public static string NameOf(MemberModel member) =>
        member.Kind == MemberKind.RepeatedSection ? member.Label.Replace("{n}", "N")
        : string.IsNullOrEmpty(member.Label) ? member.PropertyName
        : member.Label;
}
