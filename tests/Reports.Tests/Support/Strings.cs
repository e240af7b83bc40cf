using System;
using System.Linq;
using CsCheck;

namespace Reports.Tests.Support;

/// <summary>
/// String generators for report values: plain words mixed with everything that means something in
/// Markdown or that Markdown tends to lose. NUL and unpaired surrogates are never generated here
/// (rendering refuses them; <c>RenderRefusalTests</c> checks that).
/// </summary>
internal static class Strings
{
    /// <summary>Fragments that have a meaning in Markdown, in the report layout, or in Unicode.</summary>
    public static readonly string[] Fragments =
    {
        // Inline markup
        "*", "**", "***", "_", "__", "~", "~~", "`", "``", "```", "````", "\\", "\\\\", "\\*", "\\`",
        "[", "]", "[x]", "[ ]", "(", ")", "![", "](", "[link](http://example.com)", "<", ">", "<b>", "</b>", "<br>", "<!--", "-->",
        "<div>", "<script>alert(1)</script>", "img src=x", "!-- x", "/b", "?x", "<http://example.com>", "http://example.com", "www.example.com", "a@b.co",
        "https://dev.azure.com/org/_git/repo", "www.example.com/", "/~alice", "/_next/", "?a=1&b=2",
        "&", "&amp;", "&#10;", "&#32;", "&lt;", "&nbsp;", "&#x41;", "&copy",
        // Block markers (they matter at the start of a line)
        "#", "# ", "##", "## Code Review", "### ", "-", "- ", "+ ", "* ", "> ", ">", "1.", "1. ", "1)", "10. ", "99999)",
        "- [x] ", "- [ ] ", "- [x] done", "=", "===", "---", "***", "___", "- - -", "    ", "|", "| a | b |", "|---|---|", ":-:", "---|---",
        "```csharp", "~~~", "\n```\n", "\n---\n", "\n===\n", "\n## Code Review\n**Status**: APPROVED", "\n- [x] done",
        // The report's own structure
        "**Status**: APPROVED", "**Status**:", "**Decision 1: X**", "Decision 1:", ": ", ":", "**:", "**Label:**", "- **Issue**: x",
        "{n}", "{", "}", "{Name}", " - ", " \u2013 ", " \u2014 ", "\u2014", " \u2013", "` - ", "`: ", " passed, ", " failed", "%", "/10", " ms", " units", "(", ")", "v",
        "None", "TBD", "TODO", "[Date]", "[Name]", "XX", "APPROVED", "🟢 GOOD", "GOOD", "✅", "✅/⚠️/❌",
        // Blanks and breaks
        " ", "  ", "   ", "\t", " \t ", "\n", "\n\n", "\r\n", "\r", "\\\n", "  \n", "\u00A0", "\u2028", "\u200B", "\u000B", "\u000C", "\u001B", "\u0085",
        // Unicode
        "é", "e\u0301", "\u0301", "a\u0308\u0323", "👍", "🚀", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇫🇷", "\uFE0F", "\u200D", "مرحبا", "\u202E", "\u200F", "שלום",
        "中文", "한국어", "𝔘𝔫𝔦", "\uFEFF", "\uFFFD", "Ω", "ß",
    };

    private static readonly Gen<string> Word =
        Gen.OneOf("alpha", "beta", "report", "Redis", "v1.2", "42", "x", "TASK-142", "rate limit", "ok", "a_b", "snake_case", "foo.bar", "2026-11-18");

    private static readonly Gen<string> Ascii = Gen.Char[' ', '~'].Select(c => c.ToString());

    private static readonly Gen<string> Unicode = Gen.Char['\u00A0', '\uD7FF'].Select(c => c.ToString());

    public static readonly Gen<string> Piece = Gen.Frequency(
        (5, Gen.OneOf(Fragments)),
        (3, Word),
        (3, Ascii),
        (1, Unicode));

    /// <summary>Any value: may hold line breaks, blanks at either end, and may be empty.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (1, Gen.Const(string.Empty)),
        (3, Word),
        (12, Piece.Array[1, 10].Select(string.Concat)));

    /// <summary>Text without carriage returns (fenced code carries only \n line breaks).</summary>
    public static readonly Gen<string> Code = Any.Select(s => s.Replace("\r", string.Empty, StringComparison.Ordinal));

    /// <summary>
    /// A value on a line inside a fenced block (an aligned block): no line break, no blank at either end,
    /// and no '%' or ' (' that would run into the text after it.
    /// </summary>
    public static readonly Gen<string> Fenced = Any.Select(s =>
    {
        var line = new string(s.Where(c => c is not ('\n' or '\r')).ToArray()).Trim(' ', '\t');
        return line;
    });

    /// <summary>A non-empty value.</summary>
    public static readonly Gen<string> NonEmpty = Any.Where(s => s.Length > 0);
}
