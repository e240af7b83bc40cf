using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Reports;

/// <summary>Where a value is written, which decides how it is escaped.</summary>
public enum TextContext
{
    /// <summary>Inside a line, after other text (a field value after its label).</summary>
    Inline = 0,

    /// <summary>At the start of a line (a list item's text): block markers at the start are escaped too.</summary>
    LineStart = 1,

    /// <summary>Inside a heading: <c>#</c> is escaped as well.</summary>
    Heading = 2,

    /// <summary>Inside a table cell.</summary>
    TableCell = 3,
}

/// <summary>Where a Markdown value (<see cref="MarkdownText"/>) stands, which decides what its lines may hold.</summary>
public enum MarkdownPlace
{
    /// <summary>After a label in a paragraph (<c>**Label**: value</c>): its lines continue the label's paragraph.</summary>
    AfterLabel = 0,

    /// <summary>On the lines under a label (<c>**Label**:</c> then the value): its first line continues the label's paragraph too.</summary>
    BelowLabel = 1,

    /// <summary>After a label in a list item (<c>- **Label**: value</c>): its lines continue the item.</summary>
    AfterLabelInItem = 2,

    /// <summary>A list item of its own (<c>- value</c>).</summary>
    ListItem = 3,

    /// <summary>A table cell: one line.</summary>
    TableCell = 4,
}

/// <summary>
/// Writes Markdown into a pooled buffer, a <see cref="TextWriter"/> or an <see cref="IBufferWriter{T}"/>.
/// Generated report code calls it; it is the one place that knows how values are escaped so that no value
/// can open a heading, list item, table column, code fence or another field of its own, and so that the
/// reader gives back exactly the value that was written.
/// </summary>
/// <remarks>
/// Constant text is written as it is (<see cref="Write(string)"/>). Values go through the escaping methods:
/// ASCII punctuation with inline meaning is backslash-escaped (<c>&lt;</c> and, inside text GitHub autolinks,
/// <c>*</c>, <c>_</c>, <c>~</c> are character references instead, since an autolink takes a backslash before
/// them), characters Markdown would drop or reinterpret (line breaks in a one-line context, leading and trailing
/// blanks, control characters) are written as numeric character references, an empty value where it would be
/// lost or ambiguous is a lone backslash, and values Markdown cannot carry at all (U+0000, unpaired
/// surrogates) are refused with <see cref="ReportRenderException"/>.
/// This is a mutable struct: pass it by <see langword="ref"/> and dispose it once.
/// </remarks>
public struct MarkdownWriter : IDisposable
{
    private const int MinimumBuffer = 256;

    // How many characters of a run are copied one by one before the rest is searched at vector speed.
    private const int QuickRun = 16;
    private static readonly string[] Spaces = CreateSpaces(32);

    private char[] _buffer;
    private int _pos;
    private readonly TextWriter? _textWriter;
    private readonly IBufferWriter<char>? _bufferWriter;

    private MarkdownWriter(int capacity, TextWriter? textWriter, IBufferWriter<char>? bufferWriter)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, MinimumBuffer));
        _pos = 0;
        _textWriter = textWriter;
        _bufferWriter = bufferWriter;
    }

    /// <summary>A writer that builds a string (<see cref="ToStringAndDispose"/>).</summary>
    /// <param name="capacityHint">The expected length of the text.</param>
    public static MarkdownWriter ForString(int capacityHint) => new(capacityHint, null, null);

    /// <summary>A writer that writes into <paramref name="writer"/> (call <see cref="Flush"/> at the end).</summary>
    public static MarkdownWriter For(TextWriter writer) =>
        new(4096, writer ?? throw new ArgumentNullException(nameof(writer)), null);

    /// <summary>A writer that writes into <paramref name="writer"/> (call <see cref="Flush"/> at the end).</summary>
    public static MarkdownWriter For(IBufferWriter<char> writer) =>
        new(4096, null, writer ?? throw new ArgumentNullException(nameof(writer)));

    /// <summary>Writes constant Markdown as it is.</summary>
    public void Write(string text)
    {
        if (text.Length > _buffer.Length - _pos)
        {
            Grow(text.Length);
        }

        text.CopyTo(0, _buffer, _pos, text.Length);
        _pos += text.Length;
    }

    /// <summary>Writes <paramref name="width"/> spaces (the indentation of nested list content).</summary>
    public void WriteIndent(int width)
    {
        if (width <= 0)
        {
            return;
        }

        Write(width < Spaces.Length ? Spaces[width] : new string(' ', width));
    }

    /// <summary>Writes one-line text, escaped for <paramref name="context"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="context">Where the value stands.</param>
    /// <param name="path">The value's path, for errors.</param>
    /// <param name="stop">
    /// Text that follows the value in an inline format; occurrences of it inside the value are written
    /// as character references so that the reader finds the real one.
    /// </param>
    public void WriteText(string value, TextContext context, string path, string? stop = null) =>
        WriteEscaped(value.AsSpan(), context, path, stop, multiLine: false, indent: 0);

    /// <summary>
    /// Writes one-line text that follows a <c>&lt;</c> of the format's own (<c>"{Name} &lt;{Mail}&gt;"</c>). An e-mail
    /// address or a URL, which makes the <c>&lt;</c> an autolink, is written as it is. Any other value that would make
    /// it open HTML (a tag as in <c>img src=x</c>, a comment <c>!-- …</c>, <c>/b</c>, <c>?php</c>) has its first
    /// character escaped, so that the value shows as the text it is and hides nothing after it.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="context">Where the value stands.</param>
    /// <param name="path">The value's path, for errors.</param>
    /// <param name="stop">The text that follows the value in the format.</param>
    public void WriteTextAfterLessThan(string value, TextContext context, string path, string? stop = null)
    {
        var first = value.Length > 0 ? value[0] : '\0';
        var opensHtml = first is '/' or '!' or '?' || IsAsciiLetter(first);
        if (!opensHtml)
        {
            WriteText(value, context, path, stop);
            return;
        }

        if (stop is { Length: > 0 } && stop[0] == '>' && IsAutolinkBody(value))
        {
            Write(value);
            return;
        }

        if (first is '/' or '!' or '?')
        {
            WriteEscapedChar(first);
        }
        else
        {
            // A letter takes no backslash escape.
            WriteCharReference(first);
        }

        WriteEscaped(value.AsSpan(1), context == TextContext.LineStart ? TextContext.Inline : context, path, stop, multiLine: false, indent: 0);
    }

    /// <summary>
    /// Whether <paramref name="value"/> between <c>&lt;</c> and <c>&gt;</c> is a CommonMark autolink (a URL with a scheme,
    /// or an e-mail address) that reads back as it is: with no <c>&amp;</c> or backslash, which a reader decodes, and no
    /// <c>|</c>, which would end a table cell.
    /// </summary>
    private static bool IsAutolinkBody(string value)
    {
        var colon = value.IndexOf(':');
        if (colon >= 2 && colon <= 32 && IsScheme(value, colon))
        {
            for (var i = colon + 1; i < value.Length; i++)
            {
                var c = value[i];
                if (c <= ' ' || c is '<' or '>' or '&' or '\\' or '|' or '\u007f')
                {
                    return false;
                }
            }

            return true;
        }

        var at = value.IndexOf('@');
        if (at < 1 || at == value.Length - 1)
        {
            return false;
        }

        for (var i = 0; i < at; i++)
        {
            if (!IsAsciiLetterOrDigit(value[i]) && ".!#$%'*+/=?^_`{}~-".IndexOf(value[i]) < 0)
            {
                return false;
            }
        }

        // The domain: labels of letters, digits and inner hyphens, up to 63 characters, separated by dots.
        var labelStart = at + 1;
        for (var i = labelStart; i <= value.Length; i++)
        {
            if (i == value.Length || value[i] == '.')
            {
                var length = i - labelStart;
                if (length is < 1 or > 63 || value[labelStart] == '-' || value[i - 1] == '-')
                {
                    return false;
                }

                labelStart = i + 1;
            }
            else if (!IsAsciiLetterOrDigit(value[i]) && value[i] != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsScheme(string value, int colon)
    {
        if (!IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!IsAsciiLetterOrDigit(value[i]) && value[i] is not ('+' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Writes text that may hold several lines as the lines of one paragraph. Continuation lines are
    /// indented by <paramref name="indent"/> spaces; an empty line is written as a lone backslash so the
    /// paragraph does not end.
    /// </summary>
    public void WriteMultiLineText(string value, int indent, string path) =>
        WriteEscaped(value.AsSpan(), TextContext.LineStart, path, null, multiLine: true, indent);

    /// <summary>
    /// Writes free text beside fields with plain labels (<c>Date: …</c>): text that starts with one of
    /// <paramref name="plainLabels"/> (one per line) has its first character written as a character reference, so that
    /// it shows the same and does not read as that field.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <param name="indent">The indentation of its lines after the first.</param>
    /// <param name="path">The value's path, for errors.</param>
    /// <param name="plainLabels">The plain labels of the fields beside it, one per line.</param>
    public void WriteMultiLineText(string value, int indent, string path, string plainLabels)
    {
        if (value.Length > 0 && !char.IsSurrogate(value[0]) && StartsWithLabel(value, plainLabels))
        {
            WriteCharReference(value[0]);
            WriteEscaped(value.AsSpan(1), TextContext.Inline, path, null, multiLine: true, indent);
            return;
        }

        WriteMultiLineText(value, indent, path);
    }

    /// <summary>Whether <paramref name="value"/> starts with one of <paramref name="labels"/> (one per line, any case) and then ends, or goes on with a colon, a blank, a parenthesis or a line break.</summary>
    private static bool StartsWithLabel(string value, string labels)
    {
        for (var start = 0; start < labels.Length;)
        {
            var end = labels.IndexOf('\n', start);
            end = end < 0 ? labels.Length : end;
            var length = end - start;
            if (length > 0 && value.Length >= length && string.Compare(value, 0, labels, start, length, StringComparison.OrdinalIgnoreCase) == 0
                && (value.Length == length || value[length] is ':' or ' ' or '\t' or '(' or '\n' or '\r'))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

#if NET8_0_OR_GREATER
    // Numbers are formatted on the stack: writing a report into a reused buffer allocates nothing.

    /// <summary>Writes a 32-bit integer.</summary>
    public void WriteValue(int value, TextContext context, string path, string? stop = null)
    {
        if (TryWriteDigits(value, context, stop))
        {
            return;
        }

        Span<char> chars = stackalloc char[16];
        value.TryFormat(chars, out var written, default, CultureInfo.InvariantCulture);
        WriteEscaped(chars.Slice(0, written), context, path, stop, multiLine: false, indent: 0);
    }

    /// <summary>Writes a 64-bit integer.</summary>
    public void WriteValue(long value, TextContext context, string path, string? stop = null)
    {
        Span<char> chars = stackalloc char[24];
        value.TryFormat(chars, out var written, default, CultureInfo.InvariantCulture);
        WriteEscaped(chars.Slice(0, written), context, path, stop, multiLine: false, indent: 0);
    }

    /// <summary>Writes a decimal number.</summary>
    public void WriteValue(decimal value, TextContext context, string path, string? stop = null)
    {
        Span<char> chars = stackalloc char[40];
        value.TryFormat(chars, out var written, default, CultureInfo.InvariantCulture);
        WriteEscaped(chars.Slice(0, written), context, path, stop, multiLine: false, indent: 0);
    }

    /// <summary>Writes a floating-point number in its shortest round-trip form.</summary>
    public void WriteValue(double value, TextContext context, string path, string? stop = null)
    {
        Span<char> chars = stackalloc char[40];
        value.TryFormat(chars, out var written, "R", CultureInfo.InvariantCulture);
        WriteEscaped(chars.Slice(0, written), context, path, stop, multiLine: false, indent: 0);
    }
#else
    /// <summary>Writes a 32-bit integer.</summary>
    public void WriteValue(int value, TextContext context, string path, string? stop = null)
    {
        if (TryWriteDigits(value, context, stop))
        {
            return;
        }

        WriteText(value.ToString(CultureInfo.InvariantCulture), context, path, stop);
    }

    /// <summary>Writes a 64-bit integer.</summary>
    public void WriteValue(long value, TextContext context, string path, string? stop = null) =>
        WriteText(value.ToString(CultureInfo.InvariantCulture), context, path, stop);

    /// <summary>Writes a decimal number.</summary>
    public void WriteValue(decimal value, TextContext context, string path, string? stop = null) =>
        WriteText(value.ToString(CultureInfo.InvariantCulture), context, path, stop);

    /// <summary>Writes a floating-point number in its shortest round-trip form.</summary>
    public void WriteValue(double value, TextContext context, string path, string? stop = null) =>
        WriteText(value.ToString("R", CultureInfo.InvariantCulture), context, path, stop);
#endif

    /// <summary>Writes <c>Yes</c> or <c>No</c>.</summary>
    public void WriteValue(bool value) => Write(value ? "Yes" : "No");

    /// <summary>Writes a date and time in the round-trip (<c>O</c>) format.</summary>
    public void WriteValue(DateTime value, TextContext context, string path, string? stop = null) =>
        WriteText(value.ToString("O", CultureInfo.InvariantCulture), context, path, stop);

    /// <summary>Writes a date and time with offset in the round-trip (<c>O</c>) format.</summary>
    public void WriteValue(DateTimeOffset value, TextContext context, string path, string? stop = null) =>
        WriteText(value.ToString("O", CultureInfo.InvariantCulture), context, path, stop);

#if NET8_0_OR_GREATER
    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public void WriteValue(DateOnly value, TextContext context, string path, string? stop = null)
    {
        // The invariant culture's calendar is the Gregorian one, whose years are 1 to 9999: four digits.
        Span<char> chars = stackalloc char[10];
        FormatFixed(chars.Slice(0, 4), value.Year);
        chars[4] = '-';
        FormatFixed(chars.Slice(5, 2), value.Month);
        chars[7] = '-';
        FormatFixed(chars.Slice(8, 2), value.Day);
        WriteEscaped(chars, context, path, stop, multiLine: false, indent: 0);
    }

    /// <summary>Writes a time as <c>HH:mm</c>, with its seconds (<c>HH:mm:ss</c>) and their fraction only when it has them.</summary>
    public void WriteValue(TimeOnly value, TextContext context, string path, string? stop = null)
    {
        Span<char> chars = stackalloc char[16];
        value.TryFormat(chars, out var length, ReportText.TimeFormat(value), CultureInfo.InvariantCulture);
        WriteEscaped(chars.Slice(0, length), context, path, stop, multiLine: false, indent: 0);
    }

#endif

    /// <summary>
    /// Writes a section's Markdown body as it is, then a line break, after checking that it keeps the report around
    /// it: no heading of <paramref name="headingLevel"/> (the section's) or higher, no code fence or HTML block left
    /// open, no rule at its end.
    /// </summary>
    /// <exception cref="ReportRenderException">The body would change the report around it.</exception>
    /// <param name="value">The body.</param>
    /// <param name="headingLevel">The level of the section's heading.</param>
    /// <param name="path">The section's path, for the exception.</param>
    /// <param name="reservedHeadings">The report's section headings: a heading of the body may not be one of them (it would read as that section).</param>
    public void WriteMarkdownBody(MarkdownText value, int headingLevel, string path, string[]? reservedHeadings = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        if (value.Markdown.Length == 0)
        {
            return;
        }

        CheckCarriable(value.Markdown.AsSpan(), path);
        if (Reading.ReportReader.MarkdownBodyProblem(value.Markdown, headingLevel, reservedHeadings) is { } problem)
        {
            throw new ReportRenderException(path, problem);
        }

        Write(value.Markdown);
        Write("\n");
    }

    /// <summary>
    /// Writes the items nested under a task list's item (<c>  - [ ] Subtask 1.1</c>), each on its line under the item's
    /// text, and theirs under them.
    /// </summary>
    /// <param name="items">The nested items.</param>
    /// <param name="indent">The column the parent item's text starts at.</param>
    /// <param name="bullet">The report's bullet and the blank after it (<c>"- "</c>).</param>
    /// <param name="path">The parent item's path, for errors.</param>
    public void WriteChecklistItems(ReportList<ChecklistItem> items, int indent, string bullet, string path)
    {
        if (items is null || bullet is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? throw new ReportRenderException(path, "a nested item is null; remove it or give it a ChecklistItem");
            Write(new string(' ', indent));
            Write(bullet);
            Write(item.Done ? "[x] " : "[ ] ");
            WriteText(item.Text ?? string.Empty, TextContext.Inline, path);
            Write("\n");
            if (item.Items is { Count: > 0 } nested)
            {
                WriteChecklistItems(nested, indent + bullet.Length, bullet, path);
            }
        }
    }

    /// <summary>
    /// Refuses the value heading a repeated section's item (<c>## {Category}</c>) when it would read as the heading of a
    /// section beside it (a category named <c>Notes</c> or <c>Note</c> beside the <c>Notes</c> section), as a reader matches
    /// headings: in any case, without the bold, colon or emoji agents add, and a letter or two off (a misspelt section).
    /// </summary>
    /// <param name="value">The item's heading value.</param>
    /// <param name="headings">The headings of the sections beside the repeated one, one per line, and the labels of the fields written as headings there, each with its colon.</param>
    /// <param name="path">The value's path, for the error.</param>
    public static void CheckItemHeading(string? value, string headings, string path) => CheckItemHeading(value, headings, path, nearly: true);

    /// <summary>
    /// As <see cref="CheckItemHeading(string?, string, string)"/>; with <paramref name="nearly"/> false, for a heading of
    /// several values, only one that reads as a section's heading itself is refused (a reader takes near misses of such a
    /// heading for items).
    /// </summary>
    /// <param name="value">The item's heading.</param>
    /// <param name="headings">The headings of the sections beside the repeated one, one per line, and the labels of the fields written as headings there, each with its colon.</param>
    /// <param name="path">The value's path, for the error.</param>
    /// <param name="nearly">Whether a heading a letter or two off a section's is refused too.</param>
    public static void CheckItemHeading(string? value, string headings, string path, bool nearly)
    {
        if (value is null || headings is null)
        {
            return;
        }

        var written = Reading.ReportReader.LooseHeading(Reading.ReportReader.NormalizeLabel(value.AsSpan()));
        foreach (var heading in headings.Split('\n'))
        {
            if (heading.EndsWith(":", StringComparison.Ordinal))
            {
                // A field written as a heading ("Status:"): a value that starts so would read as it.
                if (value.TrimStart().StartsWith(heading.Substring(0, heading.Length - 1), StringComparison.OrdinalIgnoreCase)
                    && value.TrimStart().Substring(heading.Length - 1).TrimStart().StartsWith(":", StringComparison.Ordinal))
                {
                    throw new ReportRenderException(path, "'" + value + "' heads an item, but a reader would take it for the field '" + heading.Substring(0, heading.Length - 1) + "' written as a heading beside it; give the item another name");
                }

                continue;
            }

            var other = Reading.ReportReader.LooseHeading(heading.AsSpan());
            if (other.Length > 0 && (nearly
                ? Reading.ReportReader.NearlyEquals(written, other) || Reading.ReportReader.NearlyEquals(Reading.ReportReader.WithoutParenthetical(written), other)
                : Reading.ReportReader.LabelEquals(written, other)))
            {
                throw new ReportRenderException(path, "'" + value + "' heads an item, but a reader would take it for the section '" + heading + "' beside it (or for that section misspelt); give the item another name");
            }
        }
    }

    /// <summary>
    /// Writes a section's Markdown body under a section whose template shows <paramref name="guidance"/> first or
    /// <paramref name="trailingGuidance"/> last: a reader skips those lines where a report kept them, so a body that starts
    /// or ends with them would lose them.
    /// </summary>
    /// <exception cref="ReportRenderException">The body would not read back (see the other overload), or starts with the guidance or ends with the trailing guidance.</exception>
    public void WriteMarkdownBody(MarkdownText value, int headingLevel, string path, string[]? reservedHeadings, string? guidance, string? trailingGuidance)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        // As the reader takes the body: without the blank lines at its ends.
        var lines = value.Markdown.Replace("\r\n", "\n").Trim('\n', ' ', '\t').Split('\n');
        if (guidance is not null && Reading.ReportReader.EdgeLines(lines, guidance, atEnd: false) > 0)
        {
            throw new ReportRenderException(path, "the Markdown starts with the section's guidance, which a reader skips as the template's; reword its first lines");
        }

        if (trailingGuidance is not null && Reading.ReportReader.EdgeLines(lines, trailingGuidance, atEnd: true) > 0)
        {
            throw new ReportRenderException(path, "the Markdown ends with the section's closing guidance, which a reader skips as the template's; reword its last lines");
        }

        WriteMarkdownBody(value, headingLevel, path, reservedHeadings);
    }

    /// <summary>
    /// Writes Markdown as it is, as the one paragraph of a field, a list item or a table cell, so that its code spans,
    /// emphasis and links show and read back as written. Its lines after the first are indented by
    /// <paramref name="indent"/> spaces; in a table cell its pipes are escaped, as GFM reads a cell.
    /// </summary>
    /// <exception cref="ReportRenderException">
    /// The Markdown is empty, or would not stay one paragraph there: an empty line, a line that opens a block (a list,
    /// a quote, a heading, a fence, a table), in a paragraph a line that reads as the next field's label or a table row,
    /// blanks at a line's ends, or a line break in a table cell.
    /// </exception>
    /// <param name="value">The Markdown.</param>
    /// <param name="place">Where it stands.</param>
    /// <param name="indent">The indentation of its lines after the first.</param>
    /// <param name="path">The value's path, for the exception.</param>
    public void WriteMarkdown(MarkdownText value, MarkdownPlace place, int indent, string path)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var markdown = value.Markdown;
        CheckCarriable(markdown.AsSpan(), path);
        if (Reading.ReportReader.InlineMarkdownProblem(markdown, place) is { } problem)
        {
            throw new ReportRenderException(path, problem);
        }

        var from = 0;
        var separator = place == MarkdownPlace.TableCell ? '|' : '\n';
        for (var at = markdown.IndexOf(separator); at >= 0; at = markdown.IndexOf(separator, from))
        {
            WriteRaw(markdown.AsSpan(from, at - from));
            if (separator == '|')
            {
                Write("\\|");
            }
            else
            {
                Write("\n");
                WriteIndent(indent);
            }

            from = at + 1;
        }

        WriteRaw(markdown.AsSpan(from));
    }

    /// <summary>
    /// Writes a value as inline code (<c>`value`</c>), or, when inline code cannot carry it (a line break,
    /// an empty value, <paramref name="stop"/> inside it), as escaped text, which the reader also accepts.
    /// </summary>
    public void WriteCode(string value, TextContext context, string path, string? stop = null)
    {
        if (!FitsCodeSpan(value, stop))
        {
            WriteText(value, context, path, stop);
            return;
        }

        WriteCodeSpan(string.Empty, value, null, null, null, path);
    }

    /// <summary>
    /// Writes inline code made of constant text around one value (<c>`src/{Path}`</c>); falls back to
    /// escaped text when inline code cannot carry the value.
    /// </summary>
    public void WriteCode(string lead, string value, string tail, TextContext context, string path, string? stop)
    {
        // FitsCodeSpan looks at the value (line breaks, pipes, blanks, the stop); the constant parts only need to carry.
        if (CodeSpanPartCarries(lead) && CodeSpanPartCarries(tail) && FitsCodeSpan(value, tail.Length > 0 ? tail : null))
        {
            WriteCodeSpan(lead, value, null, null, tail, path);
            return;
        }

        Write(lead);
        WriteText(value, lead.Length == 0 ? context : TextContext.Inline, path, tail.Length > 0 ? tail : stop);
        Write(tail);
    }

    /// <summary>
    /// Writes inline code made of constant text around two values (<c>`{Method} {Path}`</c>); falls back to
    /// escaped text when inline code cannot carry them.
    /// </summary>
    public void WriteCode(string lead, string first, string separator, string second, string tail, TextContext context, string path, string? stop)
    {
        if (CodeSpanPartCarries(lead) && CodeSpanPartCarries(separator) && CodeSpanPartCarries(tail)
            && FitsCodeSpan(first, separator.Length > 0 ? separator : null) && FitsCodeSpan(second, tail.Length > 0 ? tail : null))
        {
            WriteCodeSpan(lead, first, separator, second, tail, path);
            return;
        }

        Write(lead);
        WriteText(first, lead.Length == 0 ? context : TextContext.Inline, path, separator);
        Write(separator);
        WriteText(second, TextContext.Inline, path, tail.Length > 0 ? tail : stop);
        Write(tail);
    }

    /// <summary>
    /// Writes a fenced code block: the opening fence with <paramref name="language"/>, the code lines
    /// (each indented by <paramref name="indent"/> after the first), and the closing fence, without a final
    /// line break. The fence is longer than any run of backticks in the code.
    /// </summary>
    public void WriteFencedCode(string language, string code, int indent, string path)
    {
        CheckCarriable(code.AsSpan(), path);
        if (code.IndexOf('\r') >= 0)
        {
            throw new ReportRenderException(path, "the code holds a carriage return (U+000D), which a fenced code block cannot carry; use \\n line endings.");
        }

        var fenceLength = Math.Max(3, LongestRun(code, '`') + 1);
        WriteRepeated('`', fenceLength);
        WriteInfoString(language, path);
        Write("\n");
        var start = 0;
        while (true)
        {
            WriteIndent(indent);
            var end = code.IndexOf('\n', start);
            var line = end < 0 ? code.AsSpan(start) : code.AsSpan(start, end - start);
            WriteRaw(line);
            Write("\n");
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        WriteIndent(indent);
        WriteRepeated('`', fenceLength);
    }

    /// <summary>
    /// Writes a value inside a fenced block, where nothing can be escaped: a value holding a line break,
    /// leading or trailing blanks or <paramref name="stop"/> is refused.
    /// </summary>
    public void WriteFencedValue(string value, string path, string? stop = null)
    {
        CheckCarriable(value.AsSpan(), path);
        if (value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0)
        {
            throw new ReportRenderException(path, "the value holds a line break, which a line inside a fenced block cannot carry.");
        }

        // The reader trims spaces and tabs from a fenced line (only those: other Unicode blanks are kept).
        if (value.Length > 0 && (value[0] is ' ' or '\t' || value[value.Length - 1] is ' ' or '\t'))
        {
            throw new ReportRenderException(path, "the value starts or ends with a blank, which a line inside a fenced block cannot keep.");
        }

        if (!string.IsNullOrEmpty(stop) && HoldsStop(value.AsSpan(), stop!))
        {
            throw new ReportRenderException(path, $"the value holds \"{stop}\", which separates it from the next value on its line inside a fenced block.");
        }

        Write(value);
    }

    /// <summary>
    /// Whether <paramref name="stop"/> would be found in the value or where the value runs on into the stop
    /// written after it ("a -" before " - ").
    /// </summary>
    private static bool HoldsStop(ReadOnlySpan<char> value, string stop) => FindStop(value, 0, stop) < value.Length;

    /// <summary>
    /// Writes the value of a YAML front matter line, after its <c>key: </c>: plain where YAML reads it back as the same
    /// text, otherwise in double quotes with YAML's escapes (a line break as <c>\n</c>).
    /// </summary>
    /// <param name="value">The value's text (a number, date or option already formatted).</param>
    /// <param name="path">Its path, for errors.</param>
    /// <param name="text">
    /// Whether the value is text, which is quoted also where a YAML reader would take it plain for a number, a date, a
    /// yes/no or null (<c>"2026"</c>, <c>"yes"</c>); a typed value is written plain then.
    /// </param>
    /// <exception cref="ReportRenderException">The value holds U+0000 or an unpaired surrogate.</exception>
    public void WriteFrontMatterValue(string value, string path, bool text = true)
    {
        CheckCarriable(value.AsSpan(), path);
        if (!NeedsYamlQuotes(value, text))
        {
            Write(value);
            return;
        }

        WriteChar('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    Write("\\\"");
                    break;
                case '\\':
                    Write("\\\\");
                    break;
                case '\n':
                    Write("\\n");
                    break;
                case '\r':
                    Write("\\r");
                    break;
                case '\t':
                    Write("\\t");
                    break;
                case < ' ' or '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF':
                    Write("\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    WriteChar(c);
                    break;
            }
        }

        WriteChar('"');
    }

    /// <summary>
    /// Writes the text of a list item, as <see cref="WriteText"/> does, except that an item whose text is the template's
    /// line saying more items may follow (<paramref name="moreItems"/>, or <paramref name="bareMoreItems"/>, that line
    /// without its comment), which a reader drops, has its first character written as a character reference: it shows
    /// the same and reads back as an item.
    /// </summary>
    /// <param name="value">The item's text.</param>
    /// <param name="context">Where the value stands.</param>
    /// <param name="path">The item's path, for errors.</param>
    /// <param name="moreItems">The list's <c>MoreItems</c> line.</param>
    /// <param name="bareMoreItems">That line without its HTML comments, trimmed.</param>
    public void WriteListItemText(string value, TextContext context, string path, string moreItems, string bareMoreItems)
    {
        if (!IsMoreItemsText(value, moreItems, bareMoreItems))
        {
            WriteText(value, context, path);
            return;
        }

        CheckCarriable(value.AsSpan(), path);
        var width = char.IsHighSurrogate(value[0]) && value.Length > 1 && char.IsLowSurrogate(value[1]) ? 2 : 1;
        Write("&#" + char.ConvertToUtf32(value, 0).ToString(CultureInfo.InvariantCulture) + ";");
        WriteEscaped(value.AsSpan(width), TextContext.Inline, path, null, multiLine: false, indent: 0);
    }

    /// <summary>Refuses a Markdown list item that is the template's line saying more items may follow, which a reader drops.</summary>
    /// <param name="value">The item.</param>
    /// <param name="path">The item's path, for errors.</param>
    /// <param name="moreItems">The list's <c>MoreItems</c> line.</param>
    /// <param name="bareMoreItems">That line without its HTML comments, trimmed.</param>
    /// <exception cref="ReportRenderException">The item is that line.</exception>
    public static void CheckListItemMarkdown(MarkdownText value, string path, string moreItems, string bareMoreItems)
    {
        if (value is not null && IsMoreItemsText(value.Markdown.Trim(' ', '\t'), moreItems, bareMoreItems))
        {
            throw new ReportRenderException(path, $"the item is \"{value.Markdown}\", the template's line saying more items may follow, which a reader drops; reword it, or make the list's items text (strings), which are written so that they stay items.");
        }
    }

    private static bool IsMoreItemsText(string text, string moreItems, string bareMoreItems) =>
        text.Length > 0 && (string.Equals(text, moreItems, StringComparison.Ordinal) || string.Equals(text, bareMoreItems, StringComparison.Ordinal));

    /// <summary>Whether a front matter value must be quoted to read back as written (see <see cref="WriteFrontMatterValue"/>).</summary>
    private static bool NeedsYamlQuotes(string value, bool text)
    {
        if (value.Length == 0 || value[0] is ' ' or '\t' || value[value.Length - 1] is ' ' or '\t' or ':')
        {
            return true;
        }

        var first = value[0];
        if ("[]{},#&*!|>'\"%@`".IndexOf(first) >= 0
            || (first is '-' or '?' or ':' && (value.Length == 1 || value[1] is ' ' or '\t')))
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF'
                || (c == ':' && i + 1 < value.Length && value[i + 1] is ' ' or '\t')
                || (c == '#' && value[i - 1] is ' ' or '\t'))
            {
                return true;
            }
        }

        if (!text)
        {
            return false;
        }

        // Plain, YAML would read these as something other than text: a number or date, a yes/no, null.
        return char.IsDigit(first) || (first is '.' or '+' or '-' && value.Length > 1 && (char.IsDigit(value[1]) || value[1] == '.'))
            || YamlWords.Contains(value);
    }

    private static readonly HashSet<string> YamlWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", "+.inf", ".nan",
    };

    /// <summary>Writes a fenced-block value given as a number.</summary>
    public void WriteFencedValue(int value) => Write(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether anything has been written (to decide a blank line before the next block).</summary>
    public readonly bool HasContent => _pos > 0 || _flushed;

    private bool _flushed;
    private char _lastFlushed;

    /// <summary>The last character written, or a line break at the start.</summary>
    private readonly char PreviousChar() => _pos > 0 ? _buffer[_pos - 1] : _flushed ? _lastFlushed : '\n';

    /// <summary>Sends what is buffered to the <see cref="TextWriter"/> or <see cref="IBufferWriter{T}"/>.</summary>
    public void Flush()
    {
        if (_pos == 0)
        {
            return;
        }

        if (_textWriter is not null)
        {
            _textWriter.Write(_buffer, 0, _pos);
        }
        else if (_bufferWriter is not null)
        {
            var span = _bufferWriter.GetSpan(_pos);
            _buffer.AsSpan(0, _pos).CopyTo(span);
            _bufferWriter.Advance(_pos);
        }
        else
        {
            return;
        }

        _flushed = true;
        _lastFlushed = _buffer[_pos - 1];
        _pos = 0;
    }

    /// <summary>Returns the text written so far and returns the buffer to the pool.</summary>
    public string ToStringAndDispose()
    {
        var text = new string(_buffer, 0, _pos);
        Dispose();
        return text;
    }

    /// <summary>Returns the pooled buffer.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<char>();
        _pos = 0;
        if (buffer is not null && buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void WriteCodeSpan(string lead, string? first, string? separator, string? second, string? tail, string path)
    {
        CheckCarriable(lead.AsSpan(), path);
        var run = Math.Max(LongestRun(lead, '`'), Math.Max(LongestRun(first, '`'), Math.Max(LongestRun(second, '`'), Math.Max(LongestRun(separator, '`'), LongestRun(tail, '`')))));
        var fence = run + 1;
        var firstChar = FirstChar(lead, first, separator, second, tail);
        var lastChar = LastChar(lead, first, separator, second, tail);

        // Inline code strips one leading and one trailing space when both are there, and a backtick at
        // either end would merge with the fence: pad with a space on both sides in those cases.
        var pad = firstChar == '`' || lastChar == '`' || (firstChar == ' ' && lastChar == ' ');
        WriteRepeated('`', fence);
        if (pad)
        {
            Write(" ");
        }

        Write(lead);
        if (first is not null)
        {
            CheckCarriable(first.AsSpan(), path);
            Write(first);
        }

        if (separator is not null)
        {
            Write(separator);
        }

        if (second is not null)
        {
            CheckCarriable(second.AsSpan(), path);
            Write(second);
        }

        if (tail is not null)
        {
            Write(tail);
        }

        if (pad)
        {
            Write(" ");
        }

        WriteRepeated('`', fence);
    }

    private static bool FitsCodeSpan(string value, string? stop)
    {
        if (value.Length == 0 || value.AsSpan().IndexOfAny('\n', '\r', '|') >= 0 || IsAllWhiteSpace(value))
        {
            return false;
        }

        return string.IsNullOrEmpty(stop) || value.IndexOf(stop!, StringComparison.Ordinal) < 0;
    }

    private static bool CodeSpanPartCarries(string? part) => part is null || part.AsSpan().IndexOfAny('\n', '\r', '|') < 0;

    private static bool IsAllWhiteSpace(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private void WriteInfoString(string language, string path)
    {
        CheckCarriable(language.AsSpan(), path);
        for (var i = 0; i < language.Length; i++)
        {
            var c = language[i];
            var edge = i == 0 || i == language.Length - 1;
            switch (c)
            {
                case '`':
                    Write("&#96;");
                    break;
                case '\\':
                case '&':
                    WriteChar('\\');
                    WriteChar(c);
                    break;
                case '\n':
                    Write("&#10;");
                    break;
                case '\r':
                    Write("&#13;");
                    break;
                case ' ' or '\t' when edge:
                    WriteCharReference(c);
                    break;
                default:
                    WriteChar(c);
                    break;
            }
        }
    }

    private void WriteEscaped(ReadOnlySpan<char> value, TextContext context, string path, string? stop, bool multiLine, int indent)
    {
        if (value.Length == 0)
        {
            // A lone backslash reads back as an empty value. It is written where nothing would be ambiguous:
            // an empty paragraph would vanish; an empty list item cannot follow a label line (it would turn the
            // label into a setext heading, or the rest of the line into a nested list item); an empty value
            // that starts a trimmed line or value, followed by text that starts with a blank
            // ("`{Path}` - {Purpose}" with an empty path), would lose that blank and split differently; and an
            // empty value that ends a line after a blank leaves trailing blanks an editor may strip ("- [ ] "
            // is a task item on GitHub, "- [ ]" is not). A table cell that is the value alone is none of these: it reads
            // back empty, and a backslash there would show.
            if (multiLine || context == TextContext.LineStart
                || (!(context == TextContext.TableCell && stop is null) && PreviousChar() is ' ' or '\t' or '\n' && (string.IsNullOrEmpty(stop) || IsBlank(stop![0]))))
            {
                Write("\\");
            }

            return;
        }

        if (multiLine)
        {
            WriteLines(value, indent, path);
            return;
        }

        // Most values need no escaping: check them once, at vector speed, and copy them as they are.
        if (!NeedsEscaping(value, context, stop))
        {
            WriteRaw(value);
            return;
        }

        EscapeLine(value, context, path, stop);
    }

    /// <summary>
    /// Writes the lines of a multi-line value: each line is escaped as text at the start of a line, continuation
    /// lines are indented, and an empty line is a lone backslash so that the paragraph goes on.
    /// </summary>
    private void WriteLines(ReadOnlySpan<char> value, int indent, string path)
    {
        var offset = 0;
        while (true)
        {
            var end = value.IndexOf('\n');
            var line = end < 0 ? value : value.Slice(0, end);
            if (line.Length == 0)
            {
                Write("\\");
            }
            else if (NeedsEscaping(line, TextContext.LineStart, null))
            {
                EscapeLine(line, TextContext.LineStart, path, null, offset);
            }
            else
            {
                WriteRaw(line);
            }

            if (end < 0)
            {
                return;
            }

            Write("\n");
            WriteIndent(indent);
            value = value.Slice(end + 1);
            offset += end + 1;
        }
    }

    /// <summary>
    /// Writes one line of text that needs escaping. Runs of characters that are written as they are copied at
    /// once; the characters between them are written one by one by the rules of <paramref name="context"/>.
    /// </summary>
    /// <param name="value">The line.</param>
    /// <param name="context">Where the line stands.</param>
    /// <param name="path">The value's path, for errors.</param>
    /// <param name="stop">The text after the value, or <see langword="null"/>.</param>
    /// <param name="offset">Where the line starts in the value, for errors.</param>
    private void EscapeLine(ReadOnlySpan<char> value, TextContext context, string path, string? stop, int offset = 0)
    {
        var lineStart = context == TextContext.LineStart;
        var heading = context == TextContext.Heading;

        // Blanks at either end are written as character references (Markdown would trim them); between the
        // first and the last other character they are written as they are.
        var contentStart = 0;
        while (contentStart < value.Length && IsBlank(value[contentStart]))
        {
            contentStart++;
        }

        var contentEnd = value.Length;
        while (contentEnd > contentStart && IsBlank(value[contentEnd - 1]))
        {
            contentEnd--;
        }

        // A line starting "1." or "1)" would be an ordered list item: its first ten characters go one by one.
        var runsFrom = Math.Max(contentStart, lineStart && value[0] is >= '0' and <= '9' ? 10 : 1);
        var nextStop = stop is { Length: > 0 } ? FindStop(value, 0, stop) : value.Length;
        var links = LinksUnknown;

        // What stands before the line in the text: whether a link at its very start follows a blank (autolinks need one).
        var afterBlank = PreviousChar() is ' ' or '\t' or '\n';

        var i = 0;
        while (i < value.Length)
        {
            if (i >= runsFrom && i < contentEnd && i < nextStop)
            {
                i = CopyPlainRun(value, i, Math.Min(contentEnd, nextStop), heading);
                if (i == value.Length)
                {
                    break;
                }
            }

            var c = value[i];
            var atStart = i == 0;
            if (i == nextStop)
            {
                // The stop starts here (inside the value, or running on into the stop written after it), or the '>'
                // closing "<https://…>" (see the '<' case) stands here: GitHub ends an autolink before "&gt;", a named
                // reference, but not before "&#62;".
                if (c == '>')
                {
                    Write("&gt;");
                }
                else
                {
                    WriteCharReference(c);
                }

                i++;
                nextStop = stop is { Length: > 0 } ? FindStop(value, i, stop) : value.Length;
                continue;
            }

            i++;
            switch (c)
            {
                case '\0':
                    throw new ReportRenderException(path, "the value holds U+0000 (NUL), which Markdown cannot carry; remove it.");
                case '\n':
                    Write("&#10;");
                    continue;
                case '\r':
                    Write("&#13;");
                    continue;
                case ' ' or '\t':
                    if (atStart || IsBlankRunToLineEnd(value, i - 1) || PrecedesOnlyBlanks(value, i - 1))
                    {
                        WriteCharReference(c);
                    }
                    else
                    {
                        WriteChar(c);
                    }

                    continue;
                case '<':
                    // Not "\<": GitHub's autolinks ("www.example.com\<b>") take the backslash into the link and
                    // leave the "<" to open raw HTML.
                    Write("&lt;");

                    // "<https://example.com>", CommonMark's autolink, as agents write it: after "&lt;" GitHub autolinks
                    // the URL and would take the ">" that closes it into the link, so that ">" is written as a character
                    // reference, as a stop is.
                    if (ClosingGreater(value, i) is var greater && greater >= 0 && greater < nextStop)
                    {
                        nextStop = greater;
                    }

                    continue;
                case '*' or '~' when MayHoldAutolink(value, ref links) && InAutolink(value, i - 1, stop):
                    if (InAutolinkPath(value, i - 1, stop, afterBlank))
                    {
                        WriteChar(c);
                    }
                    else
                    {
                        WriteCharReference(c);
                    }

                    continue;
                case '&' when !MayStartCharacterReference(value, i):
                    // An "&" that starts no character reference is text as it stands. Written as it is, a URL's query
                    // ("?a=1&b=2") stays a working link on GitHub, which takes a backslash into an autolink.
                    WriteChar(c);
                    continue;
                case '\\' or '`' or '*' or '[' or ']' or '|' or '~' or '&':
                case '>' when atStart && lineStart:
                    WriteEscapedChar(c);
                    continue;
                case '_':
                    if (IsInWord(value, i - 1))
                    {
                        WriteChar(c);
                    }
                    else if (MayHoldAutolink(value, ref links) && InAutolink(value, i - 1, stop))
                    {
                        if (InAutolinkPath(value, i - 1, stop, afterBlank))
                        {
                            WriteChar(c);
                        }
                        else
                        {
                            WriteCharReference(c);
                        }
                    }
                    else
                    {
                        WriteEscapedChar(c);
                    }

                    continue;
                // In a heading, a '#' after a blank (or first) might start the closing sequence; one after other text
                // cannot, and is written as it is (a URL's "#anchor" stays a working link).
                case '#' when (heading && (atStart || IsBlank(value[i - 2]))) || (atStart && lineStart):
                case '-' or '+' or '=' when atStart && lineStart:
                // GFM reads a line ":-:" under a paragraph line as a table's delimiter row, even without pipes.
                case ':' when atStart && lineStart:
                    WriteEscapedChar(c);
                    continue;
                case '.' or ')' when lineStart && IsOrderedListMarker(value, i - 1):
                    WriteEscapedChar(c);
                    continue;
            }

            if (c < ' ' && c != '\t')
            {
                WriteCharReference(c);
                continue;
            }

            if (IsBlank(c) && (atStart || IsBlankRunToLineEnd(value, i - 1) || PrecedesOnlyBlanks(value, i - 1)))
            {
                WriteCharReference(c);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i < value.Length && char.IsLowSurrogate(value[i]))
                {
                    WriteChar(c);
                    WriteChar(value[i++]);
                    continue;
                }

                throw new ReportRenderException(path, $"the value holds an unpaired surrogate (U+{(int)c:X4}) at index {offset + i - 1}, which UTF-8 Markdown cannot carry.");
            }

            WriteChar(c);
        }
    }

    /// <summary>
    /// Copies the characters from <paramref name="i"/> that are written as they are, up to <paramref name="limit"/>, and
    /// returns where they end. Runs between special characters are often short: their first characters are copied as
    /// they are looked at, and only a run longer than <see cref="QuickRun"/> is searched (at vector speed) and copied
    /// at once.
    /// </summary>
    private int CopyPlainRun(ReadOnlySpan<char> value, int i, int limit, bool heading)
    {
        var table = heading ? PlainInHeadingTable : PlainTable;
        while (true)
        {
            var quick = Math.Min(limit, i + QuickRun);
            if (_buffer.Length - _pos < QuickRun)
            {
                Grow(QuickRun);
            }

            var buffer = _buffer;
            var pos = _pos;
            while (i < quick)
            {
                var c = value[i];
                if (c >= 128 || !table[c])
                {
                    break;
                }

                buffer[pos++] = c;
                i++;
            }

            _pos = pos;
            if (i == quick && i < limit)
            {
                var run = PlainRunLength(value.Slice(i, limit - i), heading);
                WriteRaw(value.Slice(i, run));
                i += run;
            }

            // An underscore in a word opens no emphasis (snake_case): the run goes on after it.
            if (i < limit && value[i] == '_' && IsInWord(value, i))
            {
                WriteChar('_');
                i++;
                continue;
            }

            return i;
        }
    }

    /// <summary>The first index from <paramref name="from"/> at which <paramref name="stop"/> starts (<see cref="StopStartsAt"/>), or the length.</summary>
    private static int FindStop(ReadOnlySpan<char> value, int from, string stop)
    {
        if (value.Slice(from).IndexOfAny('\u2013', '\u2014') >= 0 && stop.IndexOf(" -", StringComparison.Ordinal) >= 0)
        {
            // The reader takes an en or em dash for a dash after a blank (see StopStartsAt): with one in the value,
            // look at every position.
            for (var p = from; p < value.Length; p++)
            {
                if (StopStartsAt(value, p, stop))
                {
                    return p;
                }
            }

            return value.Length;
        }

        var found = value.Slice(from).IndexOf(stop.AsSpan());
        if (found >= 0)
        {
            return from + found;
        }

        for (var p = Math.Max(from, value.Length - stop.Length + 1); p < value.Length; p++)
        {
            if (StopStartsAt(value, p, stop))
            {
                return p;
            }
        }

        return value.Length;
    }

    private const int LinksUnknown = 0;
    private const int LinksNone = 1;
    private const int LinksPossible = 2;

    /// <summary>
    /// Whether the line may hold text GitHub autolinks, looked at once per line (<paramref name="state"/>): every
    /// autolink start (<see cref="AutolinkPrefixes"/>, in any case) holds <c>://</c> or <c>www.</c>, so a line with
    /// neither needs no <see cref="InAutolink"/> test at each emphasis character.
    /// </summary>
    private static bool MayHoldAutolink(ReadOnlySpan<char> value, ref int state)
    {
        if (state == LinksUnknown)
        {
            state = HoldsLinkMark(value) ? LinksPossible : LinksNone;
        }

        return state == LinksPossible;
    }

    /// <summary>Whether the text holds <c>://</c>, or <c>www.</c> in any case: one search for their punctuation.</summary>
    private static bool HoldsLinkMark(ReadOnlySpan<char> value)
    {
        for (var from = 0; from < value.Length;)
        {
            var mark = value.Slice(from).IndexOfAny(':', '.');
            if (mark < 0)
            {
                return false;
            }

            mark += from;
            if (value[mark] == ':'
                ? mark + 2 < value.Length && value[mark + 1] == '/' && value[mark + 2] == '/'
                : mark >= 3 && (value[mark - 1] | 0x20) == 'w' && (value[mark - 2] | 0x20) == 'w' && (value[mark - 3] | 0x20) == 'w')
            {
                return true;
            }

            from = mark + 1;
        }

        return false;
    }

    /// <summary>
    /// Whether the character at <paramref name="index"/> stands inside what GitHub autolinks: its word (back to
    /// the last blank written as a blank: one where <paramref name="stop"/> starts is a character reference) holds
    /// <c>www.</c>, <c>http://</c>, <c>https://</c> or <c>ftp://</c>. There a backslash before trailing punctuation
    /// (<c>\*</c>, <c>\_</c>, <c>\~</c>) is taken into the link and the character is left to open emphasis, so those
    /// are written as character references.
    /// </summary>
    private static bool InAutolink(ReadOnlySpan<char> value, int index, string? stop)
    {
        var start = WordStart(value, index, stop);

        // Every autolink starts with one of these letters: look only where one stands.
        var word = value.Slice(start, index - start);
        var q = word.IndexOfAny(AutolinkStarts);
        while (q >= 0)
        {
            if (StartsAutolink(value, start + q))
            {
                return true;
            }

            var next = word.Slice(q + 1).IndexOfAny(AutolinkStarts);
            q = next < 0 ? -1 : q + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// Whether the character at <paramref name="index"/> (a <c>*</c>, <c>_</c> or <c>~</c>) stands inside the path of a
    /// link that GitHub and Markdig both autolink, before its end: there both take it into the link as it is, so it is
    /// written as it is (a character reference would show as one, and break the link). Conservative: the word starts
    /// with <c>http://</c>, <c>https://</c>, <c>ftp://</c> or <c>www.</c> (in lower case), its domain has two or more
    /// dot-separated parts with no underscore in the last two and letters and digits alone in the last, a <c>/</c>
    /// follows the domain and the index is after it, the whole word is made of characters written as they are, and a
    /// character no autolink drops from its end comes after the index.
    /// </summary>
    private static bool InAutolinkPath(ReadOnlySpan<char> value, int index, string? stop, bool afterBlank)
    {
        // The link must follow a blank written as one: the text before the line ends with one, or a blank inside the
        // value that is not a leading run (written as character references, which autolinks do not follow).
        var start = WordStart(value, index, stop);
        if (start == 0 ? !afterBlank : !IsBlank(value[start - 1]) || PrecedesOnlyBlanks(value, start - 1))
        {
            return false;
        }

        var rest = value.Slice(start);
        var prefix = rest.StartsWith("https://".AsSpan(), StringComparison.Ordinal) ? 8
            : rest.StartsWith("http://".AsSpan(), StringComparison.Ordinal) ? 7
            : rest.StartsWith("ftp://".AsSpan(), StringComparison.Ordinal) ? 6
            : rest.StartsWith("www.".AsSpan(), StringComparison.Ordinal) ? 4
            : 0;
        if (prefix == 0)
        {
            return false;
        }

        var domainEnd = start + prefix;
        while (domainEnd < value.Length && (IsAsciiLetterOrDigit(value[domainEnd]) || value[domainEnd] is '-' or '_' or '.'))
        {
            domainEnd++;
        }

        // The path starts with '/' right after the domain (Markdig ends a link at other characters there).
        if (index <= domainEnd || value[domainEnd] != '/' || !IsSafeDomain(value.Slice(start + prefix, domainEnd - start - prefix)))
        {
            return false;
        }

        // Written as it is from the domain to the index: nothing there ends the link or shows as a reference.
        var depth = 0;
        for (var j = domainEnd; j < index; j++)
        {
            if (!IsPlainUrlChar(value, j, ref depth) || (stop is { Length: > 0 } && StopStartsAt(value, j, stop)))
            {
                return false;
            }
        }

        // The whole link is written as it is (Markdig drops a link whole for some characters, an unbalanced '(' among
        // them), and a character no autolink drops from its end comes after the index.
        var inside = false;
        for (var j = index + 1; j < value.Length && !IsBlank(value[j]); j++)
        {
            if (!IsPlainUrlChar(value, j, ref depth) || (stop is { Length: > 0 } && StopStartsAt(value, j, stop)))
            {
                return false;
            }

            inside |= IsAsciiLetterOrDigit(value[j]) || value[j] is '/' or '-' or '#' or '=' or '%' or '+' or '@' or '$' or ')';
        }

        return inside && depth == 0;
    }

    /// <summary>
    /// Whether the character at <paramref name="j"/> is one of a URL's that is written as it is: besides the plain ones, an
    /// <c>&amp;</c> that starts no character reference, a <c>;</c>, and parentheses, whose balance <paramref name="depth"/>
    /// keeps (both autolinks keep a balanced pair, <c>/wiki/Foo_(bar)</c>).
    /// </summary>
    private static bool IsPlainUrlChar(ReadOnlySpan<char> value, int j, ref int depth) => value[j] switch
    {
        '(' => ++depth > 0,
        ')' => --depth >= 0,
        '&' => !MayStartCharacterReference(value, j + 1),
        ';' => true,
        var c => IsPlainUrlChar(c),
    };

    /// <summary>Two or more non-empty dot-separated parts of letters, digits, <c>-</c> and <c>_</c>; no <c>_</c> in the last two; letters and digits alone in the last.</summary>
    private static bool IsSafeDomain(ReadOnlySpan<char> domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == domain.Length - 1 || domain.IndexOf("..".AsSpan(), StringComparison.Ordinal) >= 0 || domain[0] == '.')
        {
            return false;
        }

        foreach (var c in domain.Slice(lastDot + 1))
        {
            if (!IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        var secondDot = domain.Slice(0, lastDot).LastIndexOf('.');
        return domain.Slice(secondDot + 1, lastDot - secondDot - 1).IndexOf('_') < 0;
    }

    /// <summary>A character the writer writes as it is inside a link's path (so the link runs on over it).</summary>
    private static bool IsPlainUrlChar(char c) =>
        IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/' or '?' or '#' or '@' or '!' or '$' or '*' or '+' or ',' or '=' or '%' or ':';

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || (uint)(c - '0') <= 9;

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>Where the word holding <paramref name="index"/> starts: after the last blank before it that is written as a blank.</summary>
    private static int WordStart(ReadOnlySpan<char> value, int index, string? stop)
    {
        var start = index;
        while (start > 0)
        {
            var blank = value.Slice(0, start).LastIndexOfAny(' ', '\t');
            if (blank < 0)
            {
                start = 0;
            }
            else if (stop is not { Length: > 0 } || !StopStartsAt(value, blank, stop))
            {
                start = blank + 1;
                break;
            }
            else
            {
                start = blank;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether the text from <paramref name="next"/>, just after an <c>&amp;</c>, may complete a character reference
    /// (<c>&amp;amp;</c>, <c>&amp;#38;</c>, <c>&amp;#x26;</c>): a name or a number, then <c>;</c>. Any name counts, not
    /// only the known ones, so that no reader's list of entities changes what it reads.
    /// </summary>
    /// <remarks><paramref name="value"/> is the whole value: what follows it is not known here.</remarks>
    private static bool MayStartCharacterReference(ReadOnlySpan<char> value, int next)
    {
        var i = next;
        if (i < value.Length && value[i] == '#')
        {
            i++;
            if (i < value.Length && value[i] is 'x' or 'X')
            {
                i++;
            }
        }

        var nameStart = i;
        while (i < value.Length && value[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
        {
            i++;
        }

        // At the value's end the text written after it (a suffix, a cell's closing bold) could complete one.
        return i == value.Length || (i > nameStart && value[i] == ';');
    }

    private void WriteEscapedChar(char c)
    {
        if (_buffer.Length - _pos < 2)
        {
            Grow(2);
        }

        _buffer[_pos] = '\\';
        _buffer[_pos + 1] = c;
        _pos += 2;
    }

    // Characters written as they are anywhere after the start of a line and between its first and last non-blank
    // character, whatever the context ('#' too, except in a heading).
    private const string PlainInLine =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t!\"$%'(,/;?@^{}-+=:>.)";

    private static readonly bool[] PlainTable = CreatePlainTable(PlainInLine + "#");
    private static readonly bool[] PlainInHeadingTable = CreatePlainTable(PlainInLine);

    private static bool[] CreatePlainTable(string characters)
    {
        var table = new bool[128];
        foreach (var c in characters)
        {
            table[c] = true;
        }

        return table;
    }

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> Plain = System.Buffers.SearchValues.Create(PlainInLine + "#");
    private static readonly System.Buffers.SearchValues<char> PlainInHeading = System.Buffers.SearchValues.Create(PlainInLine);

    private static int PlainRunLength(ReadOnlySpan<char> text, bool heading)
    {
        var end = text.IndexOfAnyExcept(heading ? PlainInHeading : Plain);
        return end < 0 ? text.Length : end;
    }
#else
    private static int PlainRunLength(ReadOnlySpan<char> text, bool heading)
    {
        var table = heading ? PlainInHeadingTable : PlainTable;
        var end = 0;
        while (end < text.Length && text[end] < 128 && table[text[end]])
        {
            end++;
        }

        return end;
    }
#endif

    private static bool NeedsEscaping(ReadOnlySpan<char> value, TextContext context, string? stop)
    {
        if (IsBlank(value[0]) || IsBlank(value[value.Length - 1]))
        {
            return true;
        }

        if (context != TextContext.Inline && context != TextContext.TableCell)
        {
            var first = value[0];
            if (first is '#' or '-' or '+' or '=' or '>' or ':' || (first >= '0' && first <= '9'))
            {
                return true;
            }
        }

#if NET8_0_OR_GREATER
        // Vectorized: most values are ASCII text without any of these, and are then copied as they are.
        var other = value.IndexOfAnyExcept(Ordinary);
        if (other >= 0)
        {
            if (value[other] < 128)
            {
                return true;
            }

            var rest = value.Slice(other);
            if (rest.IndexOfAny(Special) >= 0 || rest.IndexOfAny(Surrogates) >= 0)
            {
                return true;
            }
        }

        return stop is { Length: > 0 } && HoldsStop(value, stop);
#else
        foreach (var c in value)
        {
            if (c < ' ' || c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' or '~' or '&' or '#' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return stop is { Length: > 0 } && HoldsStop(value, stop);
#endif
    }

#if NET8_0_OR_GREATER
    // Characters that may need escaping anywhere (control characters, inline punctuation, '#' for headings).
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        "\\`*_[]<|~&#\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    // UTF-16 surrogates, one range: a SearchValues rather than the generic IndexOfAnyInRange, which boxes its bounds in
    // unoptimized code (a debug build, or a program's first calls) and so would allocate while writing.
    private static readonly System.Buffers.SearchValues<char> Surrogates = System.Buffers.SearchValues.Create(CharRange('\uD800', '\uDFFF'));

    private static char[] CharRange(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(first + i);
        }

        return chars;
    }

    // Printable ASCII (and DEL) except those: a value made of these alone needs no escaping inside a line.
    private static readonly System.Buffers.SearchValues<char> Ordinary = System.Buffers.SearchValues.Create(
        " !\"$%'()+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ^abcdefghijklmnopqrstuvwxyz{}\u007f");
#endif

    /// <summary>
    /// What starts text GitHub autolinks, in any case. Each holds <c>://</c> or <c>www.</c>, which
    /// <see cref="MayHoldAutolink"/> looks for first; a new start must hold one of them too.
    /// </summary>
    private static readonly string[] AutolinkPrefixes = { "www.", "http://", "https://", "ftp://" };

    // The first letters of the prefixes, in both cases: where an autolink can start.
#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> AutolinkStarts = System.Buffers.SearchValues.Create(PrefixStartLetters());
#else
    private static readonly char[] AutolinkStarts = PrefixStartLetters().ToCharArray();
#endif

    private static string PrefixStartLetters()
    {
        var letters = string.Empty;
        foreach (var prefix in AutolinkPrefixes)
        {
            foreach (var letter in new[] { char.ToLowerInvariant(prefix[0]), char.ToUpperInvariant(prefix[0]) })
            {
                if (letters.IndexOf(letter) < 0)
                {
                    letters += letter;
                }
            }
        }

        return letters;
    }

    /// <summary>Whether the character at <paramref name="index"/> has a letter or digit on both sides (an underscore there opens no emphasis).</summary>
    private static bool IsInWord(ReadOnlySpan<char> value, int index) =>
        index > 0 && index + 1 < value.Length && IsLetterOrDigit(value[index - 1]) && IsLetterOrDigit(value[index + 1]);

    private static bool IsLetterOrDigit(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    // Unicode whitespace (a no-break space, U+2003, …) counts too: Markdig and string.Trim drop it from the ends of a line.
    private static bool IsBlank(char c) => c == ' ' || c == '\t' || (c > '\u007f' && char.IsWhiteSpace(c));

    /// <summary>
    /// Where the <c>&gt;</c> stands that closes an autolinked URL starting at <paramref name="i"/> (after a <c>&lt;</c>),
    /// before any blank or <c>&lt;</c>; or -1.
    /// </summary>
    private static int ClosingGreater(ReadOnlySpan<char> value, int i)
    {
        // Most '<' start no URL: one look at the next letter (h, w or f, in either case) says so.
        if (i >= value.Length || (value[i] | 0x20) is not ('h' or 'w' or 'f') || !StartsAutolink(value, i))
        {
            return -1;
        }

        for (var j = i; j < value.Length && !IsBlank(value[j]) && value[j] is not ('<' or '\n' or '\r'); j++)
        {
            if (value[j] == '>')
            {
                return j;
            }
        }

        return -1;
    }

    private static bool StartsAutolink(ReadOnlySpan<char> value, int i)
    {
        var rest = value.Slice(i);
        foreach (var prefix in AutolinkPrefixes)
        {
            if (rest.StartsWith(prefix.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBlankRunToLineEnd(ReadOnlySpan<char> value, int i)
    {
        for (var j = i; j < value.Length; j++)
        {
            if (!IsBlank(value[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool PrecedesOnlyBlanks(ReadOnlySpan<char> value, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (!IsBlank(value[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOrderedListMarker(ReadOnlySpan<char> value, int i)
    {
        if (i == 0 || i > 9)
        {
            return false;
        }

        for (var j = 0; j < i; j++)
        {
            if (value[j] < '0' || value[j] > '9')
            {
                return false;
            }
        }

        return i + 1 == value.Length || value[i + 1] is ' ' or '\t' or '\n';
    }

    /// <summary>
    /// Whether the text after the value would hold <paramref name="stop"/> starting at <paramref name="index"/>
    /// of the value: inside it, or running on into the stop written after it ("a -" before " - ").
    /// </summary>
    /// <summary>
    /// Whether the text from <paramref name="index"/> (the value, then the stop written after it) reads as the stop: as
    /// the reader matches it, a dash after a blank in the stop (<c>" - "</c>) is matched by an en or em dash too.
    /// </summary>
    private static bool StopStartsAt(ReadOnlySpan<char> value, int index, string stop)
    {
        for (var k = 0; k < stop.Length; k++)
        {
            var j = index + k;
            var c = j < value.Length ? value[j] : stop[j - value.Length];
            if (c != stop[k] && !(stop[k] == '-' && k > 0 && stop[k - 1] == ' ' && c is '\u2013' or '\u2014'))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckCarriable(ReadOnlySpan<char> value, string path)
    {
#if NET8_0_OR_GREATER
        if (value.IndexOf('\0') < 0 && value.IndexOfAny(Surrogates) < 0)
        {
            return;
        }

#endif
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                throw new ReportRenderException(path, "the value holds U+0000 (NUL), which Markdown cannot carry; remove it.");
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                throw new ReportRenderException(path, $"the value holds an unpaired surrogate (U+{(int)c:X4}) at index {i}, which UTF-8 Markdown cannot carry.");
            }
        }
    }

    private static int LongestRun(string? text, char c)
    {
        if (text is null)
        {
            return 0;
        }

        if (text.IndexOf(c) < 0)
        {
            return 0;
        }

        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            current = ch == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    // Five fixed parameters rather than params: a code span is written per value, and must not allocate.
    private static char FirstChar(string? a, string? b, string? c, string? d, string? e) =>
        !string.IsNullOrEmpty(a) ? a![0] : !string.IsNullOrEmpty(b) ? b![0] : !string.IsNullOrEmpty(c) ? c![0]
        : !string.IsNullOrEmpty(d) ? d![0] : !string.IsNullOrEmpty(e) ? e![0] : '\0';

    private static char LastChar(string? a, string? b, string? c, string? d, string? e) =>
        !string.IsNullOrEmpty(e) ? e![e.Length - 1] : !string.IsNullOrEmpty(d) ? d![d.Length - 1] : !string.IsNullOrEmpty(c) ? c![c.Length - 1]
        : !string.IsNullOrEmpty(b) ? b![b.Length - 1] : !string.IsNullOrEmpty(a) ? a![a.Length - 1] : '\0';

    private void WriteCharReference(char c)
    {
        Write("&#");
        var code = (int)c;
        var divisor = 10000;
        while (divisor > 1 && code < divisor)
        {
            divisor /= 10;
        }

        for (; divisor > 0; divisor /= 10)
        {
            WriteChar((char)('0' + (code / divisor % 10)));
        }

        WriteChar(';');
    }

    /// <summary>Writes a number that needs no escaping: digits inside a line, unless a stop could start with one (item numbers never do).</summary>
    private bool TryWriteDigits(int value, TextContext context, string? stop)
    {
        if (value < 0 || context == TextContext.LineStart || (stop is { Length: > 0 } && stop[0] is >= '0' and <= '9'))
        {
            return false;
        }

        WriteDigits(value);
        return true;
    }

    private void WriteDigits(int number)
    {
        var width = ReportText.NumberWidth(number);
        if (_buffer.Length - _pos < width)
        {
            Grow(width);
        }

        FormatFixed(_buffer.AsSpan(_pos, width), number);
        _pos += width;
    }

    /// <summary>Writes <paramref name="number"/> (not negative) into <paramref name="digits"/>, padded with zeros.</summary>
    private static void FormatFixed(Span<char> digits, int number)
    {
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + (number % 10));
            number /= 10;
        }
    }

    private void WriteRepeated(char c, int count)
    {
        for (var i = 0; i < count; i++)
        {
            WriteChar(c);
        }
    }

    private void WriteChar(char c)
    {
        if (_pos == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_pos++] = c;
    }

    private void WriteRaw(ReadOnlySpan<char> text)
    {
        if (text.Length > _buffer.Length - _pos)
        {
            Grow(text.Length);
        }

        text.CopyTo(_buffer.AsSpan(_pos));
        _pos += text.Length;
    }

    private void Grow(int needed)
    {
        if (_textWriter is not null || _bufferWriter is not null)
        {
            Flush();
            if (needed <= _buffer.Length)
            {
                return;
            }
        }

        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _pos + needed));
        _buffer.AsSpan(0, _pos).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    private static string[] CreateSpaces(int count)
    {
        var spaces = new string[count];
        for (var i = 0; i < count; i++)
        {
            spaces[i] = new string(' ', i);
        }

        return spaces;
    }
}
