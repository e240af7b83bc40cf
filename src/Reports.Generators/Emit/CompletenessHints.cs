using System.Linq;
using System.Text;
using Reports.Generators.Model;

namespace Reports.Generators.Emit;

/// <summary>
/// What a completeness message tells the reader to do, per kind of value: <c>fill in [Date]</c>,
/// <c>choose one of APPROVED / REJECTED</c>, <c>add at least one item</c>. The runtime collector puts them into
/// <c>{path} is missing: {hint}.</c>; keeping every hint here keeps the wording consistent.
/// </summary>
internal static class CompletenessHints
{
    public const string AddItem = "add at least one item";
    public const string AddSection = "add the section";

    public static string For(MemberModel member)
    {
        if (member.Kind == MemberKind.Check)
        {
            // A check is an answer ticked or not; it is missing only when the section that holds it is.
            return "add it with its section, ticked or not";
        }

        if (member.Kind == MemberKind.CodeBlock)
        {
            return "fill in the code block";
        }

        return member.Value.Kind switch
        {
            ValueKind.Enum => ChooseOneOf(member),
            ValueKind.Boolean => "choose Yes or No",
            _ => "fill in " + Template(member),
        };
    }

    // Apart from For: a lambda there would capture its parameter, and the closure is allocated on every call.
    private static string ChooseOneOf(MemberModel member)
    {
        var hideEmoji = member.Kind != MemberKind.Indicator && member.HideEmoji;
        return "choose one of " + string.Join(" / ", member.Value.Options.Select(o => o.Display(hideEmoji)));
    }

    /// <summary>The member's own placeholder, as the template shows it for its first item; null when it has none.</summary>
    public static string? Placeholder(MemberModel member) =>
        !member.Placeholders.IsEmpty ? member.Placeholders[0] : member.Label.Length > 0 ? "[" + member.Label + "]" : null;

    /// <summary>What the blank template shows for the value (its default or placeholder, with a unit such as <c>%</c>).</summary>
    private static string Template(MemberModel member)
    {
        if (member.Default is not null)
        {
            return member.Default;
        }

        if (member.Value.Kind == ValueKind.Inline && member.Placeholders.IsEmpty)
        {
            return InlineTemplate(member.Value.Inline!);
        }

        // A template that leaves the value empty ([Placeholder("")]) has no text to show: "fill in a value".
        var text = Placeholder(member) is { Length: > 0 } placeholder ? placeholder : "a value";
        if (member.Prefix is { Length: > 0 } prefix && !prefix.Any(char.IsWhiteSpace))
        {
            text = prefix + text;
        }

        if (member.Suffix is { Length: > 0 } suffix && !suffix.Any(char.IsWhiteSpace))
        {
            text += suffix;
        }

        return text;
    }

    private static string InlineTemplate(Format format)
    {
        var text = new StringBuilder();
        foreach (var part in format.Parts)
        {
            text.Append(part.Kind == FormatPartKind.Hole ? part.Member!.Default ?? Placeholder(part.Member!) ?? part.Text : part.Text);
        }

        return text.ToString();
    }
}
