using System.Text;

namespace Reports.Generators.Model;

/// <summary>
/// How a value is named for people: by headings and labels joined by <c>" › "</c>
/// (<c>Implementation Details › Self-Test Results › Test Date</c>). Render errors, completeness issues and the
/// analyzers all use these names.
/// </summary>
internal static class ReportPaths
{
    /// <summary>Between the parts of a path: U+203A with a space on each side.</summary>
    public const string Separator = " \u203A ";

    /// <summary>Appends <paramref name="label"/> to <paramref name="path"/> (an empty label adds nothing).</summary>
    public static string Join(string path, string label) =>
        string.IsNullOrEmpty(label) ? path : path.Length == 0 ? label : path + Separator + label;

    /// <summary>
    /// The segment that names <paramref name="member"/> in a message about code: its heading or label, or its property
    /// name when it has neither (an unlabelled list or text), so that every member can be told apart.
    /// </summary>
    public static string NameOf(MemberModel member) =>
        member.Kind == MemberKind.RepeatedSection ? member.Label.Replace("{n}", "N")
        : string.IsNullOrEmpty(member.Label) ? member.PropertyName
        : member.Label;

    /// <summary>
    /// The name of a member in a path: its label or heading. A title value has no label of its own, so it is
    /// named by its bracketed placeholder (<c>[Task Name]</c> gives <c>Task Name</c>) or else its property name.
    /// </summary>
    public static string LabelOf(MemberModel member)
    {
        if (member.Kind != MemberKind.TitleValue)
        {
            return member.Label;
        }

        var placeholder = member.Placeholders.IsEmpty ? null : member.Placeholders[0];
        return placeholder is { Length: > 2 } && placeholder[0] == '[' && placeholder[placeholder.Length - 1] == ']' && placeholder.IndexOf('[', 1) < 0
            ? placeholder.Substring(1, placeholder.Length - 2)
            : member.PropertyName;
    }

    /// <summary>
    /// The path of item number N of a collection, as the text before and after the number. Items whose title
    /// carries the number are named by it (<c>Revision 2</c>, <c>… › Key Implementation Decisions › Decision 2</c>);
    /// other items by the collection and the number (<c>… › Files Changed › Created › 2</c>).
    /// </summary>
    /// <param name="path">The path of the record that holds the collection (for a section's body: the section's path).</param>
    /// <param name="member">The collection member.</param>
    public static (string Before, string After) Item(string path, MemberModel member)
    {
        var (collection, before, after) = ItemName(member);
        return (Prefix(Join(path, collection), before), after);
    }

    /// <summary>
    /// How item number N of a collection is named below the record that holds it: the collection's label (empty when
    /// the item title carries the number), then the text before and after the number.
    /// </summary>
    public static (string Collection, string Before, string After) ItemName(MemberModel member)
    {
        if (member.Kind is MemberKind.RepeatedSection or MemberKind.Repeated && member.ItemTitle is { } title && NumberedTitle(title) is { } numbered)
        {
            return (string.Empty, numbered.Before, numbered.After);
        }

        return (member.Label, string.Empty, string.Empty);
    }

    /// <summary><paramref name="path"/>, a separator, then <paramref name="text"/> (which the item number follows).</summary>
    private static string Prefix(string path, string text) => path.Length == 0 ? text : path + Separator + text;

    /// <summary>The fixed text of an item title around its number: <c>"Decision {n}: {Name}"</c> gives <c>"Decision "</c> and <c>""</c>.</summary>
    private static (string Before, string After)? NumberedTitle(Format title)
    {
        var before = new StringBuilder();
        var after = new StringBuilder();
        var seenNumber = false;
        foreach (var part in title.Parts)
        {
            if (part.Kind == FormatPartKind.Number)
            {
                seenNumber = true;
                continue;
            }

            if (part.Kind != FormatPartKind.Literal)
            {
                if (seenNumber)
                {
                    break;
                }

                continue;
            }

            (seenNumber ? after : before).Append(part.Text);
        }

        if (!seenNumber)
        {
            return null;
        }

        return (before.ToString().TrimStart(), after.ToString().TrimEnd(' ', ':', '-', '\u2013', '\u2014'));
    }
}
