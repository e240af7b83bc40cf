namespace Reports;

/// <summary>A fenced code block: its language (the info string, may be empty) and its code.</summary>
/// <param name="Language">The language written after the opening fence (<c>csharp</c>), or empty.</param>
/// <param name="Code">The code, lines separated by <c>\n</c>.</param>
public sealed record CodeBlock(string Language, string Code);

/// <summary>One item of a <see cref="ChecklistAttribute"/> task list.</summary>
/// <param name="Text">The item's text.</param>
/// <param name="Done">Whether the box is ticked (<c>- [x]</c>).</param>
public sealed record ChecklistItem(string Text, bool Done = false);

/// <summary>Small text helpers used by generated code.</summary>
public static class ReportText
{
    /// <summary>The number of decimal digits of a positive item number (the width of a numbered-list marker).</summary>
    public static int NumberWidth(int number)
    {
        var width = 1;
        while (number >= 10)
        {
            number /= 10;
            width++;
        }

        return width;
    }
}
