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

#if NET8_0_OR_GREATER
    /// <summary>
    /// How a time is written: <c>HH:mm</c>, or <c>HH:mm:ss</c> when it has seconds, or <c>HH:mm:ss.FFFFFFF</c> when it
    /// has a fraction of one (its digits to the last that is not zero), so that it reads back the same.
    /// </summary>
    public static string TimeFormat(System.TimeOnly time) =>
        time.Ticks % System.TimeSpan.TicksPerMinute == 0 ? "HH:mm"
        : time.Ticks % System.TimeSpan.TicksPerSecond == 0 ? "HH:mm:ss"
        : "HH:mm:ss.FFFFFFF";
#endif
}
