using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Reports.Reading;

/// <summary>The outcome of reading a report: the record (null when there were errors) and every error.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ReadResult
{
    internal ReadResult(object? report, IReadOnlyList<ReportParseError> errors)
    {
        Report = report;
        Errors = errors;
    }

    /// <summary>The record, or null.</summary>
    public object? Report { get; }

    /// <summary>Every error, in document order.</summary>
    public IReadOnlyList<ReportParseError> Errors { get; }
}

/// <summary>
/// Reads Markdown into a report using the schema generated for the report type. Markdig gives the block
/// structure (headings, paragraphs, lists, fences); values are decoded from the raw source text with the
/// exact inverse of <see cref="MarkdownWriter"/>'s escaping, so what was written reads back the same.
/// Harmless variation is tolerated (bullet characters, blank lines, trailing spaces, heading emoji,
/// label case, status emoji, left-out optional parts); anything that changes meaning is an error.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ReportReader
{
    /// <summary>The deepest list or quote nesting a report may have; deeper text is refused (RPT0206).</summary>
    public const int MaxNesting = 32;

    // Blocks only: values are decoded from the raw text, so Markdig's inline parsers (emphasis, links,
    // code spans) would only cost time, and crafted inline nesting could exhaust them.
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();
        builder.BlockParsers.Replace<ParagraphBlockParser>(new BlockOnlyParagraphParser());
        builder.BlockParsers.Replace<HeadingBlockParser>(new BlockOnlyHeadingParser());
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += SkipInlinePass;
        }

        return builder.Build();
    }

    // With no inline parsers, Markdig's inline pass would only wrap each paragraph's and heading's text in one literal
    // that the reader never looks at (it reads the source text): every leaf block is marked done as it closes, so the
    // pass walks past it.
    private static void SkipInlinePass(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock leaf)
        {
            leaf.ProcessInlines = false;
        }
    }

    /// <summary>
    /// Marks the paragraph or heading a parser's <c>TryOpen</c> just opened as needing no inline pass,
    /// before its first line is added: Markdig then keeps its lines in an array sized for them rather than in one sized
    /// for returning to its pool after the inline pass, which does not run.
    /// </summary>
    private static BlockState OpenBlockOnly(BlockProcessor processor, BlockState state)
    {
        if (state != BlockState.None && processor.NewBlocks.Count > 0 && processor.NewBlocks.Peek() is LeafBlock leaf)
        {
            leaf.ProcessInlines = false;
        }

        return state;
    }

    private sealed class BlockOnlyParagraphParser : ParagraphBlockParser
    {
        public override BlockState TryOpen(BlockProcessor processor) => OpenBlockOnly(processor, base.TryOpen(processor));
    }

    private sealed class BlockOnlyHeadingParser : HeadingBlockParser
    {
        public override BlockState TryOpen(BlockProcessor processor) => OpenBlockOnly(processor, base.TryOpen(processor));
    }

    /// <summary>Reads <paramref name="markdown"/> as a report described by <paramref name="root"/>.</summary>
    /// <remarks>
    /// A report wrapped whole in a <c>```markdown</c> (or <c>```md</c>) fence, as chat models often answer, is read
    /// from inside the fence, up to the last closing fence (fences inside it close nothing); error lines still count
    /// from the top of the text.
    /// </remarks>
    public static ReadResult Read(string markdown, RecordSchema root, FormatSpec? title, string? footer) => Read(markdown, root, title, footer, frontMatter: null);

    /// <summary>
    /// Reads <paramref name="markdown"/> as a report whose template carries <paramref name="frontMatter"/> (the text
    /// between its <c>---</c> lines): the same front matter at the start is skipped, other front matter is an error.
    /// </summary>
    public static ReadResult Read(string markdown, RecordSchema root, FormatSpec? title, string? footer, string? frontMatter) =>
        Read(markdown, root, title, footer, frontMatter, preamble: null);

    /// <summary>
    /// Reads <paramref name="markdown"/> as a report whose template also opens with <paramref name="preamble"/> (a comment,
    /// note or text before its first part), which a report may keep: its blocks are skipped.
    /// </summary>
    public static ReadResult Read(string markdown, RecordSchema root, FormatSpec? title, string? footer, string? frontMatter, string? preamble)
    {
        if (markdown is null)
        {
            throw new ArgumentNullException(nameof(markdown));
        }

        // A byte order mark a file was saved with is not text; U+0000 is read as U+FFFD, as CommonMark requires (a value
        // holding it could not be written).
        if (markdown.Length > 0 && markdown[0] == '\uFEFF')
        {
            markdown = markdown.Substring(1);
        }

        if (markdown.IndexOf('\0') >= 0)
        {
            markdown = markdown.Replace('\0', '\uFFFD');
        }

        List<KeyValuePair<int, object?>>? frontMatterValues = null;
        List<ReportParseError>? frontMatterErrors = null;
        if (HasFrontMatterFields(root))
        {
            frontMatterValues = new List<KeyValuePair<int, object?>>();
            frontMatterErrors = new List<ReportParseError>();
            markdown = ReadFrontMatter(markdown, root, frontMatter, frontMatterValues, frontMatterErrors);
            var body = ReadBody(markdown, root, title, footer, preamble, frontMatterValues);
            return frontMatterErrors.Count == 0 ? body : new ReadResult(null, frontMatterErrors.Concat(body.Errors).ToArray());
        }

        if (frontMatter is not null && FrontMatterLines(markdown) is > 0 and var declared)
        {
            var lines = markdown.Split('\n');
            var written = lines.Skip(1).Take(declared - 2).Select(l => l.Trim(' ', '\t', '\r')).Where(l => l.Length > 0);
            var expected = frontMatter.Split('\n').Select(l => l.Trim(' ', '\t', '\r')).Where(l => l.Length > 0);
            if (!written.SequenceEqual(expected, StringComparer.Ordinal))
            {
                return new ReadResult(null, new[]
                {
                    new ReportParseError("RPT0203", 1, 1, string.Empty, "the template's front matter (" + Reader.Shorten(string.Join(" ", expected)) + ") or none",
                        $"other front matter (lines 1-{declared}); keep the template's, or remove it"),
                });
            }

            // Kept as blank lines, so that the lines of errors are the file's.
            markdown = new string('\n', declared) + string.Join("\n", lines.Skip(declared));
        }

        return ReadBody(markdown, root, title, footer, preamble, frontMatterValues: null);
    }

    /// <summary>Reads the text after its front matter (blanked, so that lines stay the file's).</summary>
    private static ReadResult ReadBody(string markdown, RecordSchema root, FormatSpec? title, string? footer, string? preamble, List<KeyValuePair<int, object?>>? frontMatterValues)
    {
        if (FrontMatterLines(markdown) is > 0 and var frontMatterLines)
        {
            // Markdown shows it as a rule and a heading (GitHub as a table): not what an agent meant as the report.
            return new ReadResult(null, new[]
            {
                new ReportParseError("RPT0203", 1, 1, string.Empty, "the report, starting with its title",
                    $"YAML front matter (lines 1-{frontMatterLines}); remove it, or strip it before reading"),
            });
        }

        if (!TryUnwrapFence(markdown, out var inner, out var linesBefore))
        {
            if (title is not null)
            {
                markdown = WithoutIntroduction(markdown);
            }

            var read = ReadText(markdown, root, title, footer, preamble, frontMatterValues);
            if (read.Errors.Count > 0 && TextAroundReportFence(markdown) is { } around)
            {
                // A chat answer: a sentence, the report in a ```markdown fence, maybe a closing line. Saying so helps
                // more than listing the sentence and the fence as unknown parts.
                return new ReadResult(null, new[]
                {
                    new ReportParseError("RPT0203", around.Line, 1, string.Empty, "the report alone, or a ```markdown fence holding it with nothing around it",
                        "'" + around.Text + "' outside the ```markdown fence the report is in; remove the text around the fence"),
                });
            }

            return read;
        }

        var result = ReadText(inner, root, title, footer, preamble, frontMatterValues);
        if (result.Errors.Count == 0)
        {
            return result;
        }

        var errors = new ReportParseError[result.Errors.Count];
        for (var i = 0; i < errors.Length; i++)
        {
            errors[i] = result.Errors[i] with { Line = result.Errors[i].Line + linesBefore };
        }

        return new ReadResult(result.Report, errors);
    }

    /// <summary>
    /// How many lines of YAML front matter the text starts with (a first line <c>---</c>, a closing <c>---</c> or
    /// <c>...</c> line, and <c>key: value</c> lines between), or 0.
    /// </summary>
    private static int FrontMatterLines(string text) => FrontMatterLines(text, commentsFirst: false);

    /// <param name="text">The text.</param>
    /// <param name="commentsFirst">Whether YAML comments (<c># …</c>) may stand before the first <c>key: value</c> line.</param>
    private static int FrontMatterLines(string text, bool commentsFirst)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return 0;
        }

        var lines = text.Split('\n');
        if (lines.Length < 3 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            return 0;
        }

        var first = 1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                return i > first ? i + 1 : 0;
            }

            if (i == first && commentsFirst && line.StartsWith("#", StringComparison.Ordinal))
            {
                first++;
                continue;
            }

            if (i == first && line.IndexOf(':') <= 0)
            {
                // Not "key: value": a rule, then other text.
                return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether the text's first non-blank line opens a fence with the info string <c>markdown</c> or <c>md</c> and its
    /// last non-blank line is a closing fence of the same character, at least as long: then
    /// <paramref name="inner"/> is the text between them and <paramref name="linesBefore"/> the lines above it.
    /// </summary>
    private static bool TryUnwrapFence(string text, out string inner, out int linesBefore)
    {
        inner = string.Empty;
        linesBefore = 0;
        var start = 0;
        var introduced = false;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                return false;
            }

            linesBefore++;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                if (!IsFenceOpener(line, out var fence, out var length))
                {
                    // A chat answer's one line introducing the report ("Here is the completed report:") says nothing
                    // of it: it may stand before the fence. Any other text around the fence is an error.
                    if (introduced || !IsIntroduction(line))
                    {
                        return false;
                    }

                    introduced = true;
                    start = end + 1;
                    continue;
                }

                var found = InsideClosingFence(text, end + 1, fence, length);
                inner = found ?? string.Empty;
                // After an introduction, the fence holds a report: its title, or the front matter above it.
                return found is not null && (!introduced || inner.TrimStart().StartsWith("#", StringComparison.Ordinal)
                    || inner.TrimStart().StartsWith("---", StringComparison.Ordinal));
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// The text with its first line left empty when that line only introduces the report right under it (a chat answer's
    /// "Here is the completed report:" over the title, without a fence), as before a <c>```markdown</c> fence; otherwise
    /// the text as it is. Only for a report with a title, which marks where the report starts.
    /// </summary>
    private static string WithoutIntroduction(string text)
    {
        var start = SkipBlankLines(text, 0);
        var end = text.IndexOf('\n', start);
        if (end < 0 || !IsIntroduction(text.AsSpan(start, end - start).Trim()))
        {
            return text;
        }

        // A rule may part the answer from the report ("Here's the report:", "---", then the title).
        var next = SkipBlankLines(text, end + 1);
        var ruleEnd = text.IndexOf('\n', next);
        var rule = ruleEnd > next && text.AsSpan(next, ruleEnd - next).Trim() is var line && line.Length >= 3
            && (line.Trim('-').Length == 0 || line.Trim('*').Length == 0 || line.Trim('_').Length == 0);
        var title = rule ? SkipBlankLines(text, ruleEnd + 1) : next;
        if (!(title + 1 < text.Length && text[title] == '#' && text[title + 1] is ' ' or '\t'))
        {
            return text;
        }

        // Left as blank lines, so that the lines of errors are the file's.
        return rule
            ? text.Substring(0, start) + text.Substring(end, next - end) + text.Substring(ruleEnd)
            : text.Substring(0, start) + text.Substring(end);
    }

    /// <summary>Where the first line from <paramref name="at"/> on that holds more than blanks starts.</summary>
    private static int SkipBlankLines(string text, int at)
    {
        var start = at;
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                start = i + 1;
            }
            else if (text[i] is not (' ' or '\t' or '\r'))
            {
                return start;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// A line of plain words that ends with a colon, as a chat answer introduces what follows ("Here is the completed
    /// report:"), and says nothing more: a line that qualifies the report ("…, but Testing is not done yet:") is not
    /// one, since skipping it would lose what it says.
    /// </summary>
    private static bool IsIntroduction(ReadOnlySpan<char> line)
    {
        // It starts with a word or an emoji ("✅ Here is the report:"), and may name things in code ("…for `TASK-142`:"), but
        // holds no bold, link, HTML, table or heading, which a report's own first line could.
        if (line.Length < 2 || line.Length > 120 || line[line.Length - 1] != ':' || !(char.IsLetter(line[0]) || line[0] >= '\u2000')
            || line.IndexOfAny("*[<|#".AsSpan()) >= 0)
        {
            return false;
        }

        foreach (var word in QualifyingWords)
        {
            for (var at = line.IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                var end = at + word.Length;
                // "n't" ends a word ("couldn't"); the others are words of their own.
                if ((word[1] is '\'' or '\u2019' || at == 0 || !char.IsLetter(line[at - 1])) && (end == line.Length || !char.IsLetter(line[end])))
                {
                    return false;
                }

                var next = line.Slice(end).IndexOf(word.AsSpan(), StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : end + next;
            }
        }

        return true;
    }

    // Words by which a line before the report says something of its own, which an introduction does not.
    private static readonly string[] QualifyingWords =
    {
        "but", "not", "except", "however", "although", "though", "note", "missing", "skipped", "failed", "todo", "n't", "n\u2019t", "yet", "only", "unable",
    };

    /// <summary>
    /// When the text holds a <c>```markdown</c> (or <c>```md</c>) fence, closed, whose first line is a heading, and
    /// other text before or after it: the first such line (1-based) and its text, shortened; else null.
    /// </summary>
    private static (int Line, string Text)? TextAroundReportFence(string text)
    {
        var lines = text.Split('\n');
        for (var open = 0; open < lines.Length; open++)
        {
            var line = lines[open].AsSpan().Trim();
            if (line.Length == 0 || !IsFenceOpener(line, out var fence, out var length))
            {
                continue;
            }

            var first = open + 1;
            while (first < lines.Length && lines[first].Trim().Length == 0)
            {
                first++;
            }

            // The last closing fence: fences inside the report close nothing (as when the fence is the whole text).
            var close = lines.Length - 1;
            while (close > first && !(lines[close].Trim().Length >= length && lines[close].Trim().TrimStart(fence).Length == 0))
            {
                close--;
            }

            if (first >= lines.Length || !lines[first].TrimStart().StartsWith("#", StringComparison.Ordinal) || close <= first)
            {
                return null;
            }

            for (var i = 0; i < lines.Length; i++)
            {
                if (((i < open && !IsIntroduction(lines[i].AsSpan().Trim())) || i > close) && lines[i].Trim().Length > 0)
                {
                    var found = lines[i].Trim();
                    return (i + 1, found.Length > 60 ? found.Substring(0, 57) + "..." : found);
                }
            }

            return null;
        }

        return null;
    }

    private static bool IsFenceOpener(ReadOnlySpan<char> line, out char fence, out int length)
    {
        fence = line[0];
        length = 0;
        if (fence is not ('`' or '~'))
        {
            return false;
        }

        while (length < line.Length && line[length] == fence)
        {
            length++;
        }

        var info = line.Slice(length).Trim();
        return length >= 3 && (info.Equals("markdown".AsSpan(), StringComparison.OrdinalIgnoreCase) || info.Equals("md".AsSpan(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The text from <paramref name="innerStart"/> up to a last non-blank line that closes the fence, or null.</summary>
    private static string? InsideClosingFence(string text, int innerStart, char fence, int length)
    {
        var end = text.Length;
        while (end > innerStart)
        {
            var lineStart = text.LastIndexOf('\n', end - 1) + 1;
            if (lineStart < innerStart)
            {
                return null;
            }

            var line = text.AsSpan(lineStart, end - lineStart).Trim();
            if (line.Length > 0)
            {
                return line.Length >= length && line.TrimStart(fence).Length == 0 ? text.Substring(innerStart, lineStart - innerStart) : null;
            }

            end = lineStart - 1;
        }

        return null;
    }

    private static ReadResult ReadText(string markdown, RecordSchema root, FormatSpec? title, string? footer, string? preamble, List<KeyValuePair<int, object?>>? frontMatterValues)
    {
        var reader = new Reader(markdown, root, footer, preamble) { FrontMatterValues = frontMatterValues };
        var tooDeep = reader.CheckNesting();
        if (tooDeep is not null)
        {
            return new ReadResult(null, new[] { tooDeep });
        }

        object report;
        var conditions = Reader.t_conditions;
        try
        {
            Reader.t_conditions = reader.Conditions;
            report = reader.ReadDocument(title);
        }
        catch (ArgumentException exception) when (exception.Message.IndexOf("nested", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            // Markdig's own depth guard: report it like our limit rather than let it escape.
            return new ReadResult(null, new[] { new ReportParseError("RPT0206", 1, 1, string.Empty, $"at most {MaxNesting} levels of nested lists or quotes", "deeper nesting") });
        }
        finally
        {
            Reader.t_conditions = conditions;
        }

        var errors = reader.Errors;
        return new ReadResult(errors.Count == 0 ? report : null, errors);
    }

    // Markdown strips only spaces and tabs around lines and values; other Unicode blanks (U+00A0, U+2028, ...) are content.
    private static readonly char[] Blanks = { ' ', '\t' };

    /// <summary>Option text as matched: its letters and digits, in capitals (<c>In progress</c> and <c>IN_PROGRESS</c> read alike).</summary>
    internal static string OptionKey(string text)
    {
        var key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = OptionKey(text.AsSpan(), key);
        return length == 0 ? string.Empty : key.Slice(0, length).ToString();
    }

    /// <summary>Writes the option key of <paramref name="text"/> into <paramref name="key"/> (as long as the text) and returns its length.</summary>
    private static int OptionKey(ReadOnlySpan<char> text, Span<char> key)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key[length++] = char.ToUpperInvariant(c);
            }
        }

        return length;
    }

    /// <summary>
    /// Where an HTML comment that ends <paramref name="text"/> starts (a template's comment an agent kept after a value,
    /// a heading or a check: <c>Aiko &lt;!-- rotate weekly --&gt;</c>), or -1. It is unescaped and after the last code span,
    /// so never text the writer wrote.
    /// </summary>
    internal static int TrailingCommentStart(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text[text.Length - 1] != '>' || !text.EndsWith("-->".AsSpan(), StringComparison.Ordinal))
        {
            return -1;
        }

        var open = text.LastIndexOf("<!--".AsSpan());
        return open > 0 && !IsEscapedAt(text, open) && text.LastIndexOf('`') < open ? open : -1;
    }

    /// <summary>Whether the character at <paramref name="index"/> follows an odd number of backslashes.</summary>
    private static bool IsEscapedAt(ReadOnlySpan<char> text, int index)
    {
        var slashes = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            slashes++;
        }

        return slashes % 2 == 1;
    }

    /// <summary>
    /// A character of a label or heading as it is compared: typographic quotes and apostrophes (’ “ ”), non-breaking
    /// hyphens and spaces read as the ASCII ones, as an agent's editor may have changed them.
    /// </summary>
    internal static char FoldTypography(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2010' or '\u2011' => '-',
        '\u00A0' => ' ',
        _ => c,
    };

    /// <summary>A heading without the words in parentheses at its end, emphasized or not (<c>Notes *(optional)*</c> → <c>Notes</c>).</summary>
    internal static ReadOnlySpan<char> WithoutParenthetical(ReadOnlySpan<char> heading)
    {
        var end = heading.Length;
        while (end > 0 && heading[end - 1] is '*' or '_')
        {
            end--;
        }

        if (end == 0 || heading[end - 1] != ')')
        {
            return heading;
        }

        var open = heading.Slice(0, end).LastIndexOf('(');
        while (open > 0 && heading[open - 1] is '*' or '_')
        {
            open--;
        }

        return open > 0 ? heading.Slice(0, open).TrimEnd(Blanks.AsSpan()) : heading;
    }

    /// <summary>
    /// Whether a label or heading as written equals one of the report's, in any case, with typographic quotes and
    /// apostrophes (’ “ ”) read as the ASCII ones (<c>you’d</c>, <c>you'd</c>).
    /// </summary>
    internal static bool LabelEquals(ReadOnlySpan<char> written, ReadOnlySpan<char> label)
    {
        if (written.Equals(label, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (written.Length != label.Length)
        {
            return false;
        }

        for (var i = 0; i < written.Length; i++)
        {
            char a = FoldTypography(written[i]), b = FoldTypography(label[i]);
            if (a != b && char.ToUpperInvariant(a) != char.ToUpperInvariant(b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two headings differ by at most two letters (inserted, removed or changed), in any case; short ones by one.</summary>
    internal static bool NearlyEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var limit = Math.Min(a.Length, b.Length) < 6 ? 1 : 2;
        if (Math.Abs(a.Length - b.Length) > limit || a.Length > 200 || b.Length > 200)
        {
            return false;
        }

        // Edit distance with two rows, stopped once every cell of a row is over the limit.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToUpperInvariant(FoldTypography(a[i - 1])) == char.ToUpperInvariant(FoldTypography(b[j - 1]));
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (same ? 0 : 1));
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= limit;
    }

    /// <summary>A heading without what agents add around its words: bold, a colon, emoji or other symbols at its end.</summary>
    internal static ReadOnlySpan<char> LooseHeading(ReadOnlySpan<char> text)
    {
        if (TrailingCommentStart(text) is > 0 and var comment)
        {
            // "### Known Testing Gaps <!-- list them -->": a template's comment kept after the words.
            text = text.Slice(0, comment);
        }

        var end = text.Length;
        while (end > 0 && (text[end - 1] is '*' or '_' or ':' or ' ' or '\t' or '\uFE0F' or '\u200D'
            || char.IsSurrogate(text[end - 1]) || char.IsSymbol(text[end - 1])))
        {
            end--;
        }

        var start = 0;
        while (start < end && text[start] is '*' or '_')
        {
            start++;
        }

        return text.Slice(start, end - start).Trim(Blanks.AsSpan());
    }

    /// <summary>A label or heading as matched: without surrounding blanks and a leading emoji (no allocation).</summary>
    internal static ReadOnlySpan<char> NormalizeLabel(ReadOnlySpan<char> text)
    {
        text = text.Trim(Blanks.AsSpan());
        var i = 0;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]) && text[i] != '[' && text[i] != '(')
        {
            i++;
        }

        return i == 0 ? text : text.Slice(i).TrimStart(Blanks.AsSpan());
    }

    /// <summary><paramref name="text"/> without its blanks (white space anywhere).</summary>
    /// <summary>
    /// How many lines at the start (or end) of <paramref name="lines"/> are the lines of <paramref name="text"/>, blanks around
    /// lines aside: all of <paramref name="text"/>'s, or 0. A section's guidance kept at the edge of a Markdown body is
    /// skipped by the reader and refused by the writer with it.
    /// </summary>
    internal static int EdgeLines(IReadOnlyList<string> lines, string text, bool atEnd)
    {
        var expected = text.Replace("\r\n", "\n").Split('\n');
        if (expected.Length > lines.Count)
        {
            return 0;
        }

        var offset = atEnd ? lines.Count - expected.Length : 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (!lines[offset + i].AsSpan().Trim(Blanks.AsSpan()).Equals(expected[i].AsSpan().Trim(Blanks.AsSpan()), StringComparison.Ordinal))
            {
                return 0;
            }
        }

        return expected.Length;
    }

    internal static string Collapse(string text)
    {
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars[length++] = c;
            }
        }

        return length == text.Length ? text : new string(chars, 0, length);
    }

    /// <summary>
    /// The pipeline the reader parses with (for benchmarks that compare against Markdig alone): Markdig's default block
    /// parsers, no inline parsers, and every leaf block marked as needing no inline pass, so a parse with it is Markdig's
    /// block pass alone.
    /// </summary>
    public static MarkdownPipeline MarkdownPipeline => Pipeline;

    /// <summary>An ATX heading line's text: without its marker, a closing sequence of #s and surrounding blanks.</summary>
    private static ReadOnlySpan<char> AtxHeadingText(ReadOnlySpan<char> line)
    {
        var text = line.Trim(Blanks.AsSpan()).TrimStart('#').Trim(Blanks.AsSpan());

        // A closing sequence of #s after a space (not an escaped one).
        var closed = text.TrimEnd('#');
        if (closed.Length < text.Length && (closed.Length == 0 || closed[closed.Length - 1] == ' '))
        {
            text = closed.TrimEnd(Blanks.AsSpan());
        }

        return text;
    }

    /// <summary>The one of <paramref name="reserved"/> that an ATX heading of <paramref name="markdown"/> names, as the reader matches headings; or null.</summary>
    private static string? NamesReservedHeading(string markdown, HeadingBlock heading, string[] reserved)
    {
        var lineStart = 0;
        for (var line = 0; line < heading.Line && lineStart >= 0; line++)
        {
            var next = markdown.IndexOf('\n', lineStart);
            lineStart = next < 0 ? -1 : next + 1;
        }

        if (lineStart < 0)
        {
            return null;
        }

        var lineEnd = markdown.IndexOf('\n', lineStart);
        var text = AtxHeadingText(markdown.AsSpan(lineStart, (lineEnd < 0 ? markdown.Length : lineEnd) - lineStart));
        var wanted = NormalizeLabel(Reader.Unescape(text.ToString()).AsSpan());
        foreach (var name in reserved)
        {
            if (wanted.Equals(NormalizeLabel(name.AsSpan()), StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="markdown"/> cannot be written as the body of a section at heading level
    /// <paramref name="level"/>, or null: a heading not deeper than the section's (it would end the section) or
    /// naming one of <paramref name="reservedHeadings"/>, a block left open (a code fence or an HTML block would take
    /// in the rest of the report), or a rule at its end (read as the report's own). Characters Markdown cannot carry
    /// are the writer's check, as for every value.
    /// </summary>
    internal static string? MarkdownBodyProblem(string markdown, int level, string[]? reservedHeadings = null)
    {
        // Parsed with a heading after it: that heading must still be one, and the only one not deeper than the section's.
        var probeLine = markdown.Count(c => c == '\n') + 2;
        var document = Markdown.Parse(markdown + "\n\n# probe\n", Pipeline);
        if (document.LastChild is not HeadingBlock { Level: 1 } probe || probe.Line != probeLine)
        {
            return "the Markdown leaves a code fence or an HTML block open, which would take in the rest of the report; close it.";
        }

        for (var b = 0; b < document.Count - 1; b++)
        {
            if (document[b] is not HeadingBlock heading)
            {
                continue;
            }

            if (heading.Level <= level)
            {
                return $"the Markdown holds a level-{heading.Level} heading, which would end the section; make its headings level {level + 1} or deeper ({new string('#', Math.Min(level + 1, 6))}).";
            }

            if (reservedHeadings is { Length: > 0 } && NamesReservedHeading(markdown, heading, reservedHeadings) is { } name)
            {
                return $"the Markdown holds the heading '{name}', which is the heading of a section of the report and would read as that section; word it otherwise.";
            }
        }

        if (document.Count > 1 && document[document.Count - 2] is ThematicBreakBlock)
        {
            return "the Markdown ends with a rule (---), which would read as the report's own rule; remove it or put text after it.";
        }

        return UnderlineProblem(markdown, document);
    }

    /// <summary>
    /// A line of '=' alone right under text, outside code and HTML: where Markdig reads it as text (after a list item that is
    /// only a task box, "- [ ]"), GitHub may take it for the underline of a level-1 heading, which would end the section.
    /// </summary>
    private static string? UnderlineProblem(string markdown, MarkdownDocument document)
    {
        var previousBlank = true;
        for (var start = 0; start < markdown.Length;)
        {
            var end = markdown.IndexOf('\n', start);
            var line = markdown.AsSpan(start, (end < 0 ? markdown.Length : end) - start);
            var text = line.TrimStart(' ');
            var underline = text.Length > 0 && line.Length - text.Length <= 3 && text.TrimEnd(Blanks.AsSpan()).Trim('=').Length == 0;
            if (underline && !previousBlank && !InCodeOrHtml(document, start))
            {
                return "a line of only '=' right under text would make it a level-1 heading on GitHub, which would end the section; put a blank line before it, or reword it.";
            }

            previousBlank = line.Trim(Blanks.AsSpan()).Length == 0;
            start = end < 0 ? markdown.Length : end + 1;
        }

        return null;
    }

    private static bool InCodeOrHtml(MarkdownDocument document, int offset) =>
        document.Descendants<LeafBlock>().Any(b => b is Markdig.Syntax.CodeBlock or HtmlBlock && b.Span.Start <= offset && offset <= b.Span.End);

    /// <summary>
    /// Why <paramref name="markdown"/> cannot be written as the one paragraph of a field, a list item or a table cell
    /// (<paramref name="place"/>), or null. The reader gives back the paragraph's source, so the Markdown must be that
    /// source: not empty, no blanks at a line's ends (Markdown drops them), no empty line (it ends the paragraph), no line
    /// that opens a block or a table, in a label's paragraph no line that reads as the next label or a table row, and in a
    /// table cell no line break.
    /// </summary>
    internal static string? InlineMarkdownProblem(string markdown, MarkdownPlace place)
    {
        const string ForMore = "; for Markdown of several paragraphs or blocks, make it a [Section] whose body is MarkdownText.";
        if (markdown.Length == 0)
        {
            return "the Markdown is empty; give it text, or set the value to null to leave it unfilled.";
        }

        // In a label's paragraph the reader ends a value at a line that starts a label or a table; in a list item it
        // reads every line of the item.
        var inParagraph = place is MarkdownPlace.AfterLabel or MarkdownPlace.BelowLabel;
        var lineNumber = 0;
        for (var start = 0; start <= markdown.Length; lineNumber++)
        {
            var end = markdown.IndexOf('\n', start);
            var line = markdown.AsSpan(start, (end < 0 ? markdown.Length : end) - start);
            var which = lineNumber == 0 && end < 0 ? "the Markdown" : "line " + (lineNumber + 1).ToString(CultureInfo.InvariantCulture) + " of the Markdown";
            if (line.Length == 0)
            {
                return which + " is empty, which would end the paragraph" + ForMore;
            }

            if (IsBlank(line[0]) || IsBlank(line[line.Length - 1]))
            {
                return which + " " + (IsBlank(line[0]) ? "starts" : "ends") + " with a blank, which Markdown drops; trim it (to break a line, end it with a backslash).";
            }

            if (place == MarkdownPlace.TableCell && end >= 0)
            {
                return "the Markdown holds a line break, which a table cell cannot; join the lines (GitHub shows <br> as a break in a cell).";
            }

            // A line under another line of the paragraph (every line, under a label).
            var continues = lineNumber > 0 || place == MarkdownPlace.BelowLabel;
            if (continues && inParagraph && Reader.StartsLabel(line))
            {
                return which + " starts with a bold label ('" + Reader.Shorten(line.ToString()) + "'), which reads as the next field; reword its start" + ForMore;
            }

            // A delimiter row makes the line above it a table's header (one of dashes alone underlines a heading instead).
            if (continues && place != MarkdownPlace.TableCell
                && ((inParagraph && Reader.IsTableLine(line)) || (line.IndexOfAny('|', ':') >= 0 && Reader.IsDelimiterRow(Reader.SplitRow(line.ToString())))))
            {
                return which + " would read as a row of a table; reword it" + ForMore;
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        if (place == MarkdownPlace.TableCell)
        {
            return null;
        }

        if (inParagraph && Reader.EndsWithBreakingBackslash(markdown.AsSpan()))
        {
            return "the Markdown ends with a backslash, which would break the line before the next label and not be read as part of the value; remove it, or double it to show it.";
        }

        // The Markdown must be one paragraph and nothing else, read where it stands: after a label's text, on the line
        // under it, or as a list item's text.
        var probe = place switch
        {
            MarkdownPlace.BelowLabel => "x\n" + markdown,
            MarkdownPlace.ListItem => markdown,
            _ => "x " + markdown,
        };
        var shift = place == MarkdownPlace.BelowLabel ? 1 : 0;
        var document = Markdown.Parse(probe, Pipeline);
        if (document.Count == 1 && document[0] is ParagraphBlock paragraph && paragraph.Lines.Count == lineNumber + 1 + shift)
        {
            return null;
        }

        if (document.Count > 0 && document[0] is HeadingBlock { IsSetext: true })
        {
            return "a line of the Markdown holding only '=' or '-' would make the lines above it a heading; reword it" + ForMore;
        }

        var first = document.Count == 0 ? null : document[0] is ParagraphBlock && document.Count > 1 ? document[1] : document[0];
        var at = first is null || lineNumber == 0 ? "the Markdown" : "line " + (first.Line - shift + 1).ToString(CultureInfo.InvariantCulture) + " of the Markdown";
        var block = first is HtmlBlock ? "an HTML block" : first is null ? "no paragraph" : Reader.Describe(first);
        return at + " would start " + block + " instead of " + (first is not null && first.Line == 0 && shift == 0 && place == MarkdownPlace.ListItem ? "being the item's text" : "continuing the paragraph") + ForMore;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';


    /// <summary>
    /// A block's non-blank lines, trimmed, kept as spans of the document: a paragraph's lines are mostly labels, read as
    /// spans, so a line becomes a string only when one is asked for.
    /// </summary>
    private sealed class BlockLines
    {
        private readonly string _text;
        private readonly int[] _bounds;
        private string?[]? _strings;

        public BlockLines(string text, int[] bounds, int count)
        {
            _text = text;
            _bounds = bounds;
            Count = count;
        }

        public int Count { get; }

        public string this[int index] => (_strings ??= new string?[Count])[index] ??= Span(index).ToString();

        public ReadOnlySpan<char> Span(int index) => _text.AsSpan(_bounds[2 * index], _bounds[(2 * index) + 1]);

        public List<string> GetRange(int index, int count)
        {
            var lines = new List<string>(count);
            for (var i = index; i < index + count; i++)
            {
                lines.Add(this[i]);
            }

            return lines;
        }
    }

    private sealed class Section
    {
        private static readonly List<Section> NoChildren = new();
        private List<Section>? _children;

        public Section(HeadingBlock? heading, int level, IReadOnlyList<Block> content)
        {
            Heading = heading;
            Level = level;
            Content = content;
        }

        public HeadingBlock? Heading { get; }

        public int Level { get; }

        /// <summary>The blocks between the heading and the next one (set when the next heading or the end is reached).</summary>
        public IReadOnlyList<Block> Content { get; set; }

        /// <summary>The sections nested in this one (a shared empty list when there are none: never add to it).</summary>
        public List<Section> Children => _children ?? NoChildren;

        public void Add(Section child) => (_children ??= new List<Section>()).Add(child);

        /// <summary>Where the section ends in the text, its subsections included: the next heading not deeper, the footer or the end.</summary>
        public int End { get; set; }
    }

    /// <summary>Blocks <c>start</c> to <c>end</c> (exclusive) of the document: a section's content, without a copy.</summary>
    private sealed class BlockRange : IReadOnlyList<Block>
    {
        private readonly MarkdownDocument _document;
        private readonly int _start;

        public BlockRange(MarkdownDocument document, int start, int end)
        {
            _document = document;
            _start = start;
            Count = end - start;
        }

        public int Count { get; }

        public Block this[int index] => (uint)index < (uint)Count ? _document[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Block> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return _document[_start + i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A record being read, with its parents (for parts written after a nested section, such as a footer).</summary>
    private sealed class Scope
    {
        private readonly PathRef _pathRef;
        private string? _path;

        public Scope(SchemaNode[] nodes, ParsedRecord record, PathRef path, Scope? parent)
        {
            Nodes = nodes;
            Record = record;
            _pathRef = path;
            Parent = parent;
        }

        public SchemaNode[] Nodes { get; }

        public ParsedRecord Record { get; }

        /// <summary>The record's path (built when first needed: only error messages need it).</summary>
        public string Path => _path ??= _pathRef.ToString();

        public Scope? Parent { get; }
    }

    /// <summary>
    /// A path for error messages, joined only when an error needs it: a text, or a part (a label or an item number)
    /// of a record's path or of another path.
    /// </summary>
    private readonly struct PathRef
    {
        private readonly string? _parentText;
        private readonly Scope? _parentScope;
        private readonly string? _label;
        private readonly int _number;

        private PathRef(string? parentText, Scope? parentScope, string? label, int number)
        {
            _parentText = parentText;
            _parentScope = parentScope;
            _label = label;
            _number = number;
        }

        public static implicit operator PathRef(string path) => new(path, null, null, 0);

        /// <summary>The part <paramref name="label"/> of the record read in <paramref name="scope"/>.</summary>
        public static PathRef Of(Scope scope, string label) => new(null, scope, label, 0);

        /// <summary>Item <paramref name="number"/> under <paramref name="path"/>.</summary>
        public static PathRef Item(PathRef path, int number) =>
            path._number == 0 ? new(path._parentText, path._parentScope, path._label, number) : new(path.ToString(), null, null, number);

        public override string ToString()
        {
            var path = _parentScope?.Path ?? _parentText ?? string.Empty;
            if (_label is not null)
            {
                path = Reader.Join(path, _label);
            }

            return _number > 0 ? Reader.Join(path, _number.ToString(CultureInfo.InvariantCulture)) : path;
        }
    }

    private sealed class Reader
    {
        private const string Separator = " \u203A ";

        private readonly string _text;
        private readonly List<int> _lineStarts;
        private readonly RecordSchema _root;
        private readonly SchemaText _schemaText;
        private readonly string[]? _footer;

        // Link reference definitions ("[blog]: https://…"), which Markdig takes out of the blocks, and the spans of the
        // text kept as Markdown bodies, which keep the definitions they hold.
        private List<LinkReferenceDefinition>? _definitions;
        private List<(int Start, int End)>? _bodies;

        // The title's values that live in a section, until that section is read; the chains of slots that lead to the
        // records being read (ParsedRecord compares by reference); where the title is, for errors.
        private List<KeyValuePair<FormatPartSpec, object?>>? _titleValues;
        private Dictionary<ParsedRecord, int[]>? _titleChains;

        // The record items read as their blank template (by reference), so that the section holding them can tell.
        private HashSet<object>? _templateItems;

        // How many items of each list could not be read, so that the ones after them keep their numbers in errors.
        private Dictionary<List<object?>, int>? _skippedItems;

        // How repeated sections and blocks were numbered, per record (CheckItemNumber).
        private Dictionary<Scope, Numbering>? _numbered;
        private int _titleLine;
        private int _titleColumn;

        // Whether the report has fields with plain labels ("OS: value"), which lines are then also tried against.
        private readonly bool _plainLabels;

        // The paragraph that ended with a field's value, and the field's label (see ReadParagraph).
        private (Block Block, string Label)? _valueEndingBlock;

        // The paragraph whose last line was free text, and the record it was read into (see ReadParagraph).
        private Block? _freeTextBlock;
        private ParsedRecord? _freeTextRecord;

        // Lines read apart that hold fields only (a block quote of quote fields): none of them is free text.
        private bool _fieldsOnly;

        // The block right after a paragraph whose last lines were free text read apart from it (a repeated block's text
        // under its title): it may go on that text, as the next paragraph of the same document would.
        private Block? _freeTextNext;

        public Reader(string text, RecordSchema root, string? footer, string? preamble)
            : this(text, root, SchemaText.Of(root, footer, preamble))
        {
        }

        /// <summary>The values of the root's front matter fields, read before the body (by slot).</summary>
        public List<KeyValuePair<int, object?>>? FrontMatterValues { get; set; }

        /// <summary>The conditions of the report type's parts, which a label may keep in parentheses.</summary>
        public HashSet<string> Conditions => _schemaText.Conditions;

        private Reader(string text, RecordSchema root, SchemaText schemaText)
        {
            _text = text;
            _root = root;
            _plainLabels = root.HasPlainLabels;
            _footer = schemaText.Footer;
            _schemaText = schemaText;

            // Reports run about 35 characters a line.
            _lineStarts = new List<int>(text.Length / 32 + 4) { 0 };
            if (!TryAddLineFeedStarts(text, _lineStarts))
            {
                AddLineStarts(text, _lineStarts);
            }
        }

        /// <summary>Adds where each line starts after the first: after LF, CR LF or a lone CR.</summary>
        private static void AddLineStarts(string text, List<int> lineStarts)
        {
            var i = text.AsSpan().IndexOfAny('\n', '\r');
            while (i >= 0)
            {
                if (text[i] == '\n' || i + 1 == text.Length || text[i + 1] != '\n')
                {
                    lineStarts.Add(i + 1);
                }

                var next = text.AsSpan(i + 1).IndexOfAny('\n', '\r');
                i = next < 0 ? -1 : i + 1 + next;
            }
        }

        /// <summary>
        /// <see cref="AddLineStarts"/> for text whose lines end in LF only (most reports), 16 characters at a time: a line is
        /// about 35 characters, so a search per line would cost a call per line. False, having added nothing, when the
        /// text holds a CR or vectors are not accelerated.
        /// </summary>
        private static bool TryAddLineFeedStarts(string text, List<int> lineStarts)
        {
#if NET8_0_OR_GREATER
            if (!Vector128.IsHardwareAccelerated || text.AsSpan().IndexOf('\r') >= 0)
            {
                return false;
            }

            var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            var lineFeed = Vector128.Create((ushort)'\n');
            var i = 0;
            for (; i + (2 * Vector128<ushort>.Count) <= chars.Length; i += 2 * Vector128<ushort>.Count)
            {
                var low = Vector128.Equals(Vector128.Create(chars.Slice(i, Vector128<ushort>.Count)), lineFeed);
                var high = Vector128.Equals(Vector128.Create(chars.Slice(i + Vector128<ushort>.Count, Vector128<ushort>.Count)), lineFeed);
                var mask = low.ExtractMostSignificantBits() | (high.ExtractMostSignificantBits() << Vector128<ushort>.Count);
                while (mask != 0)
                {
                    lineStarts.Add(i + BitOperations.TrailingZeroCount(mask) + 1);
                    mask &= mask - 1;
                }
            }

            for (; i < chars.Length; i++)
            {
                if (chars[i] == '\n')
                {
                    lineStarts.Add(i + 1);
                }
            }

            return true;
#else
            return false;
#endif
        }

        public List<ReportParseError> Errors { get; } = new();

        /// <summary>
        /// Finds the first line nested deeper than <see cref="MaxNesting"/> (quote markers, or a list marker
        /// indented past 4 columns per level), outside fenced code, in one linear pass over the lines.
        /// </summary>
        public ReportParseError? CheckNesting()
        {
            var text = _text;
            var fence = '\0';
            for (var line = 0; line < _lineStarts.Count; line++)
            {
                var (i, end) = LineBounds(line);
                if (i == end || text[i] is not (' ' or '\t' or '>' or '`' or '~'))
                {
                    // Not indented, quoted or fenced: nothing to count (most lines).
                    continue;
                }

                var columns = 0;
                var quotes = 0;
                while (i < end)
                {
                    var c = text[i];
                    if (c == ' ')
                    {
                        columns++;
                    }
                    else if (c == '\t')
                    {
                        columns += 4;
                    }
                    else if (c == '>' && fence == '\0')
                    {
                        quotes++;
                    }
                    else
                    {
                        break;
                    }

                    i++;
                }

                if (i + 2 < end && (text[i] == '`' || text[i] == '~') && text[i + 1] == text[i] && text[i + 2] == text[i])
                {
                    fence = fence == '\0' ? text[i] : (fence == text[i] ? '\0' : fence);
                }
                else if (fence == '\0')
                {
                    var listMarker = i < end && (text[i] is '-' or '*' or '+' || char.IsDigit(text[i]));
                    if (quotes > MaxNesting || (listMarker && columns > MaxNesting * 4))
                    {
                        return new ReportParseError("RPT0206", line + 1, 1, string.Empty,
                            $"at most {MaxNesting} levels of nested lists or quotes", quotes > MaxNesting ? $"{quotes} levels of quotes" : $"a list item indented {columns} columns");
                    }
                }
            }

            return null;
        }

        public object ReadDocument(FormatSpec? title)
        {
            var document = ParseBlocks(_text);

            // The root's content is copied (the title heading may stand inside it); a section's is the range of blocks
            // between its heading and the next.
            var rootContent = new List<Block>();
            var rootSection = new Section(null, 0, rootContent);
            var stack = new Stack<Section>();
            stack.Push(rootSection);
            var contentStart = 0;
            HeadingBlock? titleHeading = null;
            var footerStart = FooterStart(document);
            for (var b = 0; b < footerStart; b++)
            {
                var block = document[b];
                if (block is HeadingBlock heading)
                {
                    if (heading.IsSetext)
                    {
                        // Markdig puts a setext heading on its underline; its text and errors belong to its first line.
                        heading.Line = LineOf(heading.Span.Start);
                    }

                    if (heading.Level == 1 && title is not null && titleHeading is null && rootSection.Children.Count == 0)
                    {
                        titleHeading = heading;
                        continue;
                    }

                    EndContent(stack.Peek(), document, contentStart, b);
                    while (stack.Peek().Level >= heading.Level)
                    {
                        stack.Pop().End = _lineStarts[LineOf(heading.Span.Start)];
                    }

                    var section = new Section(heading, heading.Level, Array.Empty<Block>());
                    stack.Peek().Add(section);
                    stack.Push(section);
                    contentStart = b + 1;
                    continue;
                }

                if (stack.Peek() == rootSection)
                {
                    rootContent.Add(block);
                }
            }

            EndContent(stack.Peek(), document, contentStart, footerStart);
            var end = footerStart < document.Count ? _lineStarts[LineOf(document[footerStart].Span.Start)] : _text.Length;
            while (stack.Count > 1)
            {
                stack.Pop().End = end;
            }

            var record = new ParsedRecord(_root.Nodes.Length);
            if (FrontMatterValues is not null)
            {
                foreach (var pair in FrontMatterValues)
                {
                    record.Set(pair.Key, pair.Value);
                }
            }

            if (titleHeading is not null && title is not null)
            {
                var text = HeadingText(titleHeading);
                if (title.Source.Length > 0 && char.IsLetterOrDigit(title.Source[0]))
                {
                    // An emoji put before a title that starts with a word ("# 🚨 Incident …") is left out, as before a
                    // section's heading.
                    text = WithoutLeadingEmoji(text);
                }

                if (Array.Exists(title.Parts, p => p.SlotPath is not null))
                {
                    _titleValues = new List<KeyValuePair<FormatPartSpec, object?>>();
                    _titleChains = new Dictionary<ParsedRecord, int[]> { [record] = Array.Empty<int>() };
                    _titleLine = titleHeading.Line;
                    _titleColumn = titleHeading.Column;
                }

                ReadFormat(text, title, record, fenced: false, string.Empty, titleHeading.Line, titleHeading.Column, _titleValues);
            }

            ReadSection(rootSection, _root.Nodes, record, string.Empty, null);
            SupplyTitleValues(_root, record, Array.Empty<int>());
            ReportDefinitions();
            return _root.Create(record);
        }

        // ---- Title values that live in a section ("# Task Report: {Overview.TaskId} - {TaskName}") ----

        /// <summary>
        /// The chain of slots from the report to <paramref name="record"/>, the record of the section in slot
        /// <paramref name="slot"/> of <paramref name="parent"/>, when the title names a value inside it; null otherwise
        /// (and always when the title names none).
        /// </summary>
        private int[]? TitleChain(ParsedRecord parent, int slot, ParsedRecord record)
        {
            if (_titleValues is not { Count: > 0 } || !_titleChains!.TryGetValue(parent, out var parentChain))
            {
                return null;
            }

            var chain = new int[parentChain.Length + 1];
            parentChain.CopyTo(chain, 0);
            chain[parentChain.Length] = slot;
            foreach (var pair in _titleValues)
            {
                if (StartsWith(pair.Key.SlotPath!, chain))
                {
                    _titleChains[record] = chain;
                    return chain;
                }
            }

            return null;
        }

        private static bool StartsWith(int[] path, int[] chain)
        {
            if (path.Length <= chain.Length)
            {
                return false;
            }

            for (var i = 0; i < chain.Length; i++)
            {
                if (path[i] != chain[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Sets the title's values that belong in <paramref name="record"/> (read at <paramref name="chain"/>): a value
        /// the section left out (or left as its placeholder) comes from the title; a value both give must be the same.
        /// </summary>
        private void MergeTitleValues(RecordSchema schema, ParsedRecord record, int[] chain, PathRef path)
        {
            for (var i = _titleValues!.Count - 1; i >= 0; i--)
            {
                var (part, value) = (_titleValues[i].Key, _titleValues[i].Value);
                var slotPath = part.SlotPath!;
                if (slotPath.Length != chain.Length + 1 || !StartsWith(slotPath, chain))
                {
                    continue;
                }

                _titleValues.RemoveAt(i);
                if (!GivesValue(value, part.Value!))
                {
                    continue;
                }

                var slot = slotPath[chain.Length];
                var current = record[slot];
                if (!GivesValue(current, part.Value!))
                {
                    record.Set(slot, value);
                }
                else if (!Equals(current, value) && !(current is string a && value is string b && string.Equals(a.Trim(Blanks), b.Trim(Blanks), StringComparison.Ordinal)))
                {
                    Error("RPT0201", _titleLine, _titleColumn, Join(path.ToString(), schema.Nodes[slot].Label),
                        "the value the title gives, '" + Shorten(ValueText(value)) + "' (the title and the section hold the same value; make them the same)",
                        "'" + Shorten(ValueText(current)) + "' in the section");
                }
            }
        }

        /// <summary>
        /// After the sections are read: the title's values whose section is not in the text at all. The section is made
        /// with just that value, so the title's text is kept (completeness reports the rest of the section).
        /// </summary>
        private void SupplyTitleValues(RecordSchema schema, ParsedRecord record, int[] chain)
        {
            if (_titleValues is not { Count: > 0 })
            {
                return;
            }

            MergeTitleValues(schema, record, chain, string.Empty);
            var slots = new List<int>();
            foreach (var pair in _titleValues)
            {
                var slot = pair.Key.SlotPath![chain.Length];
                if (!slots.Contains(slot) && StartsWith(pair.Key.SlotPath, chain) && !record.IsSet(slot) && GivesValue(pair.Value, pair.Key.Value!))
                {
                    slots.Add(slot);
                }
            }

            foreach (var slot in slots)
            {
                var node = schema.Nodes[slot];
                var inner = new ParsedRecord(node.Record!.Nodes.Length);
                var innerChain = new int[chain.Length + 1];
                chain.CopyTo(innerChain, 0);
                innerChain[chain.Length] = slot;
                SupplyTitleValues(node.Record, inner, innerChain);
                record.Set(slot, node.Record.Create(inner));
            }
        }

        /// <summary>Whether a value read for <paramref name="spec"/> says something: not missing, empty or a placeholder.</summary>
        private static bool GivesValue(object? value, ValueSpec spec) =>
            value is not null && !(value is string text && IsPlaceholderFor(text.Trim(Blanks), spec));

        private static string ValueText(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

        /// <summary>Sets the content of <paramref name="section"/>, the one being read, to blocks <paramref name="start"/> to <paramref name="end"/>.</summary>
        private static void EndContent(Section section, MarkdownDocument document, int start, int end)
        {
            if (section.Heading is not null && end > start)
            {
                section.Content = new BlockRange(document, start, end);
            }
        }

        /// <summary>
        /// Parses <paramref name="markdown"/> into blocks, without the HTML comments that stand as blocks of their own
        /// (<c>&lt;!-- Describe the change --&gt;</c>): Markdown shows them to no reader, templates use them for guidance
        /// and agents leave them in place. A comment block with anything after its end, or one that is never closed (it
        /// would hide the rest of the text), stays, and is reported as the HTML it is.
        /// </summary>
        private MarkdownDocument ParseBlocks(string markdown)
        {
            var document = Markdown.Parse(markdown, Pipeline);
            if (markdown.IndexOf("<!--", StringComparison.Ordinal) >= 0)
            {
                RemoveComments(document, markdown);
            }

            // Markdig gathers every link reference definition into one group among the top-level blocks.
            for (var i = document.Count - 1; i >= 0; i--)
            {
                if (document[i] is LinkReferenceDefinitionGroup group)
                {
                    document.RemoveAt(i);
                    (_definitions ??= new List<LinkReferenceDefinition>()).AddRange(group.OfType<LinkReferenceDefinition>());
                }
            }

            return document;
        }

        /// <summary>
        /// Reports each link reference definition outside a Markdown body: a report keeps its values, not definitions,
        /// so a link that used one would lose its target when the report is written again.
        /// </summary>
        private void ReportDefinitions()
        {
            if (_definitions is null)
            {
                return;
            }

            foreach (var definition in _definitions)
            {
                if (_bodies is null || !_bodies.Exists(b => definition.Span.Start >= b.Start && definition.Span.Start < b.End))
                {
                    var text = Line(definition.Line).Trim(Blanks);
                    Error("RPT0203", definition.Line, ColumnOf(definition.Line, text), string.Empty,
                        "links written inline where they are used, [text](url) (a report keeps its values, not link reference definitions, except in a Markdown section)",
                        "the link reference definition '" + Shorten(text) + "'");
                }
            }
        }

        private static void RemoveComments(ContainerBlock container, string markdown)
        {
            for (var i = container.Count - 1; i >= 0; i--)
            {
                switch (container[i])
                {
                    case HtmlBlock { Type: HtmlBlockType.Comment } html when IsCommentsOnly(markdown.AsSpan(html.Span.Start, html.Span.Length)):
                        container.RemoveAt(i);
                        break;
                    case ContainerBlock inner:
                        RemoveComments(inner, markdown);
                        break;
                }
            }
        }

        /// <summary>Whether <paramref name="text"/> is one or more closed HTML comments and white space, nothing else.</summary>
        private static bool IsCommentsOnly(ReadOnlySpan<char> text)
        {
            text = text.Trim();
            while (text.Length > 0)
            {
                if (!text.StartsWith("<!--".AsSpan(), StringComparison.Ordinal))
                {
                    return false;
                }

                // "<!-->" and "<!--->" are comments too (CommonMark): the end may overlap the start.
                var end = text.Slice(2).IndexOf("-->".AsSpan(), StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                text = text.Slice(2 + end + 3).TrimStart();
            }

            return true;
        }

        /// <summary>
        /// Where the report's footer starts when the document ends with it (it is the report's own text there, even
        /// when a value elsewhere reads the same), else the number of blocks.
        /// </summary>
        private int FooterStart(MarkdownDocument document)
        {
            if (_footer is not { Length: > 0 })
            {
                return document.Count;
            }

            var remaining = _footer.Length;
            var start = document.Count;
            while (start > 0 && remaining > 0 && document[start - 1] is ParagraphBlock paragraph)
            {
                var lines = Lines(paragraph);
                if (lines.Count > remaining || !lines.SequenceEqual(_footer.Skip(remaining - lines.Count), StringComparer.OrdinalIgnoreCase))
                {
                    break;
                }

                remaining -= lines.Count;
                start--;
            }

            return remaining == 0 ? start : document.Count;
        }

        // ---- Sections ----

        private void ReadSection(Section section, SchemaNode[] nodes, ParsedRecord record, PathRef path, Scope? parent)
        {
            var scope = new Scope(nodes, record, path, parent);
            ReadContent(section.Content, scope);
            foreach (var child in section.Children)
            {
                ReadChildSection(child, scope);
            }

            for (var slot = 0; slot < nodes.Length; slot++)
            {
                if (nodes[slot] is { Kind: NodeKind.Field, Value.NotNullable: true } node && !record.IsSet(slot))
                {
                    // An int, bool or date that cannot be null has no "not set": left out, it would read as 0 or No.
                    var line = section.Heading?.Line ?? 0;
                    Error("RPT0202", line, 0, PathRef.Of(scope, node.Label), "'" + node.Label + "' (the value cannot be left unset)",
                        "no such line" + (section.Heading is null ? string.Empty : " in the section"));
                }
            }
        }

        private void ReadChildSection(Section child, Scope scope)
        {
            var heading = child.Heading!;
            var slot = SectionSlot(child, scope);
            if (slot < 0 && HeadingFieldSlot(child, scope, out var value) is var field && field >= 0)
            {
                // "## Status: Draft": a field written as a heading; what follows it is still the record's. "## Status" with the
                // value on the line under it, as a section would hold it, is the field too.
                var start = 0;
                var valueLine = heading.Line;
                if (value.Length == 0 && child.Content.Count > 0 && child.Content[0] is ParagraphBlock below && Lines(below) is { Count: 1 } belowLines)
                {
                    (value, start, valueLine) = (belowLines[0], 1, below.Line);
                }

                SetValue(scope, field, scope.Nodes[field], value, valueLine, PathRef.Of(scope, scope.Nodes[field].Label));
                ReadContent(child.Content, scope, start);
                foreach (var nested in child.Children)
                {
                    ReadChildSection(nested, scope);
                }

                return;
            }

            if (slot < 0)
            {
                UnknownSection(child, scope);
                return;
            }

            var node = scope.Nodes[slot];
            string? headingText = null;
            if (node.Kind == NodeKind.RepeatedSection)
            {
                // The format decodes its holes' escapes itself: it reads the heading as written.
                headingText = StripCondition(RepeatedHeading(HeadingSpan(heading), node.Title!), node.Condition);
                CheckItemNumber(scope, slot, headingText, node.Title!, heading.Line, heading.Column, Join(scope.Path, headingText));
            }

            if (node.Kind == NodeKind.RepeatedSection && SaysNoItem(child, node))
            {
                // "## Revision 1 (if rejected)" over "N/A": there is no such item, so it takes no number.
                scope.Record.ListAt(slot);
                TakeNoNumber(scope, slot);
                return;
            }

            if (headingText is not null)
            {
                var itemRecord = new ParsedRecord(node.Record!.Nodes.Length);
                var itemPath = Join(scope.Path, headingText);
                ReadFormat(headingText, node.Title!, itemRecord, fenced: false, itemPath, heading.Line, heading.Column);
                ReadSection(child, node.Record.Nodes, itemRecord, itemPath, scope);
                var items = scope.Record.ListAt(slot);
                if (!IsBlankTemplate(child, node, itemRecord))
                {
                    items.Add(node.Record.Create(itemRecord));
                }
                else
                {
                    TakeNoNumber(scope, slot);
                }

                return;
            }

            var path = PathRef.Of(scope, node.Label);
            if (scope.Record.IsSet(slot))
            {
                Error("RPT0201", heading, path, $"the section '{node.Label}' once", "it a second time");
                return;
            }

            if (node.Body is { Kind: NodeKind.Text, Value.Kind: ValueKind.Markdown })
            {
                // Kept as written, its deeper headings included, up to one that names a section of the report
                // not read yet (an agent wrote that section a level too deep; the writer refuses such headings
                // in a body): that one and the ones after it are read as sections.
                var cut = child.Children.FindIndex(c => NamesUnreadSection(c, scope, slot));
                scope.Record.Set(slot, new MarkdownText(MarkdownBody(child, cut < 0 ? child.Children.Count : cut, node.Guidance, node.TrailingGuidance)));
                for (var c = cut < 0 ? child.Children.Count : cut; c < child.Children.Count; c++)
                {
                    ReadChildSection(child.Children[c], scope);
                }
            }
            else if (node.Body is null && node.Record is not null)
            {
                var record = new ParsedRecord(node.Record.Nodes.Length);
                var chain = TitleChain(scope.Record, slot, record);
                ReadSection(child, node.Record.Nodes, record, path, scope);
                if (chain is not null)
                {
                    MergeTitleValues(node.Record, record, chain, path);
                }

                // A section left as its blank template (a draft's, or an agent's untouched one) is not filled: it reads
                // as missing, as it was before it was written, instead of as a section of placeholder values.
                scope.Record.Set(slot, IsBlankTemplate(child, node, record) ? null : node.Record.Create(record));
            }
            else
            {
                var body = new ParsedRecord(1);
                var bodyNodes = new[] { node.Body! };
                var bodyScope = new Scope(bodyNodes, body, path, scope);
                ReadContent(child.Content, bodyScope);
                foreach (var nested in child.Children)
                {
                    UnknownSection(nested, bodyScope);
                }

                scope.Record.Set(slot, BodyValue(node.Body!, body));
            }
        }

        private static bool AnySet(ParsedRecord record, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (record.IsSet(i))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="block"/> only says there is nothing: a paragraph of one such line, or a list of one such item.</summary>
        private bool SaysNothingBlock(Block block, string? emptyText) => block switch
        {
            ParagraphBlock paragraph => Lines(paragraph) is { Count: 1 } only && SaysNothing(only[0].AsSpan(), emptyText),
            ListBlock { Count: 1 } list => list[0] is ListItemBlock { Count: 1 } item && item[0] is ParagraphBlock first && Lines(first) is { Count: 1 } line
                && SaysNothing(line[0].AsSpan(), emptyText),
            _ => false,
        };

        /// <summary>
        /// Whether a repeated section's body says there is no such item: one line saying so (<c>N/A</c>, <c>None</c>), with
        /// nothing around it but the template's guidance and rules, as agents leave a <c>Revision 1</c> they had no need of.
        /// </summary>
        private bool SaysNoItem(Section section, SchemaNode node)
        {
            // An item with free text of its own may well say "N/A" there: that is its text.
            if (section.Children.Count > 0 || (node.Record is { } item && IndexOfKind(item.Nodes, NodeKind.Text) >= 0))
            {
                return false;
            }

            var nothing = 0;
            foreach (var block in section.Content)
            {
                if (block is ThematicBreakBlock)
                {
                    continue;
                }

                if (block is ParagraphBlock && SaysNothingBlock(block, node.EmptyText))
                {
                    nothing++;
                    continue;
                }

                if (block is not (ParagraphBlock or QuoteBlock or HtmlBlock) || !IsTemplateOnlyBlock(block))
                {
                    return false;
                }
            }

            return nothing == 1;
        }

        private void UnknownSection(Section child, Scope scope)
        {
            // A heading one level too deep (### for ##), or under one written a level too high (# for ##), whose text
            // names a section of an enclosing record not read yet is that section: the level changes how it looks,
            // not what it means.
            for (var outer = scope.Parent; outer is not null; outer = outer.Parent)
            {
                var slot = SectionSlot(child, outer);
                if (slot >= 0 && outer.Nodes[slot] is { Kind: NodeKind.RepeatedSection, Title: { } title } && IsValuesOnly(title))
                {
                    // Any heading reads as an item of a section headed by its values: not one under such an item.
                    continue;
                }

                if (slot >= 0 && (outer.Nodes[slot].Kind == NodeKind.RepeatedSection || !outer.Record.IsSet(slot)))
                {
                    ReadChildSection(child, outer);
                    return;
                }
            }

            var expected = scope.Nodes.Where(n => n.Kind is NodeKind.Section or NodeKind.RepeatedSection)
                .Select(n => "'" + (n.Title?.Source.Replace("{n}", "N") ?? n.Label) + "'").ToList();
            var text = HeadingText(child.Heading!);
            var owner = SectionOwner(_root.Nodes, MatchedHeading(child), null);
            Error("RPT0200", child.Heading!, scope.Path,
                expected.Count == 0 ? "no subsection here" : "a section " + string.Join(", ", expected),
                "the section '" + text + "'" + (owner is null ? string.Empty
                    : $", which is a subsection of '{owner}': write it under that section's heading, one level deeper ({new string('#', child.Level + 1)} {text})"));
        }

        /// <summary>
        /// The slot of the section of <paramref name="scope"/> that <paramref name="child"/>'s heading names, the first
        /// in order, or -1 (reads nothing). A heading is matched as a span of the document (no string) unless escapes
        /// must be decoded first.
        /// </summary>
        private int SectionSlot(Section child, Scope scope)
        {
            var raw = HeadingSpan(child.Heading!);
            var decoded = raw.IndexOfAny('\\', '&') >= 0 ? Normalize(Unescape(raw.ToString())) : null;
            var text = decoded is null ? NormalizeLabel(raw) : decoded.AsSpan();
            for (var slot = 0; slot < scope.Nodes.Length; slot++)
            {
                var node = scope.Nodes[slot];
                if ((node.Kind == NodeKind.Section && HeadingMatches(text, node))
                    || (node.Kind == NodeKind.RepeatedSection && node.Title is not null && !IsValuesOnly(node.Title) && IsRepeatedHeading(raw, node)))
                {
                    return slot;
                }
            }

            // Headings as agents vary them: in bold, ending with a colon or an emoji, with typographic quotes.
            var loose = LooseHeading(text);
            for (var slot = 0; slot < scope.Nodes.Length; slot++)
            {
                var node = scope.Nodes[slot];
                if (node.Kind == NodeKind.Section && LabelEquals(LooseHeading(StripCondition(loose, node.Condition)), node.LooseLabel.AsSpan()))
                {
                    return slot;
                }
            }

            // A heading of an item's values alone ("{Category}") takes any heading no other part claims, but for one a letter
            // or two off a section's ("## Sumary"), or a section's with words in parentheses after it ("## Notes (optional)"):
            // a misspelt section is an error, not an item. (Only where the writer refuses such values: a single value.)
            for (var slot = 0; slot < scope.Nodes.Length; slot++)
            {
                var node = scope.Nodes[slot];
                if (node.Kind == NodeKind.RepeatedSection && node.Title is not null && IsValuesOnly(node.Title) && IsRepeatedHeading(raw, node)
                    && !(node.Title.Parts.Length == 1 && (NearlyASection(loose, scope.Nodes) || NearlyASection(WithoutParenthetical(loose), scope.Nodes)))
                    && HeadingFieldSlot(child, scope, out _) < 0)
                {
                    return slot;
                }
            }

            return -1;
        }


        private static bool NearlyASection(ReadOnlySpan<char> heading, SchemaNode[] nodes)
        {
            foreach (var node in nodes)
            {
                if (node.Kind == NodeKind.Section && NearlyEquals(heading, node.LooseLabel.AsSpan()))
                {
                    return true;
                }
            }

            return false;
        }


        /// <summary>The slot of the field written as a heading (<c>## Status: Draft</c>) that the heading names, and its value; or -1.</summary>
        private int HeadingFieldSlot(Section child, Scope scope, out string value)
        {
            value = string.Empty;
            var text = HeadingText(child.Heading!).Trim(Blanks);
            for (var slot = 0; slot < scope.Nodes.Length; slot++)
            {
                var node = scope.Nodes[slot];
                if (node is { Kind: NodeKind.Field, Layout: 5 } && node.MatchLabel.Length > 0 && text.StartsWith(node.MatchLabel, StringComparison.OrdinalIgnoreCase)
                    && text.Substring(node.MatchLabel.Length).TrimStart(Blanks) is var rest && (rest.Length == 0 || rest[0] == ':'))
                {
                    // "Status: Draft", or "Status" (or "Status:") alone over the value.
                    value = rest.Length == 0 ? string.Empty : rest.Substring(1).Trim(Blanks);
                    return slot;
                }
            }

            return -1;
        }

        private static bool IsRepeatedHeading(ReadOnlySpan<char> raw, SchemaNode node) =>
            TryMatchFormat(StripCondition(RepeatedHeading(raw, node.Title!), node.Condition), node.Title!, new ParsedRecord(node.Record!.Nodes.Length));

        /// <summary>Whether a heading format has no text of its own, only values (<c>{Category}</c>): any heading reads as one.</summary>
        private static bool IsValuesOnly(FormatSpec title)
        {
            foreach (var part in title.Parts)
            {
                if (part.Kind == FormatPartKind.Number || (part.Kind == FormatPartKind.Literal && part.Text.Trim(Blanks).Length > 0))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The source of a Markdown body: the lines from the one after the heading to the section's end, without the
        /// template's guidance kept at its start or a rule (<c>---</c>) at its end, which is the report's own (before the
        /// footer or the next section), never the body's: the writer refuses a body that ends with one.
        /// </summary>
        private string MarkdownBody(Section section, int children, string? guidance, string? trailingGuidance)
        {
            var heading = section.Heading!;
            var lastHeadingLine = heading.IsSetext ? LineOf(heading.Span.End) : heading.Line;
            var start = lastHeadingLine + 1 < _lineStarts.Count ? _lineStarts[lastHeadingLine + 1] : _text.Length;
            var end = children < section.Children.Count ? _lineStarts[LineOf(section.Children[children].Heading!.Span.Start)] : section.End;
            if (LastBlock(section, children) is ThematicBreakBlock rule)
            {
                end = _lineStarts[rule.Line];
            }

            (_bodies ??= new List<(int Start, int End)>()).Add((start, end));
            var lines = _text.Substring(start, Math.Max(0, end - start)).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();
            TrimBlankLines(lines);

            // The guidance closing the section, kept: its lines at the end of the body.
            if (trailingGuidance is not null && EdgeLines(lines, trailingGuidance, atEnd: true) is > 0 and var trailing)
            {
                lines.RemoveRange(lines.Count - trailing, trailing);
                TrimBlankLines(lines);
            }

            // The section's guidance the agent kept, whole (it may hold blank lines: a comment of two paragraphs; or stand
            // right over the text).
            if (guidance is not null && EdgeLines(lines, guidance, atEnd: false) is > 0 and var leading)
            {
                lines.RemoveRange(0, leading);
                TrimBlankLines(lines);
            }

            return string.Join("\n", lines);
        }

        private static void TrimBlankLines(List<string> lines)
        {
            while (lines.Count > 0 && lines[0].Trim(Blanks).Length == 0)
            {
                lines.RemoveAt(0);
            }

            while (lines.Count > 0 && lines[lines.Count - 1].Trim(Blanks).Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }
        }

        /// <summary>The last block of <paramref name="section"/>'s text, its subsections' included, or null when it ends with a heading.</summary>
        private static Block? LastBlock(Section section, int children)
        {
            if (children > 0)
            {
                var last = section.Children[children - 1];
                return LastBlock(last, last.Children.Count);
            }

            return section.Content.Count > 0 ? section.Content[section.Content.Count - 1] : null;
        }

        /// <summary>Whether <paramref name="child"/>'s heading names a section of <paramref name="scope"/> or an enclosing record not read yet (other than the one being read, <paramref name="reading"/>).</summary>
        private bool NamesUnreadSection(Section child, Scope scope, int reading)
        {
            for (var current = scope; current is not null; current = current.Parent)
            {
                var slot = SectionSlot(child, current);
                if (slot >= 0 && current.Nodes[slot].Kind == NodeKind.Section && !current.Record.IsSet(slot) && (current != scope || slot != reading))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><paramref name="text"/> without the emoji (and the blanks after them) it starts with.</summary>
        private static string WithoutLeadingEmoji(string text)
        {
            // Emoji and their joiners and selectors lie above U+2000 and are neither letters nor digits.
            var i = 0;
            while (i < text.Length && text[i] >= '\u2000' && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            return i == 0 ? text : text.Substring(i).TrimStart(Blanks);
        }

        /// <summary>
        /// A repeated section's heading as its format reads it: as written (the format decodes its holes), without a
        /// leading emoji when the format starts with a word.
        /// </summary>
        private static string RepeatedHeading(ReadOnlySpan<char> raw, FormatSpec title)
        {
            var text = raw.Trim(Blanks.AsSpan()).ToString();
            return title.Source.Length > 0 && char.IsLetterOrDigit(title.Source[0]) ? WithoutLeadingEmoji(text) : text;
        }

        /// <summary>A section's heading as matched against the schema's (escapes decoded, no leading emoji).</summary>
        private string MatchedHeading(Section section)
        {
            var raw = HeadingSpan(section.Heading!);
            return raw.IndexOfAny('\\', '&') >= 0 ? Normalize(Unescape(raw.ToString())) : NormalizeLabel(raw).ToString();
        }

        /// <summary>The label of the section whose record holds a section matching <paramref name="wanted"/>, searched depth first, or null.</summary>
        private static string? SectionOwner(SchemaNode[] nodes, string wanted, string? owner)
        {
            foreach (var node in nodes)
            {
                if (node.Kind is not (NodeKind.Section or NodeKind.RepeatedSection))
                {
                    continue;
                }

                if (owner is not null && node.Kind == NodeKind.Section && HeadingMatches(wanted.AsSpan(), node))
                {
                    return owner;
                }

                if (node.Record is not null && SectionOwner(node.Record.Nodes, wanted, node.Title?.Source.Replace("{n}", "N") ?? node.Label) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        private static object? BodyValue(SchemaNode body, ParsedRecord record)
        {
            if (!body.IsList)
            {
                return record[0];
            }

            return record[0] ?? new List<object?>();
        }

        private static bool HeadingMatches(ReadOnlySpan<char> text, SchemaNode node)
        {
            var stripped = StripCondition(text, node.Condition);
            return stripped.Length == node.MatchLabel.Length && LabelEquals(stripped, node.MatchLabel.AsSpan());
        }

        private static string StripCondition(string text, string? condition)
        {
            var stripped = StripCondition(text.AsSpan(), condition);
            return stripped.Length == text.Length ? text : stripped.ToString();
        }

        /// <summary>
        /// <c>Label (condition)</c> → <c>Label</c>: the template's condition may be kept after a heading or title, emphasized or
        /// not (<c>## Key Entities *(include if feature involves data)*</c>).
        /// </summary>
        private static ReadOnlySpan<char> StripCondition(ReadOnlySpan<char> text, string? condition)
        {
            var mark = text.Length > 0 && text[text.Length - 1] is '*' or '_' ? (text.Length > 1 && text[text.Length - 2] == text[text.Length - 1] ? 2 : 1) : 0;
            var end = text.Length - mark;
            if (condition is null || end < condition.Length + 3 + mark || text[end - 1] != ')')
            {
                return text;
            }

            var inside = end - 1 - condition.Length;
            var before = inside - 1 - mark;
            return text[inside - 1] == '(' && (mark == 0 || (text[before] == text[text.Length - 1] && text[inside - 2] == text[text.Length - 1])) && before >= 1 && text[before - 1] == ' '
                && text.Slice(inside, condition.Length).Equals(condition.AsSpan(), StringComparison.OrdinalIgnoreCase)
                ? text.Slice(0, before - 1).TrimEnd(Blanks.AsSpan())
                : text;
        }

        // ---- Content of a record ----

        private void ReadContent(IReadOnlyList<Block> blocks, Scope scope, int start = 0)
        {
            // The template's preamble, kept whole: only where it stands, before the report's first part.
            if (scope.Parent is null && start == 0 && _schemaText.HasPreamble)
            {
                start = _schemaText.PreambleBlocks(blocks, Lines);
            }

            for (var i = start; i < blocks.Count; i++)
            {
                // The commonest blocks first: each case is a type test.
                switch (blocks[i])
                {
                    case ParagraphBlock or LinkReferenceDefinitionGroup:
                        i = ReadParagraph(blocks, i, scope);
                        break;
                    case ListBlock list:
                        ReadFreeList(list, scope);
                        break;
                    case ThematicBreakBlock:
                        break;
                    case FencedCodeBlock fence:
                        ReadFence(fence, scope);
                        break;
                    case QuoteBlock or HtmlBlock when IsTemplateOnlyBlock(blocks[i]):
                        // Guidance written as a quote or HTML (> **Note:** ...), kept by the agent.
                        break;
                    case QuoteBlock quote when Array.Exists(scope.Nodes, n => n is { Kind: NodeKind.Field, Layout: 4 }):
                        // "> Spec: [SPEC_NAME]": the record's quote fields, read as lines of their own.
                        ReadLines(QuoteLines(quote), quote.Line, scope, fieldsOnly: true);
                        break;
                    default:
                        Error("RPT0203", blocks[i], scope.Path, "report content (labelled values, lists, tables, code fences)", Describe(blocks[i]));
                        break;
                }
            }
        }

        /// <summary>Reads a paragraph; returns the index of the last block it consumed (a list after a label).</summary>
        private int ReadParagraph(IReadOnlyList<Block> blocks, int index, Scope scope)
        {
            var block = blocks[index];
            var lines = LineSpans(block);
            var lineNumber = block.Line;

            if (AllBareMarkers(lines, 0) && Array.FindIndex(scope.Nodes, n => n is { Kind: NodeKind.List, Label.Length: 0 }) is var bareList && bareList >= 0
                && !scope.Record.IsSet(bareList))
            {
                // The template's empty example items ("1.", "1.", "1.") after a section's guidance, which Markdig (unlike
                // CommonMark) reads as a paragraph: items with nothing in them, so no items.
                MarkSet(scope, bareList, scope.Nodes[bareList], lineNumber, PathRef.Of(scope, scope.Nodes[bareList].Label));
                return index;
            }

            // A paragraph of template lines only (guidance of several lines, kept) is skipped as a one-line one is.
            var wholeParagraph = lines.Count == 1 || AllTemplateOnly(lines);
            var k = 0;
            while (k < lines.Count)
            {
                var line = lines.Span(k);
                var lineIndex = lineNumber + k;
                var tableLines = TableLines(lines, k);
                if (tableLines > 0)
                {
                    ReadTable(lines.GetRange(k, tableLines), lineIndex, scope, null);
                    k += tableLines;
                    continue;
                }

                if (IsTemplateOnly(line, scope, wholeParagraph))
                {
                    k++;
                    continue;
                }

                var isBold = TryLabelSpan(line, out var labelText, out var restText, out var hasColon);
                Scope? target = null;
                var slot = -1;
                var plain = false;
                if (isBold)
                {
                    (target, slot) = FindLabelled(scope, labelText);
                }
                else if (_plainLabels || _fieldsOnly || IndexOfKind(scope.Nodes, NodeKind.Text) < 0)
                {
                    // "OS: value" for a field written with a plain label; for any field where the line would be an error.
                    plain = TryPlainLabel(line, scope, anyField: _fieldsOnly || IndexOfKind(scope.Nodes, NodeKind.Text) < 0, out target, out slot, out restText, paragraph: true);
                }

                if (isBold || plain)
                {
                    if (target is not null)
                    {
                        var node = target.Nodes[slot];
                        var path = PathRef.Of(target, node.Label);
                        switch (node.Kind)
                        {
                            case NodeKind.Field:
                                var value = restText.ToString();
                                var next = k + 1;
                                var markdown = node.Value.Kind == ValueKind.Markdown;
                                while (next < lines.Count && !_fieldsOnly && !StartsLabel(lines.Span(next)) && TableLines(lines, next) == 0
                                    && !IsTemplateOnly(lines.Span(next), scope, wholeParagraph: false)
                                    && !(node.Layout is 1 or 4 or 5 && (_plainLabels || plain) && TryPlainLabel(lines.Span(next), scope, anyField: plain, out _, out _, out _, paragraph: true)))
                                {
                                    value = value.Length == 0 && node.Layout == 3 && next == k + 1 ? lines[next] : value + LineBreak(markdown, lineNumber + next - 1) + lines[next];
                                    next++;
                                }

                                if (next < lines.Count && EndsWithBreakingBackslash(value))
                                {
                                    // "**Detected**: 2026-03-14\" over the next label: the backslash breaks the line before that label.
                                    value = value.Substring(0, value.Length - 1);
                                }

                                if (value.Length == 0 && next == lines.Count && ValueParagraphAfter(blocks, index, scope) is { } following)
                                {
                                    // "**Summary**:", a blank line, then the text: the value is the paragraph after its label.
                                    SetValue(target, slot, node, string.Join("\n", following), lineIndex, path);
                                    _valueEndingBlock = (blocks[index + 1], node.Label);
                                    return index + 1;
                                }

                                SetValue(target, slot, node, value, lineIndex, path);
                                _valueEndingBlock = next == lines.Count ? (block, node.Label) : null;
                                k = next;
                                continue;
                            case NodeKind.CodeBlock:
                                // "**Logs**:" then its code block, after a blank line or not; "None" after the label says there is none.
                                if (restText.Length > 0 && !SaysNothing(restText, node.EmptyText))
                                {
                                    Error("RPT0202", lineIndex, ColumnOf(lineIndex, restText.ToString()), path, "the code block on the lines below the label, or None",
                                        "'" + Shorten(restText.ToString()) + "' after it");
                                }
                                else if (restText.Length == 0 && k == lines.Count - 1 && index + 1 < blocks.Count && blocks[index + 1] is FencedCodeBlock code)
                                {
                                    SetFence(code, target, slot);
                                    return index + 1;
                                }
                                else if (restText.Length == 0 && k == lines.Count - 1 && index + 1 < blocks.Count && blocks[index + 1] is ParagraphBlock none
                                    && LineSpans(none) is { Count: 1 } noneLines && SaysNothing(noneLines.Span(0), node.EmptyText))
                                {
                                    // "**Logs**:", a blank line, then "None".
                                    return index + 1;
                                }

                                k++;
                                continue;
                            case NodeKind.List or NodeKind.Checklist or NodeKind.Table when restText.Length > 0 && !IsOnlyHtmlComments(restText):
                                // Text after a list's label: its empty text, or a word for "nothing" (None, N/A); never dropped.
                                if (SaysNothing(restText, node.EmptyText))
                                {
                                    MarkSet(target, slot, node, lineIndex, path);
                                }
                                else
                                {
                                    Error("RPT0202", lineIndex, ColumnOf(lineIndex, restText.ToString()), path,
                                        (node.Kind == NodeKind.Table ? "the table" : "the items") + " on the lines below the label"
                                        + (node.EmptyText is null ? ", or None" : ", or '" + node.EmptyText + "'"),
                                        "'" + Shorten(restText.ToString()) + "' after it");
                                }

                                k++;
                                continue;
                            case NodeKind.List or NodeKind.Checklist or NodeKind.Table:
                                k++;
                                if (k < lines.Count && node.Guidance is { } leadIn && lines.Span(k).Trim(Blanks.AsSpan()).Equals(leadIn.AsSpan().Trim(Blanks.AsSpan()), StringComparison.OrdinalIgnoreCase))
                                {
                                    // The template's line between the label and the items ("Steps to reproduce the behavior:").
                                    k++;
                                }

                                if (k < lines.Count && node.EmptyText is not null && lines.Span(k).Equals(node.EmptyText.AsSpan(), StringComparison.OrdinalIgnoreCase))
                                {
                                    MarkSet(target, slot, node, lineIndex, path);
                                    k++;
                                    continue;
                                }

                                if (k < lines.Count && node.Kind == NodeKind.Table && TableLines(lines, k) > 0)
                                {
                                    continue;
                                }

                                if (k < lines.Count && node.Kind == NodeKind.List && AllBareMarkers(lines, k))
                                {
                                    // The template's empty example items ("1.", "2.") right under the label: Markdown reads them as
                                    // the label's paragraph (an empty item cannot interrupt one), but they are items with nothing in them.
                                    MarkSet(target, slot, node, lineIndex, path);
                                    k = lines.Count;
                                    continue;
                                }

                                if (k < lines.Count && node.Kind == NodeKind.List && AllBareMarkers(lines, k, k + 1) && AllItemLines(lines, k))
                                {
                                    // "1." left empty, "2. Click" filled: the empty first item kept the rest in the label's paragraph
                                    // too. They are the list's items, read as a list of their own.
                                    MarkSet(target, slot, node, lineIndex, path);
                                    ReadItemLines(lines.GetRange(k, lines.Count - k), lineNumber + k, node, target, slot, path);
                                    k = lines.Count;
                                    continue;
                                }

                                if (k == lines.Count && index + 1 < blocks.Count)
                                {
                                    if (node.Kind == NodeKind.List && blocks[index + 1] is ParagraphBlock bare && AllBareMarkers(LineSpans(bare), 0))
                                    {
                                        // The same after a blank line, where Markdig (unlike CommonMark) still reads them as a paragraph
                                        // (one a blank line, in a loose list).
                                        MarkSet(target, slot, node, lineIndex, path);
                                        var last = index + 1;
                                        while (last + 1 < blocks.Count && blocks[last + 1] is ParagraphBlock more && AllBareMarkers(LineSpans(more), 0))
                                        {
                                            last++;
                                        }

                                        return last;
                                    }

                                    // The empty text after a blank line ("**Created**:", "", "None").
                                    if (node.EmptyText is not null && blocks[index + 1] is ParagraphBlock emptyText && Lines(emptyText) is { Count: 1 } emptyLines
                                        && string.Equals(emptyLines[0], node.EmptyText, StringComparison.OrdinalIgnoreCase))
                                    {
                                        MarkSet(target, slot, node, lineIndex, path);
                                        return index + 1;
                                    }

                                    if (node.Kind != NodeKind.Table && blocks[index + 1] is ListBlock list)
                                    {
                                        MarkSet(target, slot, node, lineIndex, path);
                                        ReadListItems(list, node, target.Record.ListAt(slot), path, target);
                                        return index + 1;
                                    }

                                    if (node.Kind == NodeKind.Table && blocks[index + 1] is ParagraphBlock table && LineSpans(table) is { Count: > 0 } followingLines
                                        && TableLines(followingLines, 0) > 0)
                                    {
                                        MarkSet(target, slot, node, lineIndex, path);
                                        ReadTable(Lines(table), table.Line, target, slot);
                                        return index + 1;
                                    }
                                }

                                MarkSet(target, slot, node, lineIndex, path);
                                continue;
                            case NodeKind.Group:
                                var nothing = restText.Length > 0 && !IsOnlyHtmlComments(restText);
                                if (nothing && !SaysNothing(restText, node.EmptyText))
                                {
                                    Error("RPT0202", lineIndex, ColumnOf(lineIndex, restText.ToString()), path, "the group's parts on the lines below the label, or None",
                                        "'" + Shorten(restText.ToString()) + "' after it");
                                    nothing = false;
                                }

                                var groupRecord = new ParsedRecord(node.Record!.Nodes.Length);
                                var end = index;
                                if (!nothing && k + 1 < lines.Count && SaysNothing(lines.Span(k + 1), node.EmptyText))
                                {
                                    // "N/A" on the line under the label.
                                    nothing = true;
                                    k++;
                                }
                                else if (!nothing && k == lines.Count - 1 && index + 1 < blocks.Count
                                    && (blocks[index + 1] is ListBlock || IndexOfKind(target.Nodes, NodeKind.Text) < 0) && SaysNothingBlock(blocks[index + 1], node.EmptyText))
                                {
                                    // "N/A" as the paragraph or the only item after the label. (A paragraph is that only where the
                                    // record has no free text: after a group of no values, it may be the text that follows.)
                                    nothing = true;
                                    end = index + 1;
                                }
                                else if (!nothing)
                                {
                                    // "**Desktop:**" then its parts: in the same paragraph, and in the blocks that follow (a list right
                                    // after the label is the group's, whatever its items say).
                                    end = ReadBlockParts(blocks, index, lines, k, lineNumber, new Scope(node.Record.Nodes, groupRecord, path, target), takeList: k == lines.Count - 1);
                                }

                                if (target.Record.IsSet(slot))
                                {
                                    Error("RPT0201", lineIndex, Column(block), path, "the group '" + node.Label + "' once", "it a second time");
                                }
                                else
                                {
                                    // "None" after the label, or the parts left as the blank template shows them: not given. The label
                                    // alone is a group of no values, as the writer writes one.
                                    target.Record.Set(slot, nothing || (AnySet(groupRecord, node.Record.Nodes.Length) && IsLeftAsTemplate(node.Record, groupRecord)) ? null : node.Record.Create(groupRecord));
                                }

                                if (nothing && end == index)
                                {
                                    k++;
                                    continue;
                                }

                                return end;
                        }
                    }
                }

                if (isBold)
                {
                    var label = labelText.ToString();
                    var rest = restText.ToString();

                    // A repeated block's title: **Decision 1: Name** or **Deviation 1**:
                    if (TryRepeatedTitle(scope, lines[k], rest, out var repeated, out var repeatedSlot, out var itemRecord))
                    {
                        return ReadRepeatedBlock(blocks, index, lines, k, lineNumber, label, repeated!, repeatedSlot, itemRecord!);
                    }

                    if (hasColon || rest.Length > 0)
                    {
                        Error("RPT0203", lineIndex, Column(block), scope.Path, ExpectedLabels(scope), "the label '" + label + "'" + NamesSection(scope, label) + NamesGroupPart(scope, lines.Span(k)));
                        k++;
                        continue;
                    }
                }

                // Unlabelled text: an empty-list text, or the record's free text.
                // (A labelled list's empty text follows its label; an unlabelled one's stands alone, after the
                // record's free text when the record has one: a text that reads like it comes first.)
                var emptyIndex = UnlabelledEmptyText(scope.Nodes, lines[k]);
                if (emptyIndex >= 0 && !HasUnsetTextBefore(scope, emptyIndex))
                {
                    MarkSet(scope, emptyIndex, scope.Nodes[emptyIndex], lineIndex, PathRef.Of(scope, scope.Nodes[emptyIndex].Label));
                    k++;
                    continue;
                }

                var textSlot = _fieldsOnly ? -1 : IndexOfKind(scope.Nodes, NodeKind.Text);
                if (textSlot < 0 && lines.Count == 1 && SaysNothing(line, null) && MarkRepeatedSectionsEmpty(scope, lineIndex))
                {
                    // "None" under a heading whose record holds only repeated sections ("## Risks", then "### Risk 1: …").
                    k++;
                    continue;
                }

                if (textSlot < 0 && TryRepeatedTitle(scope, lines[k].Trim(Blanks), string.Empty, out var plainRepeated, out var plainRepeatedSlot, out var plainItem, plain: true))
                {
                    // "Decision 1: Use CsvHelper", a repeated block's title without its bold, where the line would be an error.
                    return ReadRepeatedBlock(blocks, index, lines, k, lineNumber, lines[k].Trim(Blanks), plainRepeated!, plainRepeatedSlot, plainItem!);
                }

                if (textSlot < 0)
                {
                    // Text in a paragraph of its own after a field's value, which is one paragraph: say so.
                    var afterValue = k == 0 && index > 0 && _valueEndingBlock is { } ending && ReferenceEquals(ending.Block, blocks[index - 1])
                        ? " after the value of '" + ending.Label + "', a paragraph of its own (a field's value is one paragraph: if the text belongs to '" + ending.Label + "', remove the blank line before it; otherwise remove the text, or give it its place in the report)"
                        : string.Empty;
                    var namesSection = afterValue.Length == 0 && TryBoldSpan(line, out var bold, out var after) && after.Trim(Blanks.AsSpan()).Length == 0
                        ? NamesSection(scope, bold.ToString())
                        : string.Empty;
                    Error("RPT0203", lineIndex, Column(block), scope.Path, ExpectedLabels(scope), "the text '" + Shorten(lines[k]) + "'" + afterValue + namesSection
                        + (afterValue.Length == 0 && namesSection.Length == 0 ? NamesGroupPart(scope, line) : string.Empty));
                    k++;
                    continue;
                }

                var textEnd = k + 1;
                while (textEnd < lines.Count && !StartsLabel(lines.Span(textEnd)) && !IsTemplateOnly(lines.Span(textEnd), scope, wholeParagraph: false))
                {
                    textEnd++;
                }

                var text = string.Join("\n", lines.GetRange(k, textEnd - k));
                if (scope.Record.IsSet(textSlot) && scope.Record[textSlot] is string previous && _schemaText.IsTemplateOnly(previous)
                    && TryParseValue(text, scope.Nodes[textSlot].Value, fenced: false, out var second, out _))
                {
                    // The first paragraph was the template's plain guidance, kept: this one is the text.
                    scope.Record.Set(textSlot, second);
                }
                else if (k == 0 && (index > 0 ? ReferenceEquals(blocks[index - 1], _freeTextBlock) : ReferenceEquals(block, _freeTextNext)) && ReferenceEquals(scope.Record, _freeTextRecord)
                    && scope.Record[textSlot] is string before && scope.Nodes[textSlot].Value.Kind == ValueKind.String
                    && TryParseValue(text, scope.Nodes[textSlot].Value, fenced: false, out var more, out _) && more is string moreText)
                {
                    // Free text of several paragraphs, one right after the other, is one value: its paragraphs apart by a
                    // blank line (which the writer writes as a line holding only a backslash, so the text stays one
                    // paragraph). A paragraph anywhere else is still a second text, an error.
                    scope.Record.Set(textSlot, before + "\n\n" + moreText);
                }
                else
                {
                    SetValue(scope, textSlot, scope.Nodes[textSlot], text, lineIndex, PathRef.Of(scope, scope.Nodes[textSlot].Label));
                }

                // A paragraph that ends with free text may go on in the next one.
                (_freeTextBlock, _freeTextRecord) = textEnd == lines.Count ? (block, scope.Record) : (null, null);
                k = textEnd;
            }

            return index;
        }

        /// <summary>Whether the lines from <paramref name="start"/> on are list markers with nothing after them (<c>1.</c>, <c>-</c>).</summary>
        private static bool AllBareMarkers(BlockLines lines, int start, int end = int.MaxValue)
        {
            for (var i = start; i < Math.Min(lines.Count, end); i++)
            {
                // (A block's lines come without the blanks at their ends.)
                var line = lines.Span(i);
                if (line.Length is 0 or > 10 || ListMarkerLength(line) != line.Length)
                {
                    return false;
                }
            }

            return start < lines.Count;
        }

        /// <summary>The length of the list marker <paramref name="line"/> starts with (<c>1.</c>, <c>2)</c>, <c>-</c>) when a blank or the line's end follows it; or 0.</summary>
        private static int ListMarkerLength(ReadOnlySpan<char> line)
        {
            var digits = 0;
            while (digits < line.Length && digits < 9 && line[digits] is >= '0' and <= '9')
            {
                digits++;
            }

            var marker = digits > 0 ? (digits < line.Length && line[digits] is '.' or ')' ? digits + 1 : 0) : line.Length > 0 && line[0] is '-' or '*' or '+' ? 1 : 0;
            return marker > 0 && (marker == line.Length || IsBlank(line[marker])) ? marker : 0;
        }

        private bool AllTemplateOnly(BlockLines lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!_schemaText.IsTemplateOnly(lines.Span(i)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Reads a repeated block whose title (<paramref name="title"/>) is line <paramref name="k"/> of block <paramref name="index"/>; returns the last block read.</summary>
        private int ReadRepeatedBlock(IReadOnlyList<Block> blocks, int index, BlockLines lines, int k, int lineNumber, string title, Scope repeated, int slot, ParsedRecord itemRecord)
        {
            var node = repeated.Nodes[slot];
            var path = Join(repeated.Path, title);
            CheckItemNumber(repeated, slot, title, node.Title!, lineNumber + k, column: -1, path);
            var itemScope = new Scope(node.Record!.Nodes, itemRecord, path, repeated);
            var end = ReadBlockParts(blocks, index, lines, k, lineNumber, itemScope);
            repeated.Record.ListAt(slot).Add(node.Record.Create(itemRecord));
            return end;
        }

        /// <summary>
        /// Reads the parts of a block headed by line <paramref name="k"/> of block <paramref name="index"/> (a repeated block's
        /// title, a group's label) into <paramref name="partScope"/>: the rest of that paragraph, then the blocks after it that
        /// belong to the block, read together so that a label reaches its list or table. Returns the last block read.
        /// </summary>
        private int ReadBlockParts(IReadOnlyList<Block> blocks, int index, BlockLines lines, int k, int lineNumber, Scope partScope, bool takeList = false)
        {
            if (k + 1 < lines.Count)
            {
                // The parts continue in the same paragraph.
                if (ReadLines(lines.GetRange(k + 1, lines.Count - k - 1), lineNumber + k + 1, partScope) && index + 1 < blocks.Count)
                {
                    _freeTextNext = blocks[index + 1];
                    (_freeTextBlock, _freeTextRecord) = (null, partScope.Record);
                }
            }

            var end = takeList && index + 1 < blocks.Count && blocks[index + 1] is ListBlock ? index + 1 : index;
            while (end + 1 < blocks.Count && (BelongsTo(blocks[end + 1], partScope) || FollowsLabel(blocks[end], blocks[end + 1], partScope)))
            {
                end++;
            }

            var partBlocks = new List<Block>(end - index);
            for (var b = index + 1; b <= end; b++)
            {
                partBlocks.Add(blocks[b]);
            }

            ReadContent(partBlocks, partScope);
            return end;
        }

        /// <summary>
        /// The lines of the paragraph after block <paramref name="index"/> when it can only be the value of a label that
        /// ends that block: not a label, a table or template text. Null otherwise.
        /// </summary>
        private List<string>? ValueParagraphAfter(IReadOnlyList<Block> blocks, int index, Scope scope)
        {
            if (index + 1 >= blocks.Count || blocks[index + 1] is not ParagraphBlock paragraph || Lines(paragraph) is not { Count: > 0 } lines)
            {
                return null;
            }

            var first = lines[0];
            return TryLabelSpan(first, out _, out _, out _) || first.StartsWith("|", StringComparison.Ordinal)
                || IsTemplateOnly(first, scope, wholeParagraph: lines.Count == 1)
                ? null
                : lines;
        }

        /// <summary>The lines of a block quote without their markers (<c>&gt;</c> and the blank after it).</summary>
        private List<string> QuoteLines(QuoteBlock quote)
        {
            var (first, last) = LineRange(quote);
            var lines = new List<string>(last - first + 1);
            for (var i = first; i <= last; i++)
            {
                var line = Line(i).TrimStart(Blanks);
                if (line.Length > 0 && line[0] == '>')
                {
                    line = line.Length > 1 && line[1] is ' ' or '\t' ? line.Substring(2) : line.Substring(1);
                }

                lines.Add(line);
            }

            return lines;
        }

        /// <summary>Whether every line from <paramref name="start"/> on starts with a list marker (<c>1.</c>, <c>2)</c>, <c>-</c>) alone or before a blank.</summary>
        private static bool AllItemLines(BlockLines lines, int start)
        {
            for (var i = start; i < lines.Count; i++)
            {
                if (ListMarkerLength(lines.Span(i)) == 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Reads lines that are all list items (and Markdown read as a paragraph) as the items of <paramref name="node"/>, a
        /// list of their own; errors point at the lines where they stand.
        /// </summary>
        private void ReadItemLines(List<string> lines, int firstLine, SchemaNode node, Scope target, int slot, PathRef path)
        {
            var markdown = string.Join("\n", lines);
            var reader = new Reader(markdown, _root, _schemaText.WithoutFooter());
            var document = reader.ParseBlocks(markdown);
            if (document.Count == 1 && document[0] is ListBlock list)
            {
                reader.ReadListItems(list, node, target.Record.ListAt(slot), path, target);
            }
            else
            {
                reader.Error("RPT0203", 0, 1, path, "the list's items", "'" + Shorten(lines[0]) + "' and the lines after it, which do not read as one list");
            }

            foreach (var error in reader.Errors)
            {
                Errors.Add(error with { Line = error.Line + firstLine });
            }
        }

        /// <summary>Reads lines of a paragraph as a document of their own; returns whether they end with the scope's free text.</summary>
        private bool ReadLines(List<string> lines, int firstLine, Scope scope, bool fieldsOnly = false)
        {
            // Parse the remaining lines of a paragraph as a paragraph of their own.
            var markdown = string.Join("\n", lines);
            var reader = new Reader(markdown, _root, _schemaText.WithoutFooter()) { _fieldsOnly = fieldsOnly };

            var document = reader.ParseBlocks(markdown);
            reader.ReadContent(document, scope);
            reader.ReportDefinitions();
            foreach (var error in reader.Errors)
            {
                // The lines were read without their indentation (and a quote's without its markers).
                var index = error.Line - 1;
                var source = Line(index + firstLine);
                var indent = index >= 0 && index < lines.Count && lines[index].Length > 0 && source.IndexOf(lines[index], StringComparison.Ordinal) is >= 0 and var at
                    ? at
                    : source.Length - source.TrimStart(Blanks).Length;
                Errors.Add(error with { Line = error.Line + firstLine, Column = error.Column + indent });
            }

            return document.Count > 0 && ReferenceEquals(reader._freeTextBlock, document[document.Count - 1]) && ReferenceEquals(reader._freeTextRecord, scope.Record);
        }

        /// <summary>Whether <paramref name="next"/> is the list or table of a label that ends <paramref name="previous"/>.</summary>
        private bool FollowsLabel(Block previous, Block next, Scope scope) =>
            FollowsRecordLabel(previous, next, scope) || InGroupOf(scope, group => FollowsRecordLabel(previous, next, group));

        private bool FollowsRecordLabel(Block previous, Block next, Scope scope)
        {
            if (previous is not ParagraphBlock paragraph || Lines(paragraph) is not { Count: > 0 } lines)
            {
                return false;
            }

            var last = lines[lines.Count - 1];
            var slot = !TryLabel(last, out var label, out var rest, out _) ? PlainLabelSlot(last.AsSpan(), scope.Nodes, anyField: true, out _)
                : rest.Length > 0 ? -1
                : FindSlot(scope.Nodes, label);
            if (slot < 0)
            {
                return false;
            }

            return scope.Nodes[slot].Kind switch
            {
                NodeKind.List => next is ListBlock || (next is ParagraphBlock bare && AllBareMarkers(LineSpans(bare), 0)),
                NodeKind.Checklist or NodeKind.Group => next is ListBlock,
                NodeKind.CodeBlock => next is FencedCodeBlock,
                NodeKind.Table => next is ParagraphBlock table && Lines(table) is { Count: > 0 } tableLines && tableLines[0].StartsWith("|", StringComparison.Ordinal),
                _ => false,
            };
        }

        /// <summary>
        /// Whether a line is template-only text (guidance, a footer line) that a filled report may have kept. A
        /// line that holds a character the writer escapes in values ("[Code Reviewer Agent fills this section]")
        /// cannot be a value. Plain text could be one, so it counts as template-only only when it is a paragraph of
        /// its own in a record that has no free text.
        /// </summary>
        private bool IsTemplateOnly(string line, Scope scope, bool wholeParagraph) => IsTemplateOnly(line.AsSpan(), scope, wholeParagraph);

        private bool IsTemplateOnly(ReadOnlySpan<char> line, Scope scope, bool wholeParagraph) =>
            _schemaText.IsTemplateOnly(line)
            && (line.IndexOfAny(ValueEscapes) >= 0 || (wholeParagraph && IndexOfKind(scope.Nodes, NodeKind.Text) < 0));

        internal static bool IsTableLine(ReadOnlySpan<char> line) => line.Length > 0 && line[0] == '|';

        /// <summary>
        /// How many of the lines from <paramref name="k"/> on are a pipe table, or 0 when none starts there: lines that
        /// start with a pipe, or, as GFM also allows, a header row without outer pipes over a delimiter row of as many
        /// cells (<c>Name | Note</c>, <c>---|---</c>) and the rows after them that hold a pipe.
        /// </summary>
        private static int TableLines(BlockLines lines, int k)
        {
            var header = lines.Span(k);
            var delimited = !IsTableLine(header) && k + 1 < lines.Count && HasUnescapedPipe(header)
                && SplitRow(lines[k + 1]) is var delimiter && IsDelimiterRow(delimiter) && delimiter.Count == SplitRow(lines[k]).Count;
            if (!delimited && !IsTableLine(header))
            {
                return 0;
            }

            var end = k + 1;
            while (end < lines.Count && (IsTableLine(lines.Span(end)) || (delimited && HasUnescapedPipe(lines.Span(end)))))
            {
                end++;
            }

            return end - k;
        }

        internal static bool HasUnescapedPipe(ReadOnlySpan<char> line)
        {
            // Most lines hold no pipe at all: one vectorized search says so.
            var first = line.IndexOf('|');
            if (first < 0)
            {
                return false;
            }

            // As GFM splits a row: a pipe right after a backslash is escaped, whatever stands before that backslash.
            for (var i = first; i < line.Length; i++)
            {
                if (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="text"/> after a list's label says the list is empty: its empty text, or None, N/A, a dash.</summary>
        private static bool SaysNothing(ReadOnlySpan<char> text, string? emptyText)
        {
            text = text.Trim(Blanks.AsSpan()).TrimEnd('.');
            if (text.Length > 2 && text[0] is '*' or '_' && text[text.Length - 1] == text[0])
            {
                // "*N/A*", "**None**": the emphasis is not part of it.
                text = text.Trim(text[0]).Trim(Blanks.AsSpan()).TrimEnd('.');
            }

            if (emptyText is not null && text.Equals(emptyText.AsSpan().TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var word in NothingWords)
            {
                if (text.Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // "None identified", "None at this time", "No deviations", "No known issues": a short phrase saying there is none,
            // where the part has an empty text of its own, which the writer writes back for it (without one, an empty
            // required part is written as its template, and the phrase would not come back).
            if (emptyText is null)
            {
                return false;
            }

            var words = 1;
            foreach (var c in text)
            {
                words += c == ' ' ? 1 : 0;
            }

            return words <= 4 && text.IndexOfAny(',', ';', ':') < 0
                && (text.StartsWith("None ".AsSpan(), StringComparison.OrdinalIgnoreCase) || text.StartsWith("No ".AsSpan(), StringComparison.OrdinalIgnoreCase)
                    || text.StartsWith("Nothing ".AsSpan(), StringComparison.OrdinalIgnoreCase) || text.StartsWith("N/A ".AsSpan(), StringComparison.OrdinalIgnoreCase));
        }

        private static readonly string[] NothingWords = { "None", "N/A", "NA", "Nothing", "Not applicable", "-", "\u2014" };

        /// <summary><paramref name="text"/> without its complete HTML comments (<c>&lt;!-- … --&gt;</c>), trimmed.</summary>
        internal static string WithoutHtmlComments(string text)
        {
            var result = new System.Text.StringBuilder(text.Length);
            var at = 0;
            while (at < text.Length)
            {
                var open = text.IndexOf("<!--", at, StringComparison.Ordinal);
                while (open > 0 && IsEscapedAt(text.AsSpan(), open))
                {
                    // "\<!--" is text, as the writer escapes it.
                    open = text.IndexOf("<!--", open + 1, StringComparison.Ordinal);
                }

                var close = open < 0 ? -1 : text.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    result.Append(text, at, text.Length - at);
                    break;
                }

                result.Append(text, at, open - at);
                at = close + 3;
            }

            return result.ToString().Trim(Blanks);
        }

        /// <summary>Whether <paramref name="text"/> holds only HTML comments (the template's guidance after a label).</summary>
        private static bool IsOnlyHtmlComments(ReadOnlySpan<char> text) =>
            text.IndexOf("<!--".AsSpan(), StringComparison.Ordinal) >= 0 && WithoutHtmlComments(text.ToString()).Length == 0;

        /// <summary>
        /// How many characters at the end of <paramref name="raw"/> are the first words of <paramref name="suffix"/> (up to
        /// a blank in it), or 0.
        /// </summary>
        private static int SuffixStart(string raw, string suffix)
        {
            for (var end = suffix.Length - 1; end > 0; end--)
            {
                if (suffix[end] == ' ' && suffix[end - 1] != ' ' && raw.Length > end
                    && string.Compare(raw, raw.Length - end, suffix, 0, end, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return end;
                }
            }

            return 0;
        }

        /// <summary>Whether every non-blank line of <paramref name="block"/> is a template-only line.</summary>
        private bool IsTemplateOnlyBlock(Block block) => Lines(block).TrueForAll(_schemaText.IsTemplateOnly);

        /// <summary>The first node of <paramref name="kind"/>, or -1.</summary>
        private static int IndexOfKind(SchemaNode[] nodes, NodeKind kind)
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                if (nodes[i].Kind == kind)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// When the record read in <paramref name="scope"/> holds repeated sections and nothing else that text could
        /// fill, marks those not read yet as read and empty, and says so; else false.
        /// </summary>
        private bool MarkRepeatedSectionsEmpty(Scope scope, int line)
        {
            if (!scope.Nodes.Any(n => n.Kind == NodeKind.RepeatedSection)
                || scope.Nodes.Any(n => n.Kind is not (NodeKind.RepeatedSection or NodeKind.Section or NodeKind.TitleValue)))
            {
                return false;
            }

            for (var slot = 0; slot < scope.Nodes.Length; slot++)
            {
                if (scope.Nodes[slot].Kind == NodeKind.RepeatedSection && !scope.Record.IsSet(slot))
                {
                    MarkSet(scope, slot, scope.Nodes[slot], line, PathRef.Of(scope, scope.Nodes[slot].Label));
                }
            }

            return true;
        }

        /// <summary>The unlabelled collection whose empty text <paramref name="line"/> is (or that a word for "nothing" empties), or -1.</summary>
        private static int UnlabelledEmptyText(SchemaNode[] nodes, string line)
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                var n = nodes[i];
                // Its empty text, or a word for "nothing" (None, N/A), as after a labelled list.
                if (n.Label.Length == 0 && n.Kind is NodeKind.Repeated or NodeKind.List or NodeKind.Table or NodeKind.Checklist
                    && SaysNothing(line.AsSpan(), n.EmptyText))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Whether a free text before <paramref name="slot"/> is still unset.</summary>
        private static bool HasUnsetTextBefore(Scope scope, int slot)
        {
            for (var t = 0; t < slot; t++)
            {
                if (scope.Nodes[t].Kind == NodeKind.Text && !scope.Record.IsSet(t))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly char[] ValueEscapes = { '\\', '`', '*', '[', ']', '<', '|', '~', '&' };

        private bool BelongsTo(Block block, Scope scope) => BelongsToRecord(block, scope) || InGroupOf(scope, group => BelongsToRecord(block, group));

        /// <summary>
        /// Whether a paragraph after a repeated block's fields is the block's free text: the block has free text and the
        /// record around it has none (after the last block, text would be that record's; RPT0006 keeps both from a model), and
        /// the paragraph is not a bold line (the next block's title), template text, the next block's title without its bold
        /// (<c>Decision 2: b</c>), or a field of a record around it written <c>Label: value</c> (the writer escapes text
        /// starting like either).
        /// </summary>
        private bool IsOwnText(List<string> lines, Scope scope)
        {
            var first = lines[0];
            if (IndexOfKind(scope.Nodes, NodeKind.Text) < 0 || StartsLabel(first.AsSpan()) || BoldStart(first.AsSpan()) >= 0
                || IsTemplateOnly(first, scope, wholeParagraph: lines.Count == 1))
            {
                return false;
            }

            if (scope.Parent is not { } parent)
            {
                return true;
            }

            return IndexOfKind(parent.Nodes, NodeKind.Text) < 0
                && !TryRepeatedTitle(parent, first.Trim(Blanks), string.Empty, out _, out _, out _, plain: true)
                && !TryPlainLabel(first.AsSpan(), parent, anyField: true, out _, out _, out _, paragraph: true);
        }

        /// <summary>Whether <paramref name="test"/> holds for one of the groups of <paramref name="scope"/>'s record (their parts are the record's too).</summary>
        private static bool InGroupOf(Scope scope, Func<Scope, bool> test)
        {
            foreach (var node in scope.Nodes)
            {
                if (node.Kind == NodeKind.Group && node.Record is { } record && test(new Scope(record.Nodes, NoValues, scope.Path, scope)))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly ParsedRecord NoValues = new(0);

        private bool BelongsToRecord(Block block, Scope scope)
        {
            switch (block)
            {
                case ListBlock list:
                    var first = FirstChild(list) as ListItemBlock;
                    var paragraph = first is null ? null : FirstChild(first) as ParagraphBlock;
                    if (paragraph is null)
                    {
                        return false;
                    }

                    var line = Lines(paragraph)[0];
                    if (TryCheck(line, out _, out var checkText) && FindSlot(scope.Nodes, checkText, NodeKind.Check) >= 0)
                    {
                        return true;
                    }

                    if (TryIndicator(line, scope, out _, out _))
                    {
                        return true;
                    }

                    return TryLabel(line, out var label, out _, out _) ? FindSlot(scope.Nodes, label) >= 0 : PlainLabelSlot(line.AsSpan(), scope.Nodes, anyField: true, out _) >= 0;
                case ParagraphBlock p:
                    var lines = Lines(p);
                    if (lines.Count == 0)
                    {
                        return false;
                    }

                    if (TryLabel(lines[0], out var l, out _, out _))
                    {
                        return FindSlot(scope.Nodes, l) >= 0;
                    }

                    return PlainLabelSlot(lines[0].AsSpan(), scope.Nodes, anyField: true, out _, paragraph: true) >= 0 || IsOwnText(lines, scope);
                case FencedCodeBlock:
                    return IndexOfKind(scope.Nodes, NodeKind.CodeBlock) >= 0 || IndexOfKind(scope.Nodes, NodeKind.AlignedBlock) >= 0;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Checks the number a repeated section or block carries (<c>## Finding 3: …</c>, <c>**Decision 2: …**</c>). The
        /// writer numbers them 1, 2, 3 in order and the number is not kept, so one out of that order would change on
        /// the next write, and a mention of "Finding 3" elsewhere would then name another finding: an error, not a guess.
        /// A column of -1 is found on the line, only for an error.
        /// </summary>
        private void CheckItemNumber(Scope owner, int slot, string text, FormatSpec title, int line, int column, PathRef path)
        {
            _numbered ??= new Dictionary<Scope, Numbering>();
            if (!_numbered.TryGetValue(owner, out var numbering))
            {
                _numbered.Add(owner, numbering = new Numbering(owner.Nodes.Length));
            }

            var wanted = ++numbering.Read[slot];
            if (WrittenNumber(text, title) is not var (written, end) || written == wanted)
            {
                return;
            }

            column = column >= 0 ? column : ColumnOf(line, text);

            var prefix = text.Substring(0, end).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            var noItem = numbering.NoItem[slot]
                ? "; one holding only N/A or its template is no item, so remove it and number the others from 1"
                : string.Empty;
            if (written > 0 && written < wanted && noItem.Length == 0)
            {
                Error("RPT0201", line, column, path, "'" + prefix + written + "' once",
                    "it a second time; number them 1, 2, 3 in order, as they are written ('" + prefix + wanted + "' here)");
            }
            else
            {
                Error("RPT0202", line, column, path, "'" + prefix + wanted + "' here (they are numbered 1, 2, 3 in order, as they are written" + noItem + ")",
                    "'" + prefix + written + "'");
            }
        }

        /// <summary>A repeated section that is no item (N/A, or left as its template) takes no number: the next one is numbered as if it were not there.</summary>
        private void TakeNoNumber(Scope scope, int slot)
        {
            if (_numbered is not null && _numbered.TryGetValue(scope, out var numbering) && numbering.Read[slot] > 0)
            {
                numbering.Read[slot]--;
                numbering.NoItem[slot] = true;
            }
        }

        /// <summary>
        /// Per record and slot: how many repeated sections or blocks were read (to check the number each carries), and
        /// whether one was no item (N/A), which an error on a later number mentions. Kept beside the scopes, made only
        /// for reports that have such parts.
        /// </summary>
        private sealed class Numbering
        {
            public Numbering(int slots)
            {
                Read = new int[slots];
                NoItem = new bool[slots];
            }

            public int[] Read { get; }

            public bool[] NoItem { get; }
        }

        /// <summary>The number in <paramref name="text"/> where its format has <c>{n}</c> after fixed text only, and where it ends; or null.</summary>
        private static (int Number, int End)? WrittenNumber(string text, FormatSpec title)
        {
            var position = 0;
            foreach (var part in title.Parts)
            {
                if (part.Kind == FormatPartKind.Literal)
                {
                    if (!LiteralAt(text, position, part.Text, ignoreCase: true))
                    {
                        return null;
                    }

                    position += part.Text.Length;
                    continue;
                }

                if (part.Kind != FormatPartKind.Number)
                {
                    return null;
                }

                var number = 0;
                var start = position;
                while (position < text.Length && text[position] is >= '0' and <= '9' && position - start < 9)
                {
                    number = (number * 10) + (text[position] - '0');
                    position++;
                }

                return position > start ? (number, position) : null;
            }

            return null;
        }

        private bool TryRepeatedTitle(Scope scope, string line, string rest, out Scope? owner, out int slot, out ParsedRecord? record, bool plain = false)
        {
            owner = null;
            slot = -1;
            record = null;
            var bold = line;
            if (!plain && (rest.Length > 0 || !TryBold(line, out bold, out _)))
            {
                return false;
            }

            // The whole bold text is the title ("**Decision 2: **" has an empty name, "**Decision 1: x:**" a name
            // that ends with a colon); "**Deviation 1:**" is tolerated for "**Deviation 1**:".
            bold = bold.Trim(Blanks);
            var titles = bold.EndsWith(":", StringComparison.Ordinal) ? new[] { bold, bold.Substring(0, bold.Length - 1).TrimEnd(Blanks) } : new[] { bold };
            for (var current = scope; current is not null; current = current.Parent)
            {
                for (var i = 0; i < current.Nodes.Length; i++)
                {
                    var node = current.Nodes[i];
                    if (node.Kind != NodeKind.Repeated || node.Title is null
                        || (plain && (node.Title.Parts.Length == 0 || node.Title.Parts[0].Kind != FormatPartKind.Literal || node.Title.Parts[0].Text.Trim().Length == 0)))
                    {
                        // Without its bold, only a title that starts with words of its own ("Decision 1: …") is one.
                        continue;
                    }

                    var candidate = new ParsedRecord(node.Record!.Nodes.Length);
                    var text = titles.Select(t => StripCondition(t, node.Condition)).FirstOrDefault(t => TryMatchFormat(t, node.Title, candidate));
                    if (text is not null)
                    {
                        ReadFormat(text, node.Title, candidate, fenced: false, Join(current.Path, text), 0, 0);
                        owner = current;
                        slot = i;
                        record = candidate;
                        return true;
                    }
                }
            }

            return false;
        }

        // ---- Lists ----

        /// <summary>A list with no label before it: bullet fields, checks, indicators, or the record's unlabelled list.</summary>
        private void ReadFreeList(ListBlock list, Scope scope, int start = 0)
        {
            for (var b = start; b < list.Count; b++)
            {
                if (list[b] is not ListItemBlock item)
                {
                    continue;
                }

                var paragraph = FirstChild(item) as ParagraphBlock;

                // Most items are one line ("**Label**: value"): read from the document, without a string per line.
                List<string>? lines = null;
                ReadOnlySpan<char> first = default;
                if (paragraph is not null && !TrySingleLine(paragraph, out first))
                {
                    lines = Lines(paragraph);
                    first = lines.Count > 0 ? lines[0].AsSpan() : default;
                }

                // An item naming a field of an enclosing part is that field, unless this part has items of its own to read.
                if (TryLabelSpan(first, out var label, out var restText, out _) && FindLabelled(scope, label) is ({ } owner, var slot)
                    && owner.Nodes[slot].Kind == NodeKind.Field && (owner == scope || UnlabelledListSlot(scope.Nodes) < 0))
                {
                    ReadItemField(item, paragraph, lines, owner, slot, restText);
                    continue;
                }

                lines ??= first.Length == 0 ? new List<string>() : new List<string>(1) { first.ToString() };
                var line = lines.Count > 0 ? lines[0] : string.Empty;

                var isCheck = TryCheck(line, out var done, out var checkText);
                if (!isCheck && TryMarkedCheck(line, out done, out checkText) && FindSlot(scope.Nodes, checkText, NodeKind.Check) >= 0)
                {
                    // "- ✅ Unit tests written and passing", "- ❌ …": a check of the report's ticked or not with a mark, as
                    // agents write them instead of the box.
                    isCheck = true;
                }

                if (isCheck)
                {
                    var checkSlot = FindSlot(scope.Nodes, checkText, NodeKind.Check);
                    if (checkSlot < 0 && TrailingCommentStart(checkText.AsSpan()) is > 0 and var comment)
                    {
                        // "- [x] Security review completed <!-- by the auditor -->": the template's comment is not the check's text.
                        checkSlot = FindSlot(scope.Nodes, checkText.Substring(0, comment), NodeKind.Check);
                    }

                    if (checkSlot >= 0)
                    {
                        var checkPath = PathRef.Of(scope, scope.Nodes[checkSlot].Label);
                        SetParsed(scope, checkSlot, done, item.Line, checkPath);
                        if (lines.Count > 1 || item.Count > 1)
                        {
                            var checkLabel = scope.Nodes[checkSlot].Label;
                            NothingMore(item, lines, checkPath, () => "the check '" + checkLabel + "'");
                        }
                        continue;
                    }
                }

                if (TryIndicator(line, scope, out var indicatorSlot, out var mark))
                {
                    var node = scope.Nodes[indicatorSlot];
                    var path = PathRef.Of(scope, node.Label);
                    IndicatorEnd(item, lines, node, path, mark);
                    if (TryParseEnum(mark, node.Value, out var option, allowEmojiOnly: true))
                    {
                        SetParsed(scope, indicatorSlot, option, item.Line, path);
                    }
                    else if (!IsTemplateIndicator(mark, node.Value))
                    {
                        Error("RPT0202", item.Line, item.Column, path, "one of " + OptionList(node.Value), "'" + mark + "'");
                    }
                    else
                    {
                        SetParsed(scope, indicatorSlot, null, item.Line, path);
                    }

                    continue;
                }

                if (TryLabelSpan(line.AsSpan(), out var indicatorLabel, out var indicatorRest, out _)
                    && FindSlot(scope.Nodes, indicatorLabel, NodeKind.Indicator) is var labelled && labelled >= 0)
                {
                    // An indicator written as a field ("**Health**: ✅" or "**Health**: MET"): its option after the label.
                    var node = scope.Nodes[labelled];
                    var path = PathRef.Of(scope, node.Label);
                    var written = indicatorRest.Trim(Blanks.AsSpan()).ToString();
                    if (TryParseEnum(written, node.Value, out var option, allowEmojiOnly: true))
                    {
                        SetParsed(scope, labelled, option, item.Line, path);
                    }
                    else
                    {
                        Error("RPT0202", item.Line, item.Column, path,
                            "the indicator as '" + (node.Value.Options.FirstOrDefault()?.Emoji ?? string.Empty) + " **" + node.Label + "**', one of " + OptionList(node.Value),
                            "'" + Shorten(line) + "'");
                    }

                    continue;
                }

                var listSlot = UnlabelledListSlot(scope.Nodes);
                if ((_plainLabels || listSlot < 0) && TryPlainLabel(line.AsSpan(), scope, anyField: listSlot < 0, out var plainOwner, out var plainSlot, out var plainRest)
                    && (plainOwner == scope || listSlot < 0) && plainOwner!.Nodes[plainSlot].Kind == NodeKind.Field)
                {
                    // "- OS: value": a field written with a plain label, or one whose bold the agent left out (where the
                    // item would otherwise be an error).
                    ReadItemField(item, paragraph, lines, plainOwner!, plainSlot, plainRest);
                    continue;
                }

                if (listSlot < 0)
                {
                    Error("RPT0203", item.Line, item.Column, scope.Path, ExpectedLabels(scope), "the list item '" + Shorten(line) + "'" + NamesGroupPart(scope, line.AsSpan()));
                    continue;
                }

                var listNode = scope.Nodes[listSlot];
                ReadListItem(item, lines, listNode, scope.Record.ListAt(listSlot), scope.Path, scope);
            }
        }

        /// <summary>Reads a list item that is a field (its label read already, <paramref name="restText"/> after it) into its record.</summary>
        private void ReadItemField(ListItemBlock item, ParagraphBlock? paragraph, List<string>? lines, Scope owner, int slot, ReadOnlySpan<char> restText)
        {
            var node = owner.Nodes[slot];
            var rest = restText.ToString();
            var value = lines is { Count: > 1 } ? JoinLines(rest, lines, node.Value.Kind == ValueKind.Markdown, paragraph!.Line) : rest;
            SetValue(owner, slot, node, value, item.Line, PathRef.Of(owner, node.Label));
            NoNestedBlocks(item, PathRef.Of(owner, string.Empty));
        }

        private void ReadListItems(ListBlock list, SchemaNode node, List<object?> target, PathRef path, Scope scope)
        {
            // A blank line joins the list and the bullet parts written after it into one list (as on GitHub): the list
            // ends where its last items are all bullet parts of the record, each once ("Docs updated" may be both an item
            // of a checklist and a check after it).
            var end = list.IsOrdered ? list.Count : BulletPartsStart(list, scope, node);
            for (var b = 0; b < end; b++)
            {
                if (list[b] is ListItemBlock item)
                {
                    var paragraph = FirstChild(item) as ParagraphBlock;
                    ReadListItem(item, paragraph is null ? new List<string>() : Lines(paragraph), node, target, path, scope);
                }
            }

            if (end < list.Count)
            {
                ReadFreeList(list, scope, end);
            }
        }

        /// <summary>
        /// Whether an item's line is the template's <paramref name="moreItems"/> line, as written or without its comment
        /// (<c>…</c>): what the writer writes for an item of that text is never either.
        /// </summary>
        private static bool IsMoreItems(string line, string moreItems)
        {
            var text = line.AsSpan().Trim(Blanks);
            if (text.SequenceEqual(moreItems.AsSpan()))
            {
                return true;
            }

            var bare = WithoutHtmlComments(moreItems).Trim(Blanks);
            return bare.Length > 0 && bare.Length != moreItems.Length && text.SequenceEqual(bare.AsSpan());
        }

        /// <summary>Where the record's bullet parts that end <paramref name="list"/> start (each at most once), or its count when none do.</summary>
        private int BulletPartsStart(ListBlock list, Scope scope, SchemaNode node)
        {
            var start = list.Count;
            List<(Scope, int)>? seen = null;
            for (var b = list.Count - 1; b >= 0; b--)
            {
                var part = list[b] is ListItemBlock item && FirstChild(item) is ParagraphBlock paragraph && Lines(paragraph) is { Count: > 0 } lines
                    ? BulletPart(lines[0], scope, node)
                    : (null, -1);
                if (part.Slot < 0 || (seen ??= new List<(Scope, int)>()).Contains(part!))
                {
                    break;
                }

                seen.Add(part!);
                start = b;
            }

            return start;
        }

        /// <summary>
        /// The bullet part that <paramref name="line"/>, an item of <paramref name="list"/>, is instead of an item, with the
        /// record that holds it, or a slot of -1: a bullet field's label (of this record, or of one around it when this one
        /// has no unlabelled list, as the bullets after a group's list are; not the head of the list's own record items), a
        /// check or an indicator.
        /// </summary>
        private static (Scope? Scope, int Slot) BulletPart(string line, Scope scope, SchemaNode list)
        {
            if (TryLabelSpan(line.AsSpan(), out var label, out _, out _) && (list.Record is null || FindSlot(list.Record.Nodes, label) < 0))
            {
                var outward = UnlabelledListSlot(scope.Nodes) < 0;
                for (var current = scope; current is not null; current = outward ? current.Parent : null)
                {
                    if (FindSlot(current.Nodes, label, NodeKind.Field) is var field && field >= 0 && current.Nodes[field].Layout == 0)
                    {
                        return (current, field);
                    }
                }
            }

            if (TryCheck(line, out _, out var checkText) && FindSlot(scope.Nodes, checkText, NodeKind.Check) is var check && check >= 0)
            {
                return (scope, check);
            }

            if (TryIndicator(line, scope, out var indicator, out _))
            {
                return (scope, indicator);
            }

            // An indicator written as a field ("**Health**: MET").
            return (scope, TryLabelSpan(line.AsSpan(), out var indicatorLabel, out _, out _) ? FindSlot(scope.Nodes, indicatorLabel, NodeKind.Indicator) : -1);
        }

        private void ReadListItem(ListItemBlock item, List<string> lines, SchemaNode node, List<object?> target, PathRef path, Scope scope)
        {
            var line = lines.Count > 0 ? lines[0] : string.Empty;
            if (node.MoreItems is not null && item.Count == 1 && lines.Count == 1 && IsMoreItems(line, node.MoreItems))
            {
                // "* … <!-- numbers of options can vary -->": the template's line saying more items may follow.
                return;
            }

            // Items are numbered as written: one that could not be read still counts.
            var skipped = _skippedItems is not null && _skippedItems.TryGetValue(target, out var count) ? count : 0;
            var itemPath = PathRef.Item(path, target.Count + skipped + 1);
            if (!ReadListItem(item, lines, line, node, target, itemPath, scope))
            {
                (_skippedItems ??= new Dictionary<List<object?>, int>())[target] = skipped + 1;
            }
        }

        /// <summary>Reads one item into <paramref name="target"/>; false when it added none.</summary>
        private bool ReadListItem(ListItemBlock item, List<string> lines, string line, SchemaNode node, List<object?> target, PathRef itemPath, Scope scope)
        {
            if (node.Kind == NodeKind.Checklist)
            {
                if (ReadTask(item, lines, line, itemPath) is not { } task)
                {
                    return false;
                }

                target.Add(task);
                return true;
            }

            var value = node.Value;
            if (value.Kind is ValueKind.Record or ValueKind.Inline && node.EmptyText is not null && target.Count == 0 && lines.Count == 1 && item.Count == 1
                && item.Parent is ListBlock { Count: 1 } && SaysNothing(line.AsSpan(), node.EmptyText))
            {
                // "- None" as the only item of a list of records with an empty text (written back for it): the list is
                // empty (a text item "None" stays an item).
                return true;
            }

            if (value.Kind != ValueKind.Record && item.Count > 0 && item[0] is not ParagraphBlock)
            {
                // "- ---", "- Title" over "===": the item holds a block, not text; never read as an empty item.
                Error("RPT0203", item[0], itemPath, "an item of one line of text", Describe(item[0]) + " as the item");
                return false;
            }

            if (value.Kind != ValueKind.Record)
            {
                var text = lines.Count > 1 ? JoinLines(lines[0], lines, value.Kind == ValueKind.Markdown, FirstChild(item)!.Line) : string.Join("\n", lines);
                var added = false;
                var parses = TryParseValue(text, value, fenced: false, out var parsed, out var expected);
                if (!parses && lines.Count > 1 && value.Kind is not (ValueKind.String or ValueKind.Markdown) && text.IndexOf("\\\n", StringComparison.Ordinal) < 0
                    && TryParseValue(string.Join(" ", lines.Select(l => l.Trim(Blanks))), value, fenced: false, out var joined, out _))
                {
                    // "Unit Tests: 24 passed," wrapped before "0 failed": a one-line item an agent wrapped, read as Markdown shows it,
                    // its lines joined by a space (only where the lines as they are would be an error).
                    (parses, parsed) = (true, joined);
                }

                if (parses)
                {
                    // An [Inline] record's placeholder is no item yet: the list is as empty as the template's.
                    if (parsed is not null || value.Kind != ValueKind.Inline)
                    {
                        if (parsed is not null && value.Kind == ValueKind.Inline && string.Equals(text.Trim(Blanks), value.Inline!.TemplateTextAt(target.Count, InlineTemplateText), StringComparison.Ordinal))
                        {
                            (_templateItems ??= new HashSet<object>(ReferenceComparer.Instance)).Add(parsed);
                        }

                        target.Add(parsed);
                        added = true;
                    }
                }
                else
                {
                    Error("RPT0202", item.Line, ColumnOf(item.Line, text), itemPath, expected, "'" + Shorten(text) + "'");
                }

                NoNestedBlocks(item, itemPath);
                return added;
            }

            var record = node.Record!;
            var itemRecord = new ParsedRecord(record.Nodes.Length);
            var itemScope = new Scope(record.Nodes, itemRecord, itemPath, scope);
            if (node.Title is not null)
            {
                var title = line;
                if (title.StartsWith("**", StringComparison.Ordinal) && title.EndsWith("**", StringComparison.Ordinal) && title.Length >= 4)
                {
                    title = title.Substring(2, title.Length - 4);
                }

                ReadFormat(title, node.Title, itemRecord, fenced: false, itemPath, item.Line, item.Column);
            }
            else if (TryLabel(line, out var label, out var rest, out _) && FindSlot(record.Nodes, label) is var headSlot && headSlot >= 0)
            {
                SetValue(itemScope, headSlot, record.Nodes[headSlot], rest, item.Line, PathRef.Of(itemScope, record.Nodes[headSlot].Label));
            }
            else
            {
                Error("RPT0202", item.Line, item.Column, itemPath, "an item starting with '**" + (record.Nodes.FirstOrDefault()?.Label ?? string.Empty) + "**:'", "'" + Shorten(line) + "'");
            }

            if (lines.Count > 1)
            {
                // The item's parts continue in the paragraph of its head ("**Test: x**" then "**Why**:" lines).
                ReadLines(lines.GetRange(1, lines.Count - 1), item.Line + 1, itemScope);
            }

            // The blocks nested in the item after its first paragraph.
            ReadContent(item, itemScope, start: 1);
            var created = record.Create(itemRecord);
            if (IsLeftAsTemplate(record, itemRecord))
            {
                (_templateItems ??= new HashSet<object>(ReferenceComparer.Instance)).Add(created);
            }

            target.Add(created);
            return true;
        }

        // ---- Parts left as their blank template ----

        /// <summary>
        /// Whether a section is its blank template, as the writer writes a section that is not set: the template's guidance
        /// under the heading, and nothing but template values. (Only an unset section is written with its guidance, so a
        /// section holding values, placeholders or not, never reads as unset.)
        /// </summary>
        private bool IsBlankTemplate(Section section, SchemaNode node, ParsedRecord record)
        {
            if (node.Guidance is not { Length: > 0 } guidance || !IsLeftAsTemplate(node.Record!, record))
            {
                return false;
            }

            var line = guidance.Split('\n')[0].Trim(Blanks);
            var start = _lineStarts[section.Heading!.IsSetext ? LineOf(section.Heading.Span.End) : section.Heading.Line];
            var end = Math.Max(start, Math.Min(section.End, _text.Length));
            return line.Length > 0 && _text.IndexOf(line, start, end - start, StringComparison.Ordinal) >= 0;
        }

        /// <summary>
        /// Whether every value read into <paramref name="record"/> is what the blank template shows for it: its own
        /// placeholder, its default, the only option of its enum, an item left as its template, or nothing.
        /// </summary>
        private bool IsLeftAsTemplate(RecordSchema schema, ParsedRecord record)
        {
            for (var i = 0; i < schema.Nodes.Length; i++)
            {
                if (record.IsSet(i) && record[i] is { } value && !IsTemplateValue(schema.Nodes[i], value, 0))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsTemplateValue(SchemaNode node, object value, int index)
        {
            var spec = node.Value;
            switch (value)
            {
                case string text:
                    return IsTemplateText(node, text.Trim(Blanks), index);
                case MarkdownText markdown:
                    return IsTemplateText(node, markdown.Markdown.Trim(Blanks), index);
                case CodeBlock code:
                    return IsTemplateText(node, code.Code.Trim(Blanks), index);
                case ChecklistItem task:
                    return !task.Done && IsTemplateText(node, task.Text.Trim(Blanks), index);
                case List<object?> list:
                    for (var k = 0; k < list.Count; k++)
                    {
                        if (list[k] is { } item && !IsTemplateValue(node, item, k))
                        {
                            return false;
                        }
                    }

                    return true;
                case bool:
                    return false;
                default:
                    if (_templateItems is not null && _templateItems.Contains(value))
                    {
                        return true;
                    }

                    if (spec.Kind == ValueKind.Enum)
                    {
                        return spec.Options.Length == 1 && Equals(spec.Options[0].Value, value);
                    }

                    return spec.Kind is not (ValueKind.Record or ValueKind.Inline) && IsTemplateText(node, ValueText(value), index);
            }
        }

        /// <summary>What the template shows for item <paramref name="index"/> of an [Inline] list: the format with its holes' placeholders.</summary>
        private static string InlineTemplateText(FormatSpec format, int index)
        {
            var text = new System.Text.StringBuilder();
            foreach (var part in format.Parts)
            {
                switch (part.Kind)
                {
                    case FormatPartKind.Literal:
                        text.Append(part.Text);
                        break;
                    case FormatPartKind.CodeStart or FormatPartKind.CodeEnd:
                        text.Append('`');
                        break;
                    case FormatPartKind.Number:
                        text.Append(index + 1);
                        break;
                    case FormatPartKind.Hole:
                        var placeholders = part.Value!.Placeholders;
                        text.Append(placeholders.Length > 0 ? placeholders[Math.Min(index, placeholders.Length - 1)] : part.Value.TemplateText ?? "[" + part.Label + "]");
                        break;
                }
            }

            return text.ToString().Trim(Blanks);
        }

        /// <summary>Whether <paramref name="text"/> is the template's text for item <paramref name="index"/> of the node (or for the node).</summary>
        private static bool IsTemplateText(SchemaNode node, string text, int index)
        {
            var placeholders = node.Value.Placeholders;
            if (placeholders.Length > 0 && string.Equals(text, placeholders[Math.Min(index, placeholders.Length - 1)].Trim(Blanks), StringComparison.Ordinal))
            {
                return true;
            }

            return (node.Default is { } fallback && string.Equals(text, fallback, StringComparison.Ordinal))
                || (placeholders.Length == 0 && node.Value.TemplateText is { } shown && string.Equals(text, shown, StringComparison.Ordinal));
        }

        /// <summary>Compares objects by reference: the records read as templates are told apart from equal ones read as values.</summary>
        private sealed class ReferenceComparer : IEqualityComparer<object>
        {
            public static readonly ReferenceComparer Instance = new();

            public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

            public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        /// <summary>
        /// An item that is one fixed part (a check, an indicator) holds nothing after its first line: text on more lines
        /// or blocks nested in it would have no place in the report, so each is an error rather than dropped.
        /// </summary>
        private void NothingMore(ListItemBlock item, List<string> lines, PathRef path, Func<string> what)
        {
            // The common item is one line: no message is made for it.
            if (lines.Count <= 1 && item.Count <= 1)
            {
                return;
            }

            for (var i = 1; i < lines.Count; i++)
            {
                Error("RPT0203", FirstChild(item)!.Line + i, 0, path, what() + " alone on its line (it holds no text of its own)",
                    "the text '" + Shorten(lines[i]) + "' under it");
            }

            for (var i = 1; i < item.Count; i++)
            {
                Error("RPT0203", item[i], path, what() + " alone (it holds no text of its own)", Describe(item[i]) + " nested in it");
            }
        }

        /// <summary>
        /// After an indicator's label (<c>- ⚠️ **Performance**</c>) only its fixed description may follow; an agent's own
        /// note there would be lost, so it is an error.
        /// </summary>
        private void IndicatorEnd(ListItemBlock item, List<string> lines, SchemaNode node, PathRef path, string mark)
        {
            string Form() => "'" + mark + " **" + node.Label + "**" + (node.Description is null ? string.Empty : ": " + node.Description) + "'";
            var line = lines.Count > 0 ? lines[0] : string.Empty;
            var label = line.IndexOf(" **", StringComparison.Ordinal) is var stars && stars >= 0 ? stars : line.IndexOf(" __", StringComparison.Ordinal);
            if (label >= 0 && TryLabelSpan(line.AsSpan(label + 1), out _, out var rest, out _))
            {
                var text = rest.Trim(Blanks.AsSpan()).TrimStart(':').Trim(Blanks.AsSpan());
                if (text.Length > 0 && !IsOnlyHtmlComments(text) && !(node.Description is { } description && MatchText(text).Equals(MatchText(description.AsSpan()), StringComparison.OrdinalIgnoreCase)))
                {
                    var written = text.ToString();
                    Error("RPT0203", item.Line, ColumnOf(item.Line, written), path,
                        "the indicator as " + Form() + " (it holds only its mark" + (node.Description is null ? string.Empty : " and that description") + ")",
                        "the text '" + Shorten(written) + "' after it");
                }
            }

            if (lines.Count > 1 || item.Count > 1)
            {
                NothingMore(item, lines, path, () => "the indicator " + Form());
            }
        }

        /// <summary>
        /// A task list's item (<c>[ ] text</c> or <c>[x] text</c>) with the tasks nested under it (<c>  - [ ] Subtask 1.1</c>),
        /// or null (an error said why).
        /// </summary>
        private ChecklistItem? ReadTask(ListItemBlock item, List<string> lines, string line, PathRef itemPath)
        {
            string raw;
            if (TryCheck(line, out var done, out _))
            {
                raw = line.Substring(3).TrimStart(Blanks);
                raw = raw == "\\" ? string.Empty : Unescape(raw);
            }
            else if (TryMarkedCheck(line, out done, out var marked))
            {
                // "- ✅ Hash the token": a task an agent marked instead of its box.
                raw = Unescape(marked);
            }
            else
            {
                Error("RPT0202", item.Line, item.Column, itemPath, "a task item '[ ] text' or '[x] text'", "'" + Shorten(line) + "'");
                return null;
            }

            if (lines.Count > 1)
            {
                // A task's text that goes on over lines, as any item's does.
                raw = JoinLines(raw, lines.ConvertAll(Unescape), markdown: false, FirstChild(item)!.Line);
            }

            var task = new ChecklistItem(raw, done);
            if (item.Count == 2 && item[1] is ListBlock nested && nested.All(IsTaskItem))
            {
                // Subtasks: each is read as a task, with its own under it.
                var subtasks = new List<ChecklistItem>(nested.Count);
                foreach (var block in nested)
                {
                    var sub = (ListItemBlock)block;
                    var subLines = FirstChild(sub) is ParagraphBlock paragraph ? Lines(paragraph) : new List<string>();
                    if (ReadTask(sub, subLines, subLines.Count > 0 ? subLines[0] : string.Empty, PathRef.Item(itemPath, subtasks.Count + 1)) is { } subtask)
                    {
                        subtasks.Add(subtask);
                    }
                }

                return task with { Items = new ReportList<ChecklistItem>(subtasks) };
            }

            NoNestedBlocks(item, itemPath);
            return task;
        }

        /// <summary>
        /// A check's text after a mark that says whether it is done, as agents write a task list without its boxes:
        /// <c>✅</c>, <c>✔</c>, <c>☑</c> or <c>✓</c> for done, <c>❌</c>, <c>✗</c>, <c>✘</c>, <c>⬜</c> or <c>☐</c> for not.
        /// </summary>
        private static bool TryMarkedCheck(string line, out bool done, out string text)
        {
            done = false;
            text = string.Empty;
            var trimmed = line.AsSpan().TrimStart(Blanks.AsSpan());

            // Most items start with a letter: one comparison decides.
            if (trimmed.Length < 3 || trimmed[0] < '\u2600')
            {
                return false;
            }

            switch (trimmed[0])
            {
                case '\u2705' or '\u2714' or '\u2611' or '\u2713':
                    done = true;
                    break;
                case '\u274C' or '\u2717' or '\u2718' or '\u2B1C' or '\u2610':
                    break;
                default:
                    return false;
            }

            var rest = trimmed.Slice(1).TrimStart('\uFE0F');
            if (rest.Length == 0 || !IsBlank(rest[0]))
            {
                return false;
            }

            text = rest.Trim(Blanks.AsSpan()).ToString();
            return text.Length > 0;
        }

        private bool IsTaskItem(Block block) =>
            block is ListItemBlock { Count: > 0 } sub && sub[0] is ParagraphBlock paragraph && Lines(paragraph)[0] is var first
            && (TryCheck(first, out _, out _) || TryMarkedCheck(first, out _, out _));

        private void NoNestedBlocks(ListItemBlock item, PathRef path)
        {
            for (var i = 1; i < item.Count; i++)
            {
                Error("RPT0203", item[i], path, "a single-line item", Describe(item[i]) + " nested in it");
            }
        }

        // ---- Tables ----

        private void ReadTable(List<string> lines, int firstLine, Scope scope, int? knownSlot)
        {
            var header = SplitRow(lines[0]);
            var slot = knownSlot ?? Array.FindIndex(scope.Nodes, n => n.Kind == NodeKind.Table && HeadersMatch(n, header));
            if (slot < 0)
            {
                var tables = scope.Nodes.Where(n => n.Kind == NodeKind.Table).ToList();
                Error(tables.Count == 0 ? "RPT0203" : "RPT0204", firstLine, 0, scope.Path,
                    tables.Count == 0 ? ExpectedLabels(scope) : "a table with the columns " + string.Join(" | ", tables[0].Record!.Nodes.Select(c => c.Label)),
                    "a table with the columns " + string.Join(" | ", header.Select(Unescape)));
                return;
            }

            var node = scope.Nodes[slot];
            var path = PathRef.Of(scope, node.Label);
            if (!TryColumnOrder(node, header, out var order))
            {
                Error("RPT0204", firstLine, 0, path, "the columns " + string.Join(" | ", node.Record!.Nodes.Select(c => c.Label)), "the columns " + string.Join(" | ", header.Select(Unescape)));
                return;
            }

            var target = scope.Record.ListAt(slot);
            var columns = node.Record!.Nodes;
            for (var r = 1; r < lines.Count; r++)
            {
                var cells = SplitRow(lines[r]);
                if (r == 1 && IsDelimiterRow(cells))
                {
                    continue;
                }

                var rowPath = PathRef.Item(path, target.Count + 1);
                if (cells.Count != columns.Length)
                {
                    Error("RPT0204", firstLine + r, 0, rowPath, columns.Length + " cells", cells.Count + " cells");
                    continue;
                }

                var row = new ParsedRecord(columns.Length);
                var rowScope = new Scope(columns, row, rowPath, scope);
                for (var c = 0; c < columns.Length; c++)
                {
                    // As in GFM, a cell's escaped pipes are pipes before anything else is read, inside code spans too.
                    var written = cells[order is null ? c : order[c]];
                    var cell = written.IndexOf("\\|", StringComparison.Ordinal) >= 0 ? written.Replace("\\|", "|") : written;
                    if (columns[c].Bold && cell.Length >= 4 && cell.StartsWith("**", StringComparison.Ordinal) && cell.EndsWith("**", StringComparison.Ordinal))
                    {
                        cell = cell.Substring(2, cell.Length - 4);
                    }

                    SetValue(rowScope, c, columns[c], cell, firstLine + r, PathRef.Of(rowScope, columns[c].Label));
                }

                target.Add(node.Record.Create(row));
            }
        }

        private static bool HeadersMatch(SchemaNode table, List<string> header) => TryColumnOrder(table, header, out _);

        /// <summary>
        /// Whether <paramref name="header"/> names each of the table's columns once, and if so where each column stands
        /// in it (<paramref name="order"/>, null when in the table's own order): the columns may be written in another
        /// order, which changes nothing they say.
        /// </summary>
        private static bool TryColumnOrder(SchemaNode table, List<string> header, out int[]? order)
        {
            order = null;
            if (InOrder(table, header))
            {
                return true;
            }

            var columns = table.Record!.Nodes;
            if (columns.Length != header.Count)
            {
                return false;
            }

            order = new int[columns.Length];
            var used = new bool[header.Count];
            for (var c = 0; c < columns.Length; c++)
            {
                order[c] = -1;
                for (var h = 0; h < header.Count; h++)
                {
                    if (!used[h] && string.Equals(columns[c].Label, Unescape(header[h]), StringComparison.OrdinalIgnoreCase))
                    {
                        order[c] = h;
                        used[h] = true;
                        break;
                    }
                }

                if (order[c] < 0)
                {
                    order = null;
                    return false;
                }
            }

            return true;
        }

        private static bool InOrder(SchemaNode table, List<string> header)
        {
            var columns = table.Record!.Nodes;
            if (columns.Length != header.Count)
            {
                return false;
            }

            for (var i = 0; i < columns.Length; i++)
            {
                if (!string.Equals(columns[i].Label, Unescape(header[i]), StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The row under the header, <c>|---|:--:|</c>: every cell dashes, with a colon at either end for alignment.</summary>
        internal static bool IsDelimiterRow(List<string> cells)
        {
            foreach (var cell in cells)
            {
                if (cell.Trim(':').Trim('-').Length != 0 || cell.IndexOf('-') < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The cells of a table row, each without the blanks around it: the text between pipes that are not escaped
        /// (an escaped pipe and its backslash stay in the cell, decoded with the rest of the value); text after the last
        /// pipe is a cell when it is not blank.
        /// </summary>
        internal static List<string> SplitRow(string line)
        {
            var cells = new List<string>();
            var row = line.AsSpan().Trim(Blanks.AsSpan());
            var start = row.Length > 0 && row[0] == '|' ? 1 : 0;
            for (var i = start; i < row.Length; i++)
            {
                // As GFM splits a row: a pipe right after a backslash is escaped, whatever stands before that backslash
                // ("C:\\| x" is one cell, which GitHub shows as "C:| x").
                if (row[i] == '|' && row[i - 1] != '\\')
                {
                    cells.Add(row.Slice(start, i - start).Trim(Blanks.AsSpan()).ToString());
                    start = i + 1;
                }
            }

            var last = row.Slice(start).Trim(Blanks.AsSpan());
            if (last.Length > 0)
            {
                cells.Add(last.ToString());
            }

            return cells;
        }

        // ---- Code fences ----

        private void ReadFence(FencedCodeBlock fence, Scope scope)
        {
            var alignedSlot = Array.FindIndex(scope.Nodes, n => n.Kind == NodeKind.AlignedBlock && !scope.Record.IsSet(Array.IndexOf(scope.Nodes, n)));
            if (alignedSlot >= 0 && FenceInfo(fence).Length == 0)
            {
                ReadAligned(fence, FenceContent(fence), scope, alignedSlot);
                return;
            }

            // Without its label, a code block goes to the first code block part not yet read.
            var slot = Array.FindIndex(scope.Nodes, n => n.Kind == NodeKind.CodeBlock && !scope.Record.IsSet(Array.IndexOf(scope.Nodes, n)));
            if (slot < 0)
            {
                // A second code block where the part holds one: say so, rather than list the part that is already read.
                var taken = Array.FindIndex(scope.Nodes, n => n.Kind == NodeKind.CodeBlock);
                if (taken >= 0)
                {
                    Error("RPT0201", fence, PathRef.Of(scope, scope.Nodes[taken].Label), "one code block here", "a second one; a value holds one paragraph or one code block");
                }
                else
                {
                    Error("RPT0203", fence, scope.Path, ExpectedLabels(scope), "a code block");
                }

                return;
            }

            SetFence(fence, scope, slot);
        }

        private void SetFence(FencedCodeBlock fence, Scope scope, int slot)
        {
            var node = scope.Nodes[slot];
            var code = FenceContent(fence);
            object value = node.Value.Kind == ValueKind.CodeBlock ? new CodeBlock(FenceInfo(fence), code) : code;
            SetParsed(scope, slot, value, fence.Line, PathRef.Of(scope, node.Label));
        }

        private void ReadAligned(FencedCodeBlock fence, string code, Scope scope, int slot)
        {
            var node = scope.Nodes[slot];
            var record = new ParsedRecord(node.Record!.Nodes.Length);
            var path = Join(scope.Path, node.Label);
            var inner = new Scope(node.Record.Nodes, record, path, scope);
            var lines = code.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var colon = line.IndexOf(':');
                if (line.Trim(Blanks).Length == 0)
                {
                    continue;
                }

                var fieldSlot = colon < 0 ? -1 : FindSlot(inner.Nodes, line.Substring(0, colon).Trim(Blanks));
                if (fieldSlot < 0)
                {
                    Error("RPT0203", fence.Line + 1 + i, fence.Column, path, ExpectedLabels(inner), "the line '" + Shorten(line) + "'");
                    continue;
                }

                var field = inner.Nodes[fieldSlot];
                var raw = line.Substring(colon + 1).Trim(Blanks);
                if (TryParseValue(raw, field.Value, fenced: true, out var value, out var expected))
                {
                    SetParsed(inner, fieldSlot, value, fence.Line + 1 + i, Join(path, field.Label));
                }
                else
                {
                    Error("RPT0202", fence.Line + 1 + i, ColumnOf(fence.Line + 1 + i, raw), Join(path, field.Label), expected, "'" + Shorten(raw) + "'");
                }
            }

            SetParsed(scope, slot, node.Record.Create(record), fence.Line, path);
        }

        private string FenceInfo(FencedCodeBlock fence)
        {
            var line = Line(fence.Line).TrimStart(Blanks);
            var fenceChar = line.Length > 0 ? line[0] : '`';
            var i = 0;
            while (i < line.Length && line[i] == fenceChar)
            {
                i++;
            }

            return Unescape(line.Substring(i).Trim(Blanks));
        }

        /// <summary>
        /// The code of a fence, from the source lines: each loses the indentation of the opening fence (its list
        /// item's), and nothing else. Markdig's own lines lose what only blanks a line holds and expand tabs
        /// that follow the indentation.
        /// </summary>
        private string FenceContent(FencedCodeBlock fence)
        {
            var builder = new System.Text.StringBuilder();
            var indent = fence.Column;
            for (var i = 0; i < fence.Lines.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append('\n');
                }

                var line = Line(fence.Line + 1 + i);
                var skip = 0;
                while (skip < indent && skip < line.Length && line[skip] == ' ')
                {
                    skip++;
                }

                builder.Append(line, skip, line.Length - skip);
            }

            return builder.ToString();
        }

        // ---- Values ----

        private void SetValue(Scope scope, int slot, SchemaNode node, string raw, int line, PathRef path)
        {
            if (node.Kind == NodeKind.Field && raw.IndexOf('*') > 0 && node.Value.Kind != ValueKind.Markdown && raw.IndexOf("**", StringComparison.Ordinal) > 0
                && LabelInside(raw, scope, slot) is { } inner)
            {
                // "**Input**: spec.md | **Date**: 2026-12-07": two fields on one line; the second is not the first's text (the
                // writer escapes a value's asterisks, so this one came from an agent).
                Error("RPT0203", line, ColumnOf(line, "**" + inner), path, "one field on a line", "the label '" + inner + "' of another part inside the value; put each field on its own line");
                return;
            }

            if (TryParseValue(raw, node.Value, fenced: false, out var value, out var expected))
            {
                SetParsed(scope, slot, value, line, path);
            }
            else
            {
                Error("RPT0202", line, ColumnOf(line, raw), path, expected, "'" + Shorten(raw) + "'");
                if (node.Value.NotNullable && !scope.Record.IsSet(slot))
                {
                    // Given, though not readable: not also "no such line".
                    scope.Record.Set(slot, null);
                }
            }
        }

        /// <summary>The label of another labelled part of the scope written in bold inside <paramref name="raw"/>, past its start; or null.</summary>
        private static string? LabelInside(string raw, Scope scope, int slot)
        {
            for (var at = raw.IndexOf("**", 1, StringComparison.Ordinal); at > 0; at = raw.IndexOf("**", at + 2, StringComparison.Ordinal))
            {
                if (IsEscapedAt(raw.AsSpan(), at) || !TryLabelSpan(raw.AsSpan(at), out var label, out _, out var hasColon) || !hasColon)
                {
                    continue;
                }

                // In a code span ("`**Tag**: t`") or a web address ("https://host/repo**Status**:"), which Markdown shows as they
                // stand, asterisks are the code's or the address's.
                var ticks = 0;
                for (var i = 0; i < at; i++)
                {
                    ticks += raw[i] == '`' ? 1 : 0;
                }

                if (ticks % 2 == 1)
                {
                    continue;
                }

                var word = raw.LastIndexOfAny(new[] { ' ', '\t', '\n' }, at - 1) + 1;
                var before = raw.AsSpan(word, at - word);
                if (before.IndexOf("://".AsSpan(), StringComparison.Ordinal) >= 0 || before.StartsWith("www.".AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var other = FindSlot(scope.Nodes, label);
                if (other >= 0 && other != slot)
                {
                    return label.ToString();
                }
            }

            return null;
        }

        private void SetParsed(Scope scope, int slot, object? value, int line, PathRef path)
        {
            if (scope.Record.IsSet(slot))
            {
                var label = scope.Nodes[slot].Label;
                if (label.Length == 0 || scope.Nodes[slot].Kind == NodeKind.Text)
                {
                    Error("RPT0201", line, 0, path, "one paragraph of free text here", "a second one" + (value is string text ? ", '" + Shorten(text) + "'" : string.Empty));
                }
                else
                {
                    Error("RPT0201", line, ColumnOf(line, "**" + label), path, "'" + label + "' once", "it a second time");
                }

                return;
            }

            scope.Record.Set(slot, value);
        }

        private void MarkSet(Scope scope, int slot, SchemaNode node, int line, PathRef path)
        {
            if (scope.Record.IsSet(slot))
            {
                Error("RPT0201", line, ColumnOf(line, "**" + node.Label), path, "'" + node.Label + "' once", "it a second time");
                return;
            }

            scope.Record.ListAt(slot);
        }

        private bool TryParseValue(string raw, ValueSpec spec, bool fenced, out object? value, out string expected)
        {
            raw = raw.Trim(Blanks);
            // Comments first: most values hold no '<' at all (one vectorized search decides).
            var comment = !fenced && spec.Kind != ValueKind.Markdown && raw.IndexOf('<') >= 0;
            if (comment && spec.Kind != ValueKind.Inline && !spec.Code
                && raw.IndexOf("<!--", StringComparison.Ordinal) >= 0 && raw.IndexOf('`') < 0)
            {
                // A template's comment left in a plain value ("Aiko <!-- rotate weekly -->"): GitHub shows nothing of it,
                // and written back as text it would show. (Markdown values keep theirs: it is part of their source.)
                raw = WithoutHtmlComments(raw);
            }
            else if (comment && TrailingCommentStart(raw.AsSpan()) is > 0 and var open)
            {
                // A comment after an item's value ("`src/App.cs` - Registers the sender <!-- modified -->").
                raw = raw.Substring(0, open).TrimEnd(Blanks);
            }

            if ((spec.Prefix is not null || spec.Suffix is not null) && spec.Kind is not (ValueKind.String or ValueKind.Markdown or ValueKind.Inline))
            {
                // "**91%**": the bold holds the suffix too.
                raw = WithoutEmphasis(raw);
            }

            // The line was trimmed, so blanks of the prefix and suffix at its ends are gone (the writer never
            // leaves a value's own blanks at an end: they are character references).
            var prefixFound = spec.Prefix is null;
            var suffixFound = spec.Suffix is null;
            if (spec.Prefix is not null)
            {
                var prefix = spec.Prefix.TrimStart(Blanks);
                if (raw.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    raw = raw.Substring(prefix.Length);
                    prefixFound = true;
                }
                else if (spec.Suffix is null && string.Equals(raw, prefix.TrimEnd(Blanks), StringComparison.OrdinalIgnoreCase))
                {
                    raw = string.Empty;
                }
            }

            if (spec.Suffix is not null)
            {
                var suffix = spec.Suffix.TrimEnd(Blanks);
                if (raw.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    raw = raw.Substring(0, raw.Length - suffix.Length);
                    suffixFound = true;
                }
                else if (string.Equals(raw, suffix.TrimStart(Blanks), StringComparison.OrdinalIgnoreCase))
                {
                    raw = string.Empty;
                }
                else if (spec.Kind != ValueKind.String && SuffixStart(raw, suffix) is > 0 and var kept)
                {
                    // "6/10" for "{Score}/10 overall implementation complexity": the suffix's first words, the rest left out.
                    raw = raw.Substring(0, raw.Length - kept);
                }
            }

            expected = string.Empty;
            if (spec.Kind == ValueKind.Markdown)
            {
                // Kept as its source: its formatting is the value. Nothing written is no value.
                value = raw.Length == 0 ? null : new MarkdownText(raw);
                return true;
            }

            if (spec.Kind == ValueKind.Inline)
            {
                var record = new ParsedRecord(spec.Inline!.SlotCount);
                if (!TryMatchFormat(raw, spec.Inline, record, fenced, out expected))
                {
                    // The blank template's own placeholder for the whole record ("[file]"): no value yet.
                    value = null;
                    return spec.Placeholders.Any(p => string.Equals(p, raw, StringComparison.OrdinalIgnoreCase));
                }

                value = spec.Inline.Create!(record);
                return true;
            }

            string text;
            if (spec.Code && raw.StartsWith("`", StringComparison.Ordinal) && TryCodeSpan(raw, 0, out var content, out var end) && end == raw.Length)
            {
                // "`/feature/012-login`" for "/feature/`{Branch}`": a prefix or suffix written inside the code span is still
                // the template's, not the value's (kept, it would be written twice).
                if (!prefixFound && content.StartsWith(spec.Prefix!.Trim(Blanks), StringComparison.OrdinalIgnoreCase) && spec.Prefix.Trim(Blanks).Length > 0)
                {
                    content = content.Substring(spec.Prefix.Trim(Blanks).Length);
                }

                if (!suffixFound && content.EndsWith(spec.Suffix!.Trim(Blanks), StringComparison.OrdinalIgnoreCase) && spec.Suffix.Trim(Blanks).Length > 0)
                {
                    content = content.Substring(0, content.Length - spec.Suffix.Trim(Blanks).Length);
                }

                text = content;
            }
            else
            {
                text = fenced ? raw : MultiLineUnescape(raw);
            }

            if (TryConvert(text, spec, out value, out expected))
            {
                return true;
            }

            if ((spec.Prefix is not null || spec.Suffix is not null) && spec.Kind != ValueKind.String)
            {
                // "expected a whole number written as 'CWE-…'": the value is only the number between them.
                expected += " written as '" + spec.Prefix?.TrimStart(Blanks) + "…" + spec.Suffix?.TrimEnd(Blanks) + "'";
            }

            return false;
        }

        internal static bool TryConvert(string text, ValueSpec spec, out object? value, out string expected)
        {
            expected = string.Empty;
            value = null;
            if (spec.Kind == ValueKind.String)
            {
                value = text;
                return true;
            }

            var trimmed = text.Trim(Blanks);
            if (spec.Kind == ValueKind.Enum && TryParseEnum(trimmed, spec, out value, allowEmojiOnly: false))
            {
                return true;
            }

            // Agents often set a value in bold or as code (**2026-11-19**, `42`): the markup is not part of it.
            trimmed = WithoutEmphasis(trimmed);

            // A value is read first: a placeholder that is itself a value ("1", "2017-06-20") is a value once filled in.
            if (TryConvertValue(trimmed, spec, out value, out expected))
            {
                return true;
            }

            if (IsPlaceholderFor(trimmed, spec))
            {
                if (spec.NotNullable)
                {
                    // An int, bool or date that cannot be null has no "not set": read as 0, No or the first day, the
                    // placeholder would pass for an answer.
                    expected += " (the value cannot be left unset)";
                    return false;
                }

                value = null;
                expected = string.Empty;
                return true;
            }

            return false;
        }

        private static bool TryConvertValue(string trimmed, ValueSpec spec, out object? value, out string expected)
        {
            expected = string.Empty;
            value = null;
            var invariant = CultureInfo.InvariantCulture;
            switch (spec.Kind)
            {
                case ValueKind.Int32 when int.TryParse(trimmed, NumberStyles.Integer, invariant, out var i):
                    value = i;
                    return true;
                case ValueKind.Int32:
                    expected = "a whole number";
                    return false;
                case ValueKind.Int64 when long.TryParse(trimmed, NumberStyles.Integer, invariant, out var l):
                    value = l;
                    return true;
                case ValueKind.Int64:
                    expected = "a whole number";
                    return false;
                case ValueKind.Decimal when decimal.TryParse(trimmed, NumberStyles.Number, invariant, out var m):
                    value = m;
                    return true;
                case ValueKind.Decimal:
                    expected = "a number";
                    return false;
                case ValueKind.Double when double.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, invariant, out var d):
                    value = d;
                    return true;
                case ValueKind.Double:
                    expected = "a number";
                    return false;
                case ValueKind.Boolean when TryYesNo(trimmed) is { } yes:
                    value = yes;
                    return true;
                case ValueKind.Boolean:
                    expected = "Yes or No";
                    return false;
#if NET8_0_OR_GREATER
                case ValueKind.DateOnly:
                    if (TryIsoDate(trimmed, out var date)
                        || DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", invariant, DateTimeStyles.None, out date)
                        || (DateOnly.TryParse(trimmed, invariant, DateTimeStyles.None, out date) && DateProblem(trimmed) is null)
                        || TryDayFirstDate(trimmed, out date))
                    {
                        value = date;
                        return true;
                    }

                    expected = "a date (yyyy-MM-dd)"
                        + (DateOnly.TryParse(trimmed, invariant, DateTimeStyles.None, out _) || DateTime.TryParse(trimmed, invariant, DateTimeStyles.None, out _) ? DateProblem(trimmed) : null);
                    return false;
                case ValueKind.TimeOnly:
                    if (TimeOnly.TryParseExact(trimmed, TimeFormats, invariant, DateTimeStyles.None, out var time)
                        || TimeOnly.TryParse(trimmed, invariant, DateTimeStyles.None, out time))
                    {
                        value = time;
                        return true;
                    }

                    expected = "a time (HH:mm)";
                    return false;
#endif
                case ValueKind.DateTime when DateTime.TryParse(trimmed, invariant, DateTimeStyles.RoundtripKind, out var dt):
                    value = dt;
                    return true;
                case ValueKind.DateTime:
                    expected = "a date and time (ISO 8601)";
                    return false;
                case ValueKind.DateTimeOffset when DateTimeOffset.TryParse(trimmed, invariant, DateTimeStyles.RoundtripKind, out var dto):
                    value = dto;
                    return true;
                case ValueKind.DateTimeOffset:
                    expected = "a date and time with offset (ISO 8601)";
                    return false;
                case ValueKind.Enum:
                    if (TryParseEnum(trimmed, spec, out value, allowEmojiOnly: false))
                    {
                        return true;
                    }

                    expected = ExpectedOption(spec, trimmed);
                    return false;
                default:
                    expected = "a value of kind " + spec.Kind;
                    return false;
            }
        }

#if NET8_0_OR_GREATER
        /// <summary>
        /// Why a date the framework's parser would take is not read, or null: it has no year (which would come from the
        /// clock), a time (which a date drops), or could be read two ways (<c>03/04/2024</c>: 4 March or 3 April).
        /// </summary>
        private static string? DateProblem(string text)
        {
            var digits = 0;
            var year = false;
            foreach (var c in text)
            {
                digits = c is >= '0' and <= '9' ? digits + 1 : 0;
                year |= digits == 4;
            }

            if (!year)
            {
                return " with its year ('" + text + "' has none)";
            }

            if (text.IndexOf(':') >= 0)
            {
                return " without a time";
            }

            var parts = text.Split('/', '.', '-');
            if (parts.Length == 3 && parts[2].Length == 4 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second)
                && first is >= 1 and <= 12 && second is >= 1 and <= 12 && first != second)
            {
                return " ('" + text + "' could be read as month/day or as day/month)";
            }

            return null;
        }

        /// <summary><c>14/03/2026</c>: a day after 12 first can only be the day (the framework reads month first).</summary>
        private static bool TryDayFirstDate(string text, out DateOnly date)
        {
            date = default;
            var parts = text.Split('/', '.', '-');
            if (parts.Length != 3 || parts[2].Length != 4
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || day is < 13 or > 31 || month is < 1 or > 12 || year < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateOnly(year, month, day);
            return true;
        }

        /// <summary>The forms of a time read first: the writer's, and an hour of one digit.</summary>
        private static readonly string[] TimeFormats = { "HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss", "HH:mm:ss.FFFFFFF", "H:mm:ss.FFFFFFF" };

        /// <summary>
        /// A date written <c>yyyy-MM-dd</c> in ASCII digits, the form the writer writes, read without the framework's
        /// general date parser (which takes several times as long); anything else, an impossible date included, is
        /// false and left to <see cref="DateOnly.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateOnly)"/>.
        /// </summary>
        private static bool TryIsoDate(string text, out DateOnly date)
        {
            date = default;
            if (text.Length != 10 || text[4] != '-' || text[7] != '-'
                || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
                || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateOnly(year, month, day);
            return true;
        }

        private static bool TryDigits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                var digit = text[i] - '0';
                if ((uint)digit > 9)
                {
                    return false;
                }

                value = (value * 10) + digit;
            }

            return true;
        }
#endif

        /// <summary>
        /// A yes/no value as people and agents write it: <c>Yes</c>, <c>true</c>; a ticked box <c>[x]</c>, as in a table's
        /// Done column; a check mark <c>✅</c>, <c>✔</c>, <c>☑</c>; the same mark beside the word (<c>✅ Yes</c>), or null.
        /// </summary>
        private static bool? TryYesNo(string text)
        {
            var mark = text.Length > 0 ? YesNoMark(text) : null;
            if (mark is { } found)
            {
                // A mark alone, or a mark and the word that says the same ("✅ Yes", "❌ No").
                var rest = text.Substring(found.Length).Trim(Blanks);
                return rest.Length == 0 || YesNoWord(rest) == found.Yes ? found.Yes : null;
            }

            return YesNoWord(text);
        }

        private static bool? YesNoWord(string text) =>
            text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
            : text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
            : null;

        private static (bool Yes, int Length)? YesNoMark(string text)
        {
            foreach (var (mark, yes) in YesNoMarks)
            {
                if (text.StartsWith(mark, StringComparison.OrdinalIgnoreCase))
                {
                    var length = mark.Length;
                    if (length < text.Length && text[length] == '\uFE0F')
                    {
                        length++;
                    }

                    return (yes, length);
                }
            }

            return null;
        }

        private static readonly (string Mark, bool Yes)[] YesNoMarks =
        {
            ("[x]", true), ("[ ]", false), ("\u2705", true), ("\u2714", true), ("\u2611", true), ("\u2713", true),
            ("\u274C", false), ("\u274E", false), ("\u2716", false), ("\u2717", false), ("\u2718", false), ("\u2610", false),
        };

        /// <summary><paramref name="text"/> without one pair of <c>**</c>, <c>__</c>, <c>*</c>, <c>_</c> or <c>`</c> around all of it.</summary>
        private static string WithoutEmphasis(string text)
        {
            foreach (var mark in EmphasisMarks)
            {
                if (text.Length > 2 * mark.Length && text.StartsWith(mark, StringComparison.Ordinal) && text.EndsWith(mark, StringComparison.Ordinal))
                {
                    return text.Substring(mark.Length, text.Length - 2 * mark.Length).Trim(Blanks);
                }
            }

            return text;
        }

        private static readonly string[] EmphasisMarks = { "**", "__", "*", "_", "`" };

        private static bool IsPlaceholderFor(string text, ValueSpec spec)
        {
            if (text.Length == 0)
            {
                return true;
            }

            if (spec.CollapsedTemplateText is { } template && EqualsCollapsed(text, template))
            {
                return true;
            }

            // The template shows a yes/no value as "Yes / No".
            if (spec.Kind == ValueKind.Boolean && EqualsCollapsed(text, "Yes/No"))
            {
                return true;
            }

            foreach (var placeholder in spec.Placeholders)
            {
                if (string.Equals(text, placeholder, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return text.Length >= 2 && text[0] == '[' && text[text.Length - 1] == ']'
                || text.Equals("TBD", StringComparison.OrdinalIgnoreCase) || text.Equals("TODO", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// Whether <paramref name="text"/> without its blanks equals <paramref name="collapsed"/> in any case: most values
        /// are told apart by their count of other characters, without a string.
        /// </summary>
        private static bool EqualsCollapsed(string text, string collapsed)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    count++;
                }
            }

            return count == collapsed.Length && string.Equals(Collapse(text), collapsed, StringComparison.OrdinalIgnoreCase);
        }

        private static bool TryParseEnum(string text, ValueSpec spec, out object? value, bool allowEmojiOnly)
        {
            var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
            var key = buffer.Slice(0, OptionKey(text.AsSpan(), buffer));
            var trimmed = text.AsSpan().Trim(Blanks.AsSpan());
            string? strippedKey = null;
            foreach (var option in spec.Options)
            {
                if (key.SequenceEqual(option.LabelKey.AsSpan()) || key.SequenceEqual(option.MemberNameKey.AsSpan()))
                {
                    // "✅ REQUEST_CHANGES": another option's emoji makes the value say two things; it is not read.
                    value = OtherOptionsEmoji(trimmed, spec, option) is null ? option.Value : null;
                    return value is not null;
                }

                if (option.Emoji is not null && (trimmed.SequenceEqual(option.Emoji.AsSpan())
                    || ((strippedKey ??= OptionKey(StripEmoji(text))) == option.LabelKey && trimmed.StartsWith(option.Emoji.AsSpan(), StringComparison.Ordinal))))
                {
                    value = option.Value;
                    return true;
                }
            }

            // Written with an emoji that is not the option's (nor another option's): compare the label alone.
            var bare = strippedKey ??= OptionKey(StripEmoji(text));
            foreach (var option in spec.Options)
            {
                if (bare.Length > 0 && bare == option.LabelKey)
                {
                    value = OtherOptionsEmoji(trimmed, spec, option) is null ? option.Value : null;
                    return value is not null;
                }
            }

            value = null;
            return false;
        }

        /// <summary>
        /// The option other than <paramref name="chosen"/> whose emoji <paramref name="text"/> holds, when it does not
        /// hold <paramref name="chosen"/>'s own (an emoji that holds the other's, as 🟢✨ holds 🟢, is its own); or null.
        /// </summary>
        private static EnumOptionSpec? OtherOptionsEmoji(ReadOnlySpan<char> text, ValueSpec spec, EnumOptionSpec chosen)
        {
            if (chosen.Emoji is not null && text.IndexOf(chosen.Emoji.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            foreach (var other in spec.Options)
            {
                if (other != chosen && other.Emoji is { Length: > 0 } emoji && text.IndexOf(emoji.AsSpan(), StringComparison.Ordinal) >= 0)
                {
                    return other;
                }
            }

            return null;
        }

        /// <summary>What an option value is expected to be, and, when <paramref name="text"/> names one option with another's emoji, why it was not read.</summary>
        private static string ExpectedOption(ValueSpec spec, string text)
        {
            var key = OptionKey(StripEmoji(text));
            foreach (var option in spec.Options)
            {
                if ((key == option.LabelKey || key == option.MemberNameKey) && OtherOptionsEmoji(text.AsSpan(), spec, option) is { } other)
                {
                    return "one of " + OptionList(spec) + ", with its own emoji or none ('" + other.Emoji + "' is " + other.Label + "'s, not " + option.Label + "'s)";
                }
            }

            return "one of " + OptionList(spec);
        }

        private static bool IsTemplateIndicator(string mark, ValueSpec spec) =>
            mark.Trim(Blanks) == string.Join("/", spec.Options.Select(o => o.Emoji ?? o.Label)) || IsPlaceholderFor(mark.Trim(Blanks), spec);

        private static string OptionList(ValueSpec spec) => string.Join(", ", spec.Options.Select(o => o.Label));


        private static string StripEmoji(string text)
        {
            var i = 0;
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            return text.Substring(i);
        }

        // ---- Formats (titles, item titles, inline records) ----

        private static bool TryMatchFormat(string raw, FormatSpec format, ParsedRecord record) =>
            TryMatchFormat(raw, format, record, fenced: false, out _);

        private void ReadFormat(string raw, FormatSpec format, ParsedRecord record, bool fenced, PathRef path, int line, int column, List<KeyValuePair<FormatPartSpec, object?>>? nested = null)
        {
            if (!TryMatchFormat(raw, format, record, fenced, out var expected, nested))
            {
                Error("RPT0202", line, column, path, expected, "'" + Shorten(raw) + "'");
            }
        }

        private static bool TryMatchFormat(string raw, FormatSpec format, ParsedRecord record, bool fenced, out string expected, List<KeyValuePair<FormatPartSpec, object?>>? nested = null)
        {
            if (TryMatchFormatExactly(raw, format, record, fenced, out expected, nested))
            {
                return true;
            }

            // The text was trimmed: when the value at its end is empty, the blanks of the fixed text before it
            // ("**{Name}**: {Description}" with an empty description) were trimmed too. Put them back and try
            // again. (At the start there is nothing to put back: the writer marks an empty first value with a
            // lone backslash.)
            var trail = TrailingBlanks(format);
            if (trail.Length > 0 && TryMatchFormatExactly(raw + trail, format, record, fenced, out _, nested))
            {
                return true;
            }

            // "88%" for "{Percent}% ({Breakdown})": a last value in parentheses may be left out.
            if (!fenced && WithoutTrailingParenthesis(format) is { } shorter && TryMatchFormatExactly(raw, shorter, record, fenced, out _, nested))
            {
                return true;
            }

            // "**Name:** description" for "**{Name}**: {Description}", as labels are tolerated.
            var colon = raw.IndexOf(":**", StringComparison.Ordinal);
            if (!fenced && colon > 0 && format.Parts.Any(p => p.Kind == FormatPartKind.Literal && p.Text.StartsWith("**:", StringComparison.Ordinal)))
            {
                var swapped = raw.Substring(0, colon) + "**:" + raw.Substring(colon + 3);
                return TryMatchFormatExactly(swapped, format, record, fenced, out _, nested)
                    || (trail.Length > 0 && TryMatchFormatExactly(swapped + trail, format, record, fenced, out _, nested));
            }

            // "Name: description" for "**{Name}**: {Description}": the bold left out, as agents write such items.
            if (!fenced && colon < 0 && !raw.StartsWith("*", StringComparison.Ordinal) && format.Parts.Length >= 3
                && format.Parts[0] is { Kind: FormatPartKind.Literal, Text: "**" } && format.Parts[1].Kind == FormatPartKind.Hole
                && format.Parts[2] is { Kind: FormatPartKind.Literal } after && after.Text.StartsWith("**:", StringComparison.Ordinal)
                && raw.IndexOf(':') is > 0 and var split)
            {
                var bolded = "**" + raw.Substring(0, split) + "**" + raw.Substring(split);
                return TryMatchFormatExactly(bolded, format, record, fenced, out _, nested)
                    || (trail.Length > 0 && TryMatchFormatExactly(bolded + trail, format, record, fenced, out _, nested));
            }

            return false;
        }

        /// <summary>
        /// The format without its last value when that value stands alone in parentheses at its end (<c>" ({Breakdown})"</c>),
        /// or null. Made once per format.
        /// </summary>
        private static FormatSpec? WithoutTrailingParenthesis(FormatSpec format) => format.Shorter(MakeWithoutTrailingParenthesis);

        private static FormatSpec? MakeWithoutTrailingParenthesis(FormatSpec format)
        {
            var parts = format.Parts;
            var n = parts.Length;
            if (n < 4 || parts[n - 1].Kind != FormatPartKind.Literal || parts[n - 1].Text != ")" || parts[n - 2].Kind != FormatPartKind.Hole
                || parts[n - 3].Kind != FormatPartKind.Literal || !parts[n - 3].Text.EndsWith("(", StringComparison.Ordinal))
            {
                return null;
            }

            var opening = parts[n - 3].Text.Substring(0, parts[n - 3].Text.Length - 1).TrimEnd(Blanks);
            var kept = parts.Take(n - 3).ToList();
            if (opening.Length > 0)
            {
                kept.Add(new FormatPartSpec(FormatPartKind.Literal, opening));
            }

            return kept.Count == 0 ? null : new FormatSpec(format.Source, kept.ToArray(), format.SlotCount, format.Create);
        }

        /// <summary>The blanks that end the last fixed text of a format.</summary>
        private static string TrailingBlanks(FormatSpec format)
        {
            var last = format.Parts.LastOrDefault(p => p.Kind == FormatPartKind.Literal)?.Text;
            return last is null ? string.Empty : last.Substring(last.TrimEnd(Blanks).Length);
        }

        private static bool TryMatchFormatExactly(string raw, FormatSpec format, ParsedRecord record, bool fenced, out string expected, List<KeyValuePair<FormatPartSpec, object?>>? nested)
        {
            if (MatchFormatExactly(raw, format, record, fenced, out var valueExpected, nested))
            {
                expected = string.Empty;
                return true;
            }

            expected = valueExpected ?? "text in the form \"" + format.Source + "\"";
            return false;
        }

        /// <summary>
        /// Matches <paramref name="raw"/> against <paramref name="format"/>; on failure <paramref name="valueExpected"/> says
        /// what a hole's value should have been when that is why, and is null when the fixed text did not match. The
        /// values of holes that name a value inside a section (<see cref="FormatPartSpec.SlotPath"/>) go to
        /// <paramref name="nested"/>.
        /// </summary>
        private static bool MatchFormatExactly(string raw, FormatSpec format, ParsedRecord record, bool fenced, out string? valueExpected, List<KeyValuePair<FormatPartSpec, object?>>? nested)
        {
            nested?.Clear();
            var parts = format.Parts;
            var position = 0;
            var inCode = false;
            string source = raw;
            var codeOuterEnd = 0;
            valueExpected = null;
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                switch (part.Kind)
                {
                    case FormatPartKind.Literal:
                        if (!LiteralAt(source, position, part.Text, ignoreCase: true))
                        {
                            return false;
                        }

                        position += part.Text.Length;
                        break;
                    case FormatPartKind.Number:
                        var start = position;
                        while (position < source.Length && char.IsDigit(source[position]))
                        {
                            position++;
                        }

                        if (position == start)
                        {
                            return false;
                        }

                        break;
                    case FormatPartKind.CodeStart:
                        if (position < source.Length && source[position] == '`' && TryCodeSpan(source, position, out var content, out var end))
                        {
                            // Read the code's parts against its content, then continue after it.
                            inCode = true;
                            codeOuterEnd = end;
                            source = content;
                            position = 0;
                        }

                        break;
                    case FormatPartKind.CodeEnd:
                        if (inCode)
                        {
                            if (position != source.Length)
                            {
                                return false;
                            }

                            inCode = false;
                            source = raw;
                            position = codeOuterEnd;
                        }

                        break;
                    case FormatPartKind.Hole:
                        var stop = NextStop(parts, i, inCode);
                        int holeEnd;
                        if (stop is null)
                        {
                            holeEnd = source.Length;
                        }
                        else
                        {
                            holeEnd = inCode || fenced ? source.IndexOf(stop, position, StringComparison.Ordinal) : IndexOfUnescaped(source, stop, position);
                            if (holeEnd < 0)
                            {
                                return false;
                            }
                        }

                        var text = source.Substring(position, holeEnd - position);
                        position = holeEnd;
                        var spec = part.Value!;
                        object? value;
                        string holeExpected;
                        if (!inCode && !fenced)
                        {
                            // A lone backslash is an empty value at the start of a line.
                            text = text == "\\" ? string.Empty : Unescape(text);
                        }

                        if (spec.Kind == ValueKind.String)
                        {
                            value = text;
                        }
                        else if (!TryConvert(text, spec, out value, out holeExpected))
                        {
                            valueExpected = holeExpected + " for " + part.Label;
                            return false;
                        }

                        if (part.Slot >= 0)
                        {
                            record.Set(part.Slot, value);
                        }
                        else if (part.SlotPath is not null)
                        {
                            nested?.Add(new KeyValuePair<FormatPartSpec, object?>(part, value));
                        }

                        break;
                }
            }

            return position == source.Length;
        }

        /// <summary>The first <paramref name="stop"/> at or after <paramref name="start"/> that is not part of an escape or a character reference.</summary>
        private static int IndexOfUnescaped(string text, string stop, int start)
        {
            // An empty value written as a lone backslash before text that starts with punctuation ("\: 7 passed").
            if (start < text.Length && text[start] == '\\' && string.CompareOrdinal(text, start + 1, stop, 0, stop.Length) == 0)
            {
                return start + 1;
            }

            if (stop.Length == 0)
            {
                return start;
            }

            // Only a backslash, an ampersand or the stop's first character can change the outcome: jump between them.
            for (var i = start; i < text.Length; i++)
            {
                var next = text.AsSpan(i).IndexOfAny('\\', '&', stop[0]);
                if (next < 0)
                {
                    return -1;
                }

                i += next;
                if (text[i] == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
                {
                    i++;
                    continue;
                }

                if (text[i] == '&' && TryCharacterReference(text, i, out _, out var length))
                {
                    i += length - 1;
                    continue;
                }

                if (LiteralAt(text, i, stop, ignoreCase: false))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// Whether <paramref name="text"/> holds <paramref name="literal"/> at <paramref name="index"/>. A dash standing after a
        /// blank in the literal (<c>" - "</c>) also matches an en or em dash, as people and agents type them
        /// (<c>TASK-217 – Name</c>).
        /// </summary>
        private static bool LiteralAt(string text, int index, string literal, bool ignoreCase)
        {
            if (index + literal.Length > text.Length)
            {
                return false;
            }

            if (string.Compare(text, index, literal, 0, literal.Length, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0)
            {
                return true;
            }

            if (literal.IndexOf(" -", StringComparison.Ordinal) < 0)
            {
                return false;
            }

            for (var k = 0; k < literal.Length; k++)
            {
                char found = text[index + k], wanted = literal[k];
                if (found == wanted
                    || (wanted == '-' && found is '\u2013' or '\u2014' && k > 0 && literal[k - 1] == ' ')
                    || (ignoreCase && char.ToUpperInvariant(found) == char.ToUpperInvariant(wanted)))
                {
                    continue;
                }

                return false;
            }

            return true;
        }

        private static string? NextStop(FormatPartSpec[] parts, int index, bool inCode)
        {
            if (index + 1 >= parts.Length)
            {
                return null;
            }

            var next = parts[index + 1];
            return next.Kind switch
            {
                FormatPartKind.Literal => next.Text,
                FormatPartKind.CodeStart => "`",
                FormatPartKind.CodeEnd when !inCode => index + 2 < parts.Length && parts[index + 2].Kind == FormatPartKind.Literal ? parts[index + 2].Text : null,
                _ => null,
            };
        }

        private static bool TryCodeSpan(string text, int start, out string content, out int end)
        {
            var fence = 0;
            while (start + fence < text.Length && text[start + fence] == '`')
            {
                fence++;
            }

            var search = start + fence;
            while (search < text.Length)
            {
                var close = text.IndexOf('`', search);
                if (close < 0)
                {
                    break;
                }

                var run = 0;
                while (close + run < text.Length && text[close + run] == '`')
                {
                    run++;
                }

                if (run == fence)
                {
                    content = text.Substring(start + fence, close - start - fence);
                    if (content.Length >= 2 && content[0] == ' ' && content[content.Length - 1] == ' ' && content.Trim(Blanks).Length > 0)
                    {
                        content = content.Substring(1, content.Length - 2);
                    }

                    end = close + run;
                    return true;
                }

                search = close + run;
            }

            content = string.Empty;
            end = start;
            return false;
        }

        // ---- Labels ----

        /// <summary>Reads <c>**Label**: rest</c>, <c>**Label:** rest</c>, <c>**Label** (condition): rest</c> or a bold line.</summary>
        private static bool TryLabel(string line, out string label, out string rest, out bool hasColon)
        {
            if (!TryLabelSpan(line, out var labelText, out var restText, out hasColon))
            {
                label = rest = string.Empty;
                return false;
            }

            label = labelText.ToString();
            rest = restText.Length == 0 ? string.Empty : restText.ToString();
            return true;
        }

        /// <inheritdoc cref="TryLabel(string, out string, out string, out bool)"/>
        private static bool TryLabelSpan(ReadOnlySpan<char> line, out ReadOnlySpan<char> label, out ReadOnlySpan<char> rest, out bool hasColon)
        {
            label = rest = default;
            hasColon = false;
            if (!TryBoldSpan(line, out var bold, out var after))
            {
                return false;
            }

            var blanks = Blanks.AsSpan();
            label = bold.Trim(blanks);
            if (label.Length > 0 && label[label.Length - 1] == ':')
            {
                label = label.Slice(0, label.Length - 1).TrimEnd(blanks);
                hasColon = true;
                rest = after.Trim(blanks);
                return true;
            }

            // __Label__ is a label only with its colon: text may well start with a dunder name (__init__.py).
            var underscores = line[BoldStart(line)] == '_';

            var trimmed = after.TrimStart(blanks);
            var mark = trimmed.Length > 1 && trimmed[0] is '*' or '_' && trimmed[1] == '(' ? 1
                : trimmed.Length > 2 && trimmed[0] is '*' or '_' && trimmed[1] == trimmed[0] && trimmed[2] == '(' ? 2 : 0;
            if (trimmed.Length > mark && trimmed[mark] == '(' && KnownConditionLength(trimmed, mark) is > 0 and var known)
            {
                // One of the report type's conditions, whatever it holds (parentheses of its own included).
                trimmed = trimmed.Slice(known).TrimStart(blanks);
            }
            else if (trimmed.Length > mark && trimmed[mark] == '(')
            {
                // A condition after the label ("**Deleted** (if applicable):", "**Deleted** *(if applicable)*:") says nothing of
                // the report's; other text in parentheses is the author's and stays in the value, never dropped.
                var closeParen = trimmed.IndexOf(')');
                var closed = closeParen + 1 + mark;
                if (closeParen > mark && closed <= trimmed.Length && (mark == 0 || trimmed[closeParen + 1] == trimmed[0])
                    && ((closed < trimmed.Length && trimmed[closed] == ':') || closed == trimmed.Length)
                    && IsCondition(trimmed.Slice(mark + 1, closeParen - mark - 1).Trim(blanks)))
                {
                    trimmed = trimmed.Slice(closed).TrimStart(blanks);
                }
            }

            if (trimmed.Length > 0 && trimmed[0] == ':')
            {
                hasColon = true;
                rest = trimmed.Slice(1).Trim(blanks);
                return true;
            }

            // "**Label** - value" (or an en or em dash): the dash separates like a colon would.
            if (trimmed.Length > 1 && trimmed[0] is '-' or '\u2013' or '\u2014' && trimmed[1] is ' ' or '\t')
            {
                hasColon = true;
                rest = trimmed.Slice(1).Trim(blanks);
                return true;
            }

            rest = trimmed.Trim(blanks);
            return !underscores;
        }

        /// <summary>
        /// The length of one of the report type's conditions at the start of <paramref name="text"/>, in its parentheses and
        /// emphasized by <paramref name="mark"/> characters (<c>*(mandatory)*</c>), when a colon or the end follows; or 0.
        /// </summary>
        private static int KnownConditionLength(ReadOnlySpan<char> text, int mark)
        {
            if (t_conditions is not { Count: > 0 } conditions)
            {
                return 0;
            }

            foreach (var condition in conditions)
            {
                var length = condition.Length + 2 + (2 * mark);
                if (text.Length >= length && text.Slice(mark + 1, condition.Length).Equals(condition.AsSpan(), StringComparison.OrdinalIgnoreCase)
                    && text[mark + 1 + condition.Length] == ')' && (mark == 0 || text[length - 1] == text[0])
                    && (text.Length == length || text[length] == ':' || IsBlank(text[length])))
                {
                    return length;
                }
            }

            return 0;
        }

        /// <summary>
        /// Whether text in parentheses after a label is a condition: one of the report type's (<see cref="SchemaNode.Condition"/>)
        /// or any "if …" ("if applicable", "if any").
        /// </summary>
        private static bool IsCondition(ReadOnlySpan<char> text) =>
            text.StartsWith("if ".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || (t_conditions is { } conditions && conditions.Contains(text.ToString()));

        /// <summary>The conditions of the report type being read on this thread (reading is synchronous).</summary>
        [ThreadStatic]
        internal static HashSet<string>? t_conditions;

        /// <summary>Reads <c>**bold**after</c>: the text up to the first closing <c>**</c> that is not escaped.</summary>
        private static bool TryBold(string line, out string bold, out string after)
        {
            if (!TryBoldSpan(line, out var boldText, out var afterText))
            {
                bold = after = string.Empty;
                return false;
            }

            bold = boldText.ToString();
            after = afterText.ToString();
            return true;
        }

        /// <inheritdoc cref="TryBold(string, out string, out string)"/>
        private static bool TryBoldSpan(ReadOnlySpan<char> line, out ReadOnlySpan<char> bold, out ReadOnlySpan<char> after)
        {
            bold = after = default;
            var start = BoldStart(line);
            if (start < 0)
            {
                return false;
            }

            for (var i = start + 2; i + 1 < line.Length; i++)
            {
                if (line[i] == '\\')
                {
                    i++;
                    continue;
                }

                if (line[i] == line[start] && line[i + 1] == line[start])
                {
                    bold = line.Slice(start + 2, i - start - 2);
                    after = line.Slice(i + 2);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Where a line's leading bold text starts: 0, after an emoji and its blanks (<c>📅 **Date**:</c>), or -1 when
        /// the line does not start with bold text. Bold text is marked <c>**</c> or, as Markdown also allows,
        /// <c>__</c>; the bold text closes with the mark it opened with.
        /// </summary>
        private static int BoldStart(ReadOnlySpan<char> line)
        {
            if (IsBoldMark(line, 0))
            {
                return 0;
            }

            // Emoji and their joiners and selectors lie above U+2000 and are neither letters nor digits.
            var i = 0;
            while (i < line.Length && line[i] >= '\u2000' && !char.IsLetterOrDigit(line[i]))
            {
                i++;
            }

            if (i == 0)
            {
                return -1;
            }

            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            return IsBoldMark(line, i) ? i : -1;
        }

        private static bool IsBoldMark(ReadOnlySpan<char> line, int i) =>
            i + 1 < line.Length && line[i] is '*' or '_' && line[i + 1] == line[i];

        internal static bool StartsLabel(ReadOnlySpan<char> line) =>
            BoldStart(line) >= 0 && TryLabelSpan(line, out _, out _, out var colon) && colon;

        private static bool TryCheck(string line, out bool done, out string text)
        {
            done = false;
            text = string.Empty;
            if (line.Length < 3 || line[0] != '[' || line[2] != ']' || (line[1] != ' ' && line[1] != 'x' && line[1] != 'X'))
            {
                return false;
            }

            done = line[1] != ' ';
            text = Unescape(line.Substring(3).Trim(Blanks));
            return true;
        }

        private static bool TryIndicator(string line, Scope scope, out int slot, out string mark)
        {
            slot = -1;
            mark = string.Empty;
            var stars = line.IndexOf(" **", StringComparison.Ordinal);
            var underscores = line.IndexOf(" __", StringComparison.Ordinal);
            var bold = stars < 0 || (underscores >= 0 && underscores < stars) ? underscores : stars;

            if (bold <= 0 || !TryLabelSpan(line.AsSpan(bold + 1), out var label, out _, out _))
            {
                return false;
            }

            slot = FindSlot(scope.Nodes, label, NodeKind.Indicator);
            if (slot < 0)
            {
                return false;
            }

            mark = line.Substring(0, bold).Trim(Blanks);
            return true;
        }

        private (Scope? Scope, int Slot) FindLabelled(Scope scope, string label) => FindLabelled(scope, label.AsSpan());

        private (Scope? Scope, int Slot) FindLabelled(Scope scope, ReadOnlySpan<char> label)
        {
            var wanted = MatchText(label);
            for (var current = scope; current is not null; current = current.Parent)
            {
                var slot = FindMatchSlot(current.Nodes, wanted);
                if (slot >= 0 && current.Nodes[slot].Kind is NodeKind.Field or NodeKind.List or NodeKind.Checklist or NodeKind.Table or NodeKind.CodeBlock or NodeKind.Group)
                {
                    return (current, slot);
                }
            }

            return (null, -1);
        }

        /// <summary>
        /// A line that starts with the plain label of a field of <paramref name="scope"/> or a record around it: <c>OS: value</c>
        /// for a field written so, and <c>Browser value</c> for one written without a colon. With <paramref name="anyField"/>,
        /// <c>Label: value</c> also names a field written with a bold label, as agents drop the bold (a line that would
        /// otherwise be an error).
        /// </summary>
        private static bool TryPlainLabel(ReadOnlySpan<char> line, Scope scope, bool anyField, out Scope? owner, out int slot, out ReadOnlySpan<char> rest, bool paragraph = false)
        {
            // In a paragraph, a plain label is looked for in the record itself: its free text may start with the word of a field
            // around it.
            for (var current = scope; current is not null; current = paragraph && !anyField ? null : current.Parent)
            {
                slot = PlainLabelSlot(line, current.Nodes, anyField, out rest, paragraph);
                if (slot >= 0)
                {
                    owner = current;
                    return true;
                }
            }

            owner = null;
            slot = -1;
            rest = default;
            return false;
        }

        /// <summary>
        /// Whether <paramref name="line"/> (trimmed) is a list's, table's or checklist's plain label alone, with its colon:
        /// <c>Steps to Reproduce:</c>, or <c>Steps (if any):</c> with the template's condition kept.
        /// </summary>
        private static bool IsPlainPartLabel(ReadOnlySpan<char> line, SchemaNode node)
        {
            if (line.Length <= node.MatchLabel.Length || line[line.Length - 1] != ':' || !line.StartsWith(node.MatchLabel.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var after = line.Slice(node.MatchLabel.Length, line.Length - node.MatchLabel.Length - 1).Trim(Blanks.AsSpan());
            return after.Length == 0
                || (node.Condition is { } condition && after.Length == condition.Length + 2 && after[0] == '(' && after[after.Length - 1] == ')'
                    && after.Slice(1, condition.Length).Equals(condition.AsSpan(), StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// The slot of the field whose plain label starts <paramref name="line"/> (the longest such label), or -1. With
        /// <paramref name="anyField"/>, a line that is only a list's, table's or checklist's label and its colon
        /// (<c>Created:</c>) names that part too.
        /// </summary>
        /// <param name="line">The line.</param>
        /// <param name="nodes">The record's parts.</param>
        /// <param name="anyField">Whether a bold field written <c>Label: value</c> counts.</param>
        /// <param name="rest">The text after the label.</param>
        /// <param name="paragraph">
        /// The line is in a paragraph, not a list item: without <paramref name="anyField"/>, only a line field's plain label
        /// counts (a plain bullet field is a list item, and free text may well start with its word).
        /// </param>
        private static int PlainLabelSlot(ReadOnlySpan<char> line, SchemaNode[] nodes, bool anyField, out ReadOnlySpan<char> rest, bool paragraph = false)
        {
            rest = default;
            var text = line.TrimStart(Blanks.AsSpan());
            var found = -1;
            for (var i = 0; i < nodes.Length; i++)
            {
                var node = nodes[i];
                if ((anyField || node.PlainLabel > 0) && node.Kind is NodeKind.List or NodeKind.Checklist or NodeKind.Table && node.MatchLabel.Length > 0
                    && IsPlainPartLabel(text.TrimEnd(Blanks.AsSpan()), node))
                {
                    // "Steps to Reproduce:" over its items, as the template writes it; "Created:", the bold left out.
                    rest = default;
                    return i;
                }

                if (node.Kind != NodeKind.Field || (node.PlainLabel == 0 && !anyField) || (paragraph && !anyField && node.Layout is not (1 or 4 or 5)) || node.MatchLabel.Length == 0
                    || (found >= 0 && node.MatchLabel.Length <= nodes[found].MatchLabel.Length)
                    || !text.StartsWith(node.MatchLabel.AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var after = text.Slice(node.MatchLabel.Length);

                // In a paragraph, only a line field's plain label stands without its colon ("Host h"): text may well start
                // with the word of a bullet field's.
                var colonOnly = node.PlainLabel == 0 || (paragraph && node.Layout is not (1 or 4)) || node.Layout == 5;
                if (node.Condition is { } condition && after.TrimStart(Blanks.AsSpan()) is { Length: > 0 } conditioned && conditioned[0] == '('
                    && conditioned.Slice(1).StartsWith(condition.AsSpan(), StringComparison.OrdinalIgnoreCase)
                    && conditioned.Length > condition.Length + 1 && conditioned[condition.Length + 1] == ')')
                {
                    // "OS (if applicable): …", the template's condition kept.
                    after = conditioned.Slice(condition.Length + 2);
                }

                if (after.Length > 0 && after[0] == ':')
                {
                    rest = after.Slice(1).Trim(Blanks.AsSpan());
                }
                else if (!colonOnly && after.Trim(Blanks.AsSpan()).Length == 0)
                {
                    // The label alone: the value is not given.
                    rest = default;
                }
                else if (!colonOnly && node.PlainLabel == 2 && IsBlank(after[0]))
                {
                    // "Browser Firefox 120": the value right after the label, as the template writes it.
                    rest = after.Trim(Blanks.AsSpan());
                }
                else
                {
                    continue;
                }

                found = i;
            }

            return found;
        }

        private static int FindSlot(SchemaNode[] nodes, string label, NodeKind? kind = null) => FindSlot(nodes, label.AsSpan(), kind);

        private static int FindSlot(SchemaNode[] nodes, ReadOnlySpan<char> label, NodeKind? kind = null) => FindMatchSlot(nodes, MatchText(label), kind);

        /// <summary>A label as written, as it is compared with <see cref="SchemaNode.MatchLabel"/>: unescaped and normalized.</summary>
        private static ReadOnlySpan<char> MatchText(ReadOnlySpan<char> label) =>
            label.IndexOfAny('\\', '&') >= 0 ? Normalize(Unescape(label.ToString())).AsSpan() : NormalizeLabel(label);

        /// <summary>
        /// The slot whose label matches <paramref name="wanted"/> (see <see cref="MatchText"/>), of <paramref name="kind"/> when given.
        /// Sections (read by their heading), free text and title values (named by their member, never written as a label) and front
        /// matter fields (read from the front matter alone) do not count.
        /// </summary>
        private static int FindMatchSlot(SchemaNode[] nodes, ReadOnlySpan<char> wanted, NodeKind? kind = null)
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                var node = nodes[i];
                if ((kind is null || node.Kind == kind) && node.Label.Length > 0 && node.Kind is not (NodeKind.Section or NodeKind.Text or NodeKind.TitleValue or NodeKind.FrontMatter)
                    && (node.MatchLabel.Length == wanted.Length ? LabelEquals(wanted, node.MatchLabel.AsSpan()) : IsLabelWithCondition(wanted, node)))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// Whether <paramref name="wanted"/> is the node's label followed by its template condition, as a label whose
        /// colon is inside the bold keeps it: <c>**Deleted (if applicable):**</c>.
        /// </summary>
        private static bool IsLabelWithCondition(ReadOnlySpan<char> wanted, SchemaNode node)
        {
            var label = node.MatchLabel;
            var condition = node.Condition;

            // The condition may be emphasized: "**Input _(optional)_:**".
            var mark = wanted.Length > 0 && wanted[wanted.Length - 1] is '*' or '_' ? 1 : 0;
            if (condition is null || wanted.Length != label.Length + condition.Length + 3 + (2 * mark) || wanted[wanted.Length - 1 - mark] != ')')
            {
                return false;
            }

            var rest = wanted.Slice(label.Length);
            return wanted.StartsWith(label.AsSpan(), StringComparison.OrdinalIgnoreCase) && rest[0] == ' ' && (mark == 0 || rest[1] == wanted[wanted.Length - 1])
                && rest[1 + mark] == '(' && rest.Slice(2 + mark, condition.Length).Equals(condition.AsSpan(), StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>", which names the section '…': write it as that section's heading" when a bold line names a section of the scope.</summary>
        private static string NamesSection(Scope scope, string label)
        {
            var wanted = NormalizeLabel(label.AsSpan());
            foreach (var node in scope.Nodes)
            {
                if (node.Kind is NodeKind.Section or NodeKind.RepeatedSection && NormalizeLabel(node.Label.AsSpan()).Equals(wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return ", which names the section '" + node.Label + "': write it as that section's heading";
                }
            }

            return string.Empty;
        }

        /// <summary>
        /// A hint for a line that names a part of one of the record's groups (<c>- OS: Linux</c> without the group's label
        /// above it): ", a part of the group 'Desktop': write the group's label above its lines", or empty.
        /// </summary>
        private static string NamesGroupPart(Scope scope, ReadOnlySpan<char> line)
        {
            foreach (var node in scope.Nodes)
            {
                if (node.Kind != NodeKind.Group || node.Record is null)
                {
                    continue;
                }

                var names = TryLabelSpan(line, out var label, out _, out _) ? FindSlot(node.Record.Nodes, label) >= 0
                    : PlainLabelSlot(line, node.Record.Nodes, anyField: true, out _) >= 0;
                if (names)
                {
                    return ", a part of the group '" + node.Label + "': write the group's label (**" + node.Label + "**:) on the line above its parts";
                }
            }

            return string.Empty;
        }

        private string ExpectedLabels(Scope scope)
        {
            var parts = new List<string>();
            foreach (var node in scope.Nodes)
            {
                switch (node.Kind)
                {
                    case NodeKind.Field or NodeKind.List or NodeKind.Checklist or NodeKind.Table or NodeKind.Indicator or NodeKind.Group when node.Label.Length > 0:
                    case NodeKind.Check:
                        parts.Add("'" + node.Label + "'");
                        break;
                    case NodeKind.Repeated when node.Title is not null:
                        parts.Add("'" + node.Title.Source.Replace("{n}", "N") + "'");
                        break;
                    case NodeKind.List or NodeKind.Checklist:
                        parts.Add("a list");
                        break;
                    case NodeKind.Table:
                        parts.Add("a table");
                        break;
                    case NodeKind.Text:
                        parts.Add("free text");
                        break;
                    case NodeKind.CodeBlock when node.Label.Length > 0:
                        parts.Add("'" + node.Label + "' (a code block)");
                        break;
                    case NodeKind.CodeBlock:
                        parts.Add("a code block");
                        break;
                }
            }

            if (parts.Count == 0)
            {
                var sections = scope.Nodes.Where(n => n.Kind is NodeKind.Section or NodeKind.RepeatedSection).Select(n => "'" + n.Label.Replace("{n}", "N") + "'").ToList();
                return sections.Count == 0 ? "no content here" : "only the headings of its sections here (" + string.Join(", ", sections) + ")";
            }

            return parts.Count == 1 ? parts[0] : "one of the parts " + string.Join(", ", parts.Distinct());
        }

        /// <summary>The 0-based column where <paramref name="text"/> (its first line) starts on a line, else where the line's text starts.</summary>
        private int ColumnOf(int line, string text)
        {
            var source = Line(line);
            var first = text.Split('\n')[0].Trim(Blanks);
            if (first.Length > 0)
            {
                var index = source.IndexOf(first, StringComparison.OrdinalIgnoreCase);
                if (index >= 0)
                {
                    return index;
                }
            }

            return source.Length - source.TrimStart(Blanks).Length;
        }

        // ---- Text helpers ----

        /// <summary>A label or heading as matched: without surrounding blanks and a leading emoji.</summary>
        private static string Normalize(string text)
        {
            var normalized = NormalizeLabel(text.AsSpan());
            return normalized.Length == text.Length ? text : normalized.ToString();
        }

        private string HeadingText(HeadingBlock heading) => HeadingSpan(heading).ToString();

        /// <summary>A heading's text in the document: without its marker, a closing sequence of #s and surrounding blanks.</summary>
        private ReadOnlySpan<char> HeadingSpan(HeadingBlock heading)
        {
            if (heading.Line < 0 || heading.Line >= _lineStarts.Count)
            {
                return default;
            }

            if (heading.IsSetext)
            {
                return SetextHeadingSpan(LineOf(heading.Span.Start));
            }

            var (start, end) = LineBounds(heading.Line);
            return AtxHeadingText(_text.AsSpan(start, end - start));
        }

        /// <summary>
        /// A setext heading's text (<c>Title</c> over a line of <c>=</c> or <c>-</c>), from its first line to the line above
        /// the underline: its lines joined by one space, as Markdown shows them.
        /// </summary>
        private ReadOnlySpan<char> SetextHeadingSpan(int firstLine)
        {
            var lastLine = firstLine;
            while (lastLine + 1 < _lineStarts.Count && !IsSetextUnderline(LineSpan(lastLine + 1)))
            {
                lastLine++;
            }

            if (lastLine == firstLine)
            {
                return LineSpan(firstLine).Trim(Blanks.AsSpan());
            }

            var lines = new List<string>();
            for (var line = firstLine; line <= lastLine; line++)
            {
                lines.Add(LineSpan(line).Trim(Blanks.AsSpan()).ToString());
            }

            return string.Join(" ", lines).AsSpan();
        }

        private ReadOnlySpan<char> LineSpan(int index)
        {
            var (start, end) = LineBounds(index);
            return _text.AsSpan(start, end - start);
        }

        private static bool IsSetextUnderline(ReadOnlySpan<char> line)
        {
            line = line.Trim(Blanks.AsSpan());
            return line.Length > 0 && (line.TrimStart('=').Length == 0 || line.TrimStart('-').Length == 0);
        }

        /// <summary>
        /// Decodes backslash escapes and character references, the exact inverse of the writer's escaping.
        /// (Markdig's <c>HtmlHelper.Unescape</c> is not: it reads <c>\&amp;lt;</c> as <c>&lt;</c> and <c>\\\&amp;</c> as <c>&amp;</c>.)
        /// </summary>
        internal static string Unescape(string raw)
        {
            if (raw.Length == 0 || (raw.IndexOf('\\') < 0 && raw.IndexOf('&') < 0))
            {
                return raw;
            }

            var builder = new System.Text.StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c == '\\' && i + 1 < raw.Length && IsAsciiPunctuation(raw[i + 1]))
                {
                    builder.Append(raw[++i]);
                    continue;
                }

                if (c == '&' && TryCharacterReference(raw, i, out var decoded, out var length))
                {
                    builder.Append(decoded);
                    i += length - 1;
                    continue;
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        private static bool IsAsciiPunctuation(char c) =>
            c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

        /// <summary>Reads <c>&amp;#123;</c>, <c>&amp;#x7B;</c> or <c>&amp;name;</c> at <paramref name="start"/>.</summary>
        private static bool TryCharacterReference(string text, int start, out string decoded, out int length)
        {
            decoded = string.Empty;
            length = 0;
            var i = start + 1;
            if (i < text.Length && text[i] == '#')
            {
                i++;
                var hex = i < text.Length && (text[i] == 'x' || text[i] == 'X');
                if (hex)
                {
                    i++;
                }

                var digitsStart = i;
                var value = 0;
                while (i < text.Length && i - digitsStart < (hex ? 6 : 7) && (hex ? Uri.IsHexDigit(text[i]) : text[i] >= '0' && text[i] <= '9'))
                {
                    value = value * (hex ? 16 : 10) + (hex ? Convert.ToInt32(text[i].ToString(), 16) : text[i] - '0');
                    i++;
                }

                if (i == digitsStart || i >= text.Length || text[i] != ';')
                {
                    return false;
                }

                decoded = value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ? "\uFFFD" : char.ConvertFromUtf32(value);
                length = i + 1 - start;
                return true;
            }

            var nameStart = i;
            while (i < text.Length && i - nameStart < 32 && char.IsLetterOrDigit(text[i]) && text[i] < 128)
            {
                i++;
            }

            if (i == nameStart || i >= text.Length || text[i] != ';')
            {
                return false;
            }

            // Markdig's string API (its span API needs a newer System.Memory than netstandard2.0 references).
            var reference = text.Substring(start, i + 1 - start);
            var entity = HtmlHelper.Unescape(reference, removeBackSlash: false);
            if (entity == reference)
            {
                return false;
            }

            decoded = entity;
            length = i + 1 - start;
            return true;
        }

        /// <summary>Decodes a value that may span lines: a line holding a lone backslash is an empty line.</summary>
        private static string MultiLineUnescape(string raw)
        {
            // Nothing escaped (a line that is only "\\" is an escape too): the value as it stands.
            if (raw.AsSpan().IndexOfAny('\\', '&') < 0)
            {
                return raw;
            }

            if (raw.IndexOf('\n') < 0)
            {
                return raw == "\\" ? string.Empty : Unescape(raw);
            }

            var lines = raw.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = lines[i] == "\\" ? string.Empty : Unescape(lines[i]);
            }

            return string.Join("\n", lines);
        }

        private List<string> Lines(Block block)
        {
            var (first, last) = LineRange(block);
            var lines = new List<string>(Math.Max(0, last - first + 1));
            for (var i = first; i <= last; i++)
            {
                var line = BlockLine(block, i);
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                }
            }

            return lines;
        }

        /// <summary>
        /// Line <paramref name="index"/> of <paramref name="block"/> as the reader reads it: the first line from where the
        /// block starts (after a list marker), every line without the blanks around it.
        /// </summary>
        private ReadOnlySpan<char> BlockLine(Block block, int index)
        {
            var (start, length) = BlockLineBounds(block, index);
            return _text.AsSpan(start, length);
        }

        /// <summary>Where <see cref="BlockLine"/> is in the document.</summary>
        private (int Start, int Length) BlockLineBounds(Block block, int index)
        {
            var (start, end) = LineBounds(index);
            if (index == block.Line && block.Span.Start > start && block.Span.Start <= end)
            {
                start = block.Span.Start;
            }

            while (start < end && _text[start] is ' ' or '\t')
            {
                start++;
            }

            while (end > start && _text[end - 1] is ' ' or '\t')
            {
                end--;
            }

            return (start, end - start);
        }

        /// <summary>The document lines <paramref name="block"/> spans, first and last (inclusive).</summary>
        private (int First, int Last) LineRange(Block block) =>
            (block.Line, Math.Min(LineOf(Math.Max(block.Span.End, block.Span.Start), block.Line), _lineStarts.Count - 1));

        /// <summary>The lines <see cref="Lines"/> gives, as spans of the document (a string only for a line asked for as one).</summary>
        private BlockLines LineSpans(Block block)
        {
            var (first, last) = LineRange(block);
            var bounds = new int[2 * Math.Max(0, last - first + 1)];
            var count = 0;
            for (var i = first; i <= last; i++)
            {
                var (start, length) = BlockLineBounds(block, i);
                if (length > 0)
                {
                    bounds[2 * count] = start;
                    bounds[(2 * count) + 1] = length;
                    count++;
                }
            }

            return new BlockLines(_text, bounds, count);
        }

        /// <summary>
        /// The text of <paramref name="block"/> as <see cref="Lines"/> reads it, when that is one non-blank line
        /// (a span of the document, nothing allocated).
        /// </summary>
        private bool TrySingleLine(Block block, out ReadOnlySpan<char> line)
        {
            var first = block.Line;
            line = first >= 0 && first < _lineStarts.Count && LineOf(Math.Max(block.Span.End, block.Span.Start), first) == first
                ? BlockLine(block, first)
                : default;
            return line.Length > 0;
        }

        /// <summary>
        /// <paramref name="first"/> and <paramref name="lines"/> from the second on, one per line. In Markdown a line that
        /// ends with two blanks (a hard break the trimmed lines lost) ends with a backslash instead, the break the writer
        /// keeps; <paramref name="firstLine"/> is the document line of the first.
        /// </summary>
        private string JoinLines(string first, List<string> lines, bool markdown, int firstLine)
        {
            var text = new System.Text.StringBuilder(first);
            for (var i = 1; i < lines.Count; i++)
            {
                text.Append(LineBreak(markdown, firstLine + i - 1)).Append(lines[i]);
            }

            return text.ToString();
        }

        /// <summary>The break after document line <paramref name="line"/> inside a value: a backslash before it for a hard break in Markdown.</summary>
        private string LineBreak(bool markdown, int line)
        {
            if (!markdown)
            {
                return "\n";
            }

            var (start, end) = LineBounds(line);
            var trimmed = _text.AsSpan(start, end - start).TrimEnd(' ');
            return end - start - trimmed.Length >= 2 && !EndsWithBreakingBackslash(trimmed) ? "\\\n" : "\n";
        }

        /// <summary>Whether the text ends with an odd run of backslashes: the last one is not escaped.</summary>
        internal static bool EndsWithBreakingBackslash(ReadOnlySpan<char> text)
        {
            var run = 0;
            while (run < text.Length && text[text.Length - 1 - run] == '\\')
            {
                run++;
            }

            return run % 2 == 1;
        }

        private string Line(int index)
        {
            if (index < 0 || index >= _lineStarts.Count)
            {
                return string.Empty;
            }

            var (start, end) = LineBounds(index);
            return _text.Substring(start, end - start);
        }

        /// <summary>Where line <paramref name="index"/> (0-based, within range) starts and ends, without its line break.</summary>
        private (int Start, int End) LineBounds(int index)
        {
            var start = _lineStarts[index];
            var end = index + 1 < _lineStarts.Count ? _lineStarts[index + 1] : _text.Length;
            while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
            {
                end--;
            }

            return (start, end);
        }

        /// <summary>The line of <paramref name="offset"/>, found by walking from <paramref name="from"/> (a block's first line): blocks are a few lines long.</summary>
        private int LineOf(int offset, int from)
        {
            if (from < 0 || from >= _lineStarts.Count || _lineStarts[from] > offset)
            {
                return LineOf(offset);
            }

            var line = from;
            while (line + 1 < _lineStarts.Count && _lineStarts[line + 1] <= offset)
            {
                line++;
            }

            return line;
        }

        private int LineOf(int offset)
        {
            var index = _lineStarts.BinarySearch(offset);
            return index >= 0 ? index : ~index - 1;
        }

        private static int Column(Block block) => block.Column;

        private static Block? FirstChild(ContainerBlock container) => container.Count > 0 ? container[0] : null;

        private static int UnlabelledListSlot(SchemaNode[] nodes)
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                if (nodes[i].Kind is NodeKind.List or NodeKind.Checklist && nodes[i].Label.Length == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        internal static string Describe(Block block) => block switch
        {
            FencedCodeBlock => "a code fence",
            ThematicBreakBlock => "a rule",
            LinkReferenceDefinitionGroup => "a link reference definition",
            QuoteBlock => "a block quote",
            HtmlBlock { Type: HtmlBlockType.Comment } => "an HTML comment that is never closed or has text after its '-->'",
            HtmlBlock => "an HTML block",
            Markdig.Syntax.CodeBlock => "an indented code block",
            ListBlock => "a list",
            ParagraphBlock => "a paragraph",
            HeadingBlock => "a heading",
            _ => block.GetType().Name,
        };

        /// <summary>Text quoted in a message: on one line (a line break shown as ⏎, so that the message stays one line), at most 60 characters.</summary>
        internal static string Shorten(string text)
        {
            if (text.IndexOfAny(LineBreaks) >= 0)
            {
                text = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", " ⏎ ");
            }

            return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };

        internal static string Join(string path, string label) =>
            string.IsNullOrEmpty(label) ? path : path.Length == 0 ? label : path + Separator + label;

        private void Error(string code, Block block, PathRef path, string expected, string found) =>
            Error(code, block.Line, block.Column, path, expected, found);

        private void Error(string code, int line, int column, PathRef path, string expected, string found) =>
            Errors.Add(new ReportParseError(code, line + 1, column + 1, path.ToString(), expected, found));
    }

    /// <summary>
    /// What the reader knows of a report type's text before reading a document: its footer lines and its
    /// template-only lines (guidance, footer). Computed once per report type and shared by every read.
    /// </summary>
    /// <summary>
    /// Compares template-only lines as the reader matches labels: in any case, with typographic quotes and apostrophes
    /// (’ “ ”), non-breaking hyphens and spaces read as the ASCII ones (an agent's editor may have changed them).
    /// </summary>
    private sealed class FoldingComparer : IEqualityComparer<string>
    {
        public static readonly FoldingComparer Instance = new();

        public bool Equals(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x is null && y is null;
            }

            if (x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (Fold(x[i]) != Fold(y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(string text)
        {
            var hash = 17;
            foreach (var c in text)
            {
                hash = unchecked((hash * 31) + Fold(c));
            }

            return hash;
        }

        private static char Fold(char c) => char.ToUpperInvariant(FoldTypography(c));
    }

    private sealed class SchemaText
    {
        private static readonly ConditionalWeakTable<RecordSchema, SchemaText> Cache = new();

        private readonly string? _footerSource;
        private readonly string? _preambleSource;
        private readonly string[]? _preambleLines;

        private readonly HashSet<string> _templateOnly;
        private readonly bool[] _templateOnlyLengths;

        /// <summary>The conditions of the report type's parts ("if applicable"), in any case.</summary>
        public HashSet<string> Conditions { get; } = new(StringComparer.OrdinalIgnoreCase);

        private SchemaText(string? footer, HashSet<string> templateOnly, string? preamble = null)
        {
            _footerSource = footer;
            _preambleSource = preamble;
            if (preamble is not null)
            {
                // Its non-blank lines outside HTML comments (a reader drops those), trimmed, as a block's lines are read.
                _preambleLines = Reader.WithoutHtmlComments(preamble.Replace("\r\n", "\n"))
                    .Split('\n').Select(l => l.Trim(Blanks)).Where(l => l.Length > 0).ToArray();
            }

            Footer = footer?.Split('\n').Select(l => l.Trim(Blanks)).Where(l => l.Length > 0).ToArray();
            _templateOnly = templateOnly;
            _templateOnlyLengths = new bool[templateOnly.Count == 0 ? 0 : templateOnly.Max(t => t.Length) + 1];
            foreach (var line in templateOnly)
            {
                _templateOnlyLengths[line.Length] = true;
            }
        }

        /// <summary>The footer's non-blank lines, trimmed.</summary>
        public string[]? Footer { get; }

        /// <summary>Whether the template opens with a preamble.</summary>
        public bool HasPreamble => _preambleLines is not null;

        /// <summary>
        /// How many of <paramref name="blocks"/>, from the first, hold the template's preamble: their lines are the preamble's
        /// (outside its comments), all of them and in order (blanks around lines aside). Zero when they hold anything else or
        /// only part of it: text that only looks like a line of the preamble is the report's.
        /// </summary>
        public int PreambleBlocks(IReadOnlyList<Block> blocks, Func<Block, List<string>> lines)
        {
            var preamble = _preambleLines!;
            var matched = 0;
            for (var b = 0; b < blocks.Count && matched < preamble.Length; b++)
            {
                if (blocks[b] is not (ParagraphBlock or QuoteBlock or HtmlBlock or FencedCodeBlock or ListBlock))
                {
                    return 0;
                }

                foreach (var line in lines(blocks[b]))
                {
                    if (matched >= preamble.Length || !string.Equals(preamble[matched], line.Trim(Blanks), StringComparison.Ordinal))
                    {
                        return 0;
                    }

                    matched++;
                }

                if (matched == preamble.Length)
                {
                    return b + 1;
                }
            }

            return 0;
        }

        /// <summary>Whether <paramref name="line"/> is a line only a template holds (a guidance or footer line, any case).</summary>
        public bool IsTemplateOnly(string line) =>
            line.Length < _templateOnlyLengths.Length && _templateOnlyLengths[line.Length] && _templateOnly.Contains(line);

        /// <summary>As <see cref="IsTemplateOnly(string)"/>; a string is made only for a line as long as a template-only one.</summary>
        public bool IsTemplateOnly(ReadOnlySpan<char> line) =>
            line.Length < _templateOnlyLengths.Length && _templateOnlyLengths[line.Length] && _templateOnly.Contains(line.ToString());

        /// <summary>The same template-only lines, without the footer (for lines read apart from the document).</summary>
        public SchemaText WithoutFooter() => _footerSource is null ? this : _withoutFooter ??= WithConditions(new(null, _templateOnly, _preambleSource), Conditions);

        private static SchemaText WithConditions(SchemaText text, HashSet<string> conditions)
        {
            text.Conditions.UnionWith(conditions);
            return text;
        }

        private SchemaText? _withoutFooter;

        public static SchemaText Of(RecordSchema root, string? footer, string? preamble)
        {
            // A report type always passes the same footer and preamble; others (never from generated code) are not cached.
            var known = Cache.GetValue(root, r => Build(r, footer, preamble));
            return string.Equals(known._footerSource, footer, StringComparison.Ordinal) && string.Equals(known._preambleSource, preamble, StringComparison.Ordinal)
                ? known
                : Build(root, footer, preamble);
        }

        private static SchemaText Build(RecordSchema root, string? footer, string? preamble)
        {
            var templateOnly = new HashSet<string>(FoldingComparer.Instance);
            AddLines(footer, templateOnly);

            var conditions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            Collect(root, templateOnly, conditions, new HashSet<RecordSchema>());
            return WithConditions(new SchemaText(footer, templateOnly, preamble), conditions);
        }

        /// <summary>Adds each non-blank line of <paramref name="text"/> (guidance may be several blocks), trimmed.</summary>
        private static void AddLines(string? text, HashSet<string> templateOnly)
        {
            if (text is null)
            {
                return;
            }

            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.Trim(Blanks);
                if (trimmed.Length > 0)
                {
                    templateOnly.Add(trimmed);
                }
            }
        }

        private static void Collect(RecordSchema schema, HashSet<string> templateOnly, HashSet<string> conditions, HashSet<RecordSchema> seen)
        {
            if (!seen.Add(schema))
            {
                return;
            }

            foreach (var node in schema.Nodes)
            {
                CollectNode(node);
            }

            void CollectNode(SchemaNode node)
            {
                AddLines(node.Guidance, templateOnly);
                AddLines(node.TrailingGuidance, templateOnly);
                AddLines(node.RepeatGuidance, templateOnly);
                if (node.Condition is { Length: > 0 } condition)
                {
                    conditions.Add(condition);
                }

                if (node.Body is not null)
                {
                    CollectNode(node.Body);
                }

                if (node.Record is not null)
                {
                    Collect(node.Record, templateOnly, conditions, seen);
                }
            }
        }
    }
}
