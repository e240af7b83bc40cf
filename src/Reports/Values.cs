namespace Reports;

/// <summary>A fenced code block: its language (the info string, may be empty) and its code.</summary>
/// <param name="Language">The language written after the opening fence (<c>csharp</c>), or empty.</param>
/// <param name="Code">The code, lines separated by <c>\n</c>.</param>
public sealed record CodeBlock(string Language, string Code);

/// <summary>One item of a <see cref="ChecklistAttribute"/> task list.</summary>
/// <param name="Text">The item's text.</param>
/// <param name="Done">Whether the box is ticked (<c>- [x]</c>).</param>
public sealed record ChecklistItem(string Text, bool Done = false)
{
    /// <summary>
    /// The items nested under this one (<c>  - [ ] Subtask 1.1</c>), as task lists break a task into subtasks; each may
    /// have its own.
    /// </summary>
    public ReportList<ChecklistItem> Items { get; init; } = ReportList<ChecklistItem>.Empty;
}

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

    /// <summary>
    /// The role as <paramref name="roles"/> spells it when <paramref name="role"/> names it in any case and with blanks
    /// around it (<c>"code reviewer agent"</c> for <c>Code Reviewer Agent</c>), or null when it names none.
    /// </summary>
    public static string? FindRole(string role, System.Collections.Generic.IReadOnlyList<string> roles)
    {
        if (role is null || roles is null)
        {
            return null;
        }

        var wanted = role.Trim();
        for (var i = 0; i < roles.Count; i++)
        {
            if (string.Equals(roles[i], wanted, System.StringComparison.OrdinalIgnoreCase))
            {
                return roles[i];
            }
        }

        return null;
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

/// <summary>
/// A section's body kept as Markdown: paragraphs, lists, quotes, code, tables and deeper headings, written as they are
/// and read back as they were written (<c>[Section("Context")] public MarkdownText? Context</c>). Plain text is escaped
/// so that it shows as written; this is for the parts of a report that are prose with formatting.
/// </summary>
/// <remarks>
/// The text is kept with <c>\n</c> line breaks and without blank lines at its start and end, as a report carries it.
/// Writing refuses Markdown that would change the report around it: a heading not deeper than the section's, or a
/// code fence or HTML block left open (it would take in the rest of the report).
/// </remarks>
public sealed record MarkdownText
{
    /// <summary>Creates the body from <paramref name="markdown"/>.</summary>
    public MarkdownText(string markdown)
    {
        if (markdown is null)
        {
            throw new System.ArgumentNullException(nameof(markdown));
        }

        Markdown = Normalize(markdown);
    }

    /// <summary>The Markdown source: <c>\n</c> line breaks, no blank line first or last.</summary>
    public string Markdown { get; }

    /// <summary>
    /// What a reader sees of the Markdown, as completeness checks compare it with placeholders: without its HTML comments
    /// (<c>&lt;!-- describe the context --&gt;</c> left from a template), empty when it shows nothing but line-break tags
    /// and no-break spaces, and without emphasis or code around the whole of it (<c>**TBD**</c> is <c>TBD</c>).
    /// </summary>
    public string Visible
    {
        get
        {
            var text = WithoutComments().Trim();
            return ShowsNothing(text) ? string.Empty : Unwrapped(text);
        }
    }

    private string WithoutComments()
    {
        var start = Markdown.IndexOf("<!--", System.StringComparison.Ordinal);
        if (start < 0)
        {
            return Markdown;
        }

        var text = new System.Text.StringBuilder(Markdown.Length);
        var from = 0;
        while (start >= 0)
        {
            // "<!-->" and "<!--->" are whole comments too; an unclosed one hides the rest.
            var end = Markdown.IndexOf("-->", start + 2, System.StringComparison.Ordinal);
            text.Append(Markdown, from, start - from);
            from = end < 0 ? Markdown.Length : end + 3;
            start = end < 0 ? -1 : Markdown.IndexOf("<!--", from, System.StringComparison.Ordinal);
        }

        text.Append(Markdown, from, Markdown.Length - from);
        return text.ToString().Trim();
    }

    private static readonly string[] NothingShown = { "<br>", "<br/>", "<br />", "&nbsp;", "&#160;", "&#xa0;" };

    private static readonly string[] WholeMarks = { "**", "__", "~~", "*", "_", "`" };

    /// <summary>Whether the text is only blanks, line-break tags and no-break spaces.</summary>
    private static bool ShowsNothing(string text)
    {
        var rest = text;
        foreach (var shown in NothingShown)
        {
            rest = rest.Replace(shown, string.Empty).Replace(shown.ToUpperInvariant(), string.Empty);
        }

        return rest.Trim().Length == 0;
    }

    /// <summary>The text without emphasis or code marks around the whole of it, however deep.</summary>
    private static string Unwrapped(string text)
    {
        var unwrapped = true;
        while (unwrapped)
        {
            unwrapped = false;
            foreach (var mark in WholeMarks)
            {
                if (text.Length > 2 * mark.Length && text.StartsWith(mark, System.StringComparison.Ordinal) && text.EndsWith(mark, System.StringComparison.Ordinal)
                    && text.IndexOf(mark, mark.Length, text.Length - (2 * mark.Length), System.StringComparison.Ordinal) < 0)
                {
                    text = text.Substring(mark.Length, text.Length - (2 * mark.Length)).Trim();
                    unwrapped = true;
                    break;
                }
            }
        }

        return text;
    }

    /// <inheritdoc/>
    public override string ToString() => Markdown;

    /// <summary>Converts Markdown source to a body (null to null).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(markdown))]
    public static implicit operator MarkdownText?(string? markdown) => markdown is null ? null : new(markdown);

    private static string Normalize(string markdown)
    {
        var text = markdown.IndexOf('\r') >= 0 ? markdown.Replace("\r\n", "\n").Replace('\r', '\n') : markdown;
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0 || !IsBlank(text, start, end))
            {
                break;
            }

            start = end + 1;
        }

        var stop = text.Length;
        while (stop > start)
        {
            var lineStart = text.LastIndexOf('\n', stop - 1) + 1;
            if (lineStart < start || !IsBlank(text, lineStart, stop))
            {
                break;
            }

            stop = lineStart == 0 ? 0 : lineStart - 1;
        }

        return stop <= start ? string.Empty : text.Substring(start, stop - start);
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
