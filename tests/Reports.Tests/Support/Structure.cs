using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reports.Tests.Support;

/// <summary>
/// The structure of a Markdown document as a parser sees it: one token per block (heading with its level,
/// paragraph, list, list item, task item, table, row, cell, code block, rule, quote, HTML block), indented by
/// nesting; then, as the last token, how many inline elements a value must never create there are (strong,
/// emphasis, strikethrough, inline HTML, image). Links and code spans are not counted: an autolinked URL in a
/// value is harmless, and a code value that inline code cannot carry is written as escaped text by design.
/// </summary>
/// <remarks>
/// The inline counts may be lower with adversarial values than with plain words, never higher: an empty
/// value makes the layout's own <c>**{Name}**</c> an empty <c>****</c>, and Markdig (unlike cmark) does not
/// open emphasis before a character reference to a blank (<c>**&amp;#32;x**</c>). The reader reads the raw
/// text, so neither changes what a report reads as.
/// </remarks>
internal static class Structure
{
    /// <summary>Markdig with the GitHub extensions that change structure (tables, task lists, autolinks, strikethrough).</summary>
    public static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder()
        .UsePipeTables().UseTaskLists().UseAutoLinks().UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough).Build();

    public static IReadOnlyList<string> OfMarkdig(string markdown, MarkdownPipeline pipeline)
    {
        var tokens = new List<string>();
        var inline = new List<string>();
        Walk(Markdown.Parse(markdown, pipeline), 0, tokens, inline);
        tokens.Add(InlineSummary(inline));
        return tokens;
    }

    public static IReadOnlyList<string> OfCmark(string markdown) => OfCmarkXml(CmarkGfm.ToXml(markdown));

    public static IReadOnlyList<string> OfCmarkXml(string xml)
    {
        var tokens = new List<string>();
        var inline = new List<string>();
        var document = LoadXml(xml);
        Walk(document.Root!, 0, tokens, inline);
        tokens.Add(InlineSummary(inline));
        return tokens;
    }

    /// <summary>Loads cmark's XML (which copies control characters such as U+000B, not allowed in XML 1.0).</summary>
    public static XDocument LoadXml(string xml)
    {
        xml = new string(xml.Select(c => c < ' ' && c is not ('\t' or '\n' or '\r') ? ' ' : c).ToArray());
        using var reader = System.Xml.XmlReader.Create(new System.IO.StringReader(xml), new System.Xml.XmlReaderSettings { CheckCharacters = false, DtdProcessing = System.Xml.DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static readonly string[] InlineKinds = { "strong", "emph", "del", "html_inline", "image" };

    private static string InlineSummary(List<string> inline) =>
        "inline " + string.Join(" ", InlineKinds.Select(k => k + "=" + inline.Count(i => i == k)));

    private static Dictionary<string, int> ParseSummary(string summary) =>
        summary.Substring("inline ".Length).Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The first line where two structures differ, with some context, or null.</summary>
    public static string? Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (expected.Count > 0 && actual.Count > 0 && expected[^1].StartsWith("inline ", StringComparison.Ordinal) && actual[^1].StartsWith("inline ", StringComparison.Ordinal))
        {
            var blocks = BlockDifference(expected.Take(expected.Count - 1).ToList(), actual.Take(actual.Count - 1).ToList());
            if (blocks is not null)
            {
                return blocks;
            }

            var want = ParseSummary(expected[^1]);
            var found = ParseSummary(actual[^1]);
            var more = InlineKinds.Where(k => found[k] > want[k]).ToList();
            return more.Count == 0 ? null : $"values created inline markup: {actual[^1]} where plain words give {expected[^1]}";
        }

        return BlockDifference(expected, actual);
    }

    private static string? BlockDifference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var count = Math.Min(expected.Count, actual.Count);
        var first = Enumerable.Range(0, count).FirstOrDefault(i => expected[i] != actual[i], -1);
        if (first < 0)
        {
            if (expected.Count == actual.Count)
            {
                return null;
            }

            first = count;
        }

        string Around(IReadOnlyList<string> tokens) => string.Join("\n", tokens.Skip(Math.Max(0, first - 4)).Take(10).Select((t, i) => (Math.Max(0, first - 4) + i == first ? ">> " : "   ") + t));
        return $"structure differs at token {first} ({expected.Count} expected, {actual.Count} found)\n--- expected ---\n{Around(expected)}\n--- found ---\n{Around(actual)}";
    }

    private static void Walk(ContainerBlock container, int depth, List<string> tokens, List<string> inlines)
    {
        foreach (var block in container)
        {
            var token = block switch
            {
                HeadingBlock heading => "h" + heading.Level,
                ParagraphBlock => "p",
                ListBlock list => list.IsOrdered ? "ol" : "ul",
                ListItemBlock item => IsTask(item) ? "task" : "li",
                Table => "table",
                TableRow => "row",
                TableCell => "cell",
                Markdig.Syntax.CodeBlock => "code",
                ThematicBreakBlock => "hr",
                QuoteBlock => "quote",
                HtmlBlock => "html",
                LinkReferenceDefinitionGroup => "linkref",
                _ => block.GetType().Name,
            };
            tokens.Add(new string(' ', depth * 2) + token);
            if (block is LeafBlock { Inline: { } inline })
            {
                WalkInline(inline, inlines);
            }

            if (block is ContainerBlock child)
            {
                Walk(child, depth + 1, tokens, inlines);
            }
        }
    }

    private static bool IsTask(ListItemBlock item) =>
        item.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: TaskList };

    private static void WalkInline(ContainerInline container, List<string> inlines)
    {
        foreach (var inline in container)
        {
            var token = inline switch
            {
                EmphasisInline { DelimiterChar: '~' } => "del",
                EmphasisInline { DelimiterCount: >= 2 } => "strong",
                EmphasisInline => "emph",
                HtmlInline => "html_inline",
                LinkInline { IsImage: true } => "image",
                _ => null,
            };
            if (token is not null)
            {
                inlines.Add(token);
            }

            if (inline is ContainerInline child)
            {
                WalkInline(child, inlines);
            }
        }
    }

    private static void Walk(XElement element, int depth, List<string> tokens, List<string> inlines)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            var token = name switch
            {
                "heading" => "h" + (string?)child.Attribute("level"),
                "paragraph" => "p",
                "list" => (string?)child.Attribute("type") == "ordered" ? "ol" : "ul",
                "item" => "li",
                "tasklist" => "task",
                "table" => "table",
                "table_header" or "table_row" => "row",
                "table_cell" => "cell",
                "code_block" => "code",
                "thematic_break" => "hr",
                "block_quote" => "quote",
                "html_block" => "html",
                _ => null,
            };
            if (token is not null)
            {
                tokens.Add(new string(' ', depth * 2) + token);
            }
            else if (name is "strong" or "emph" or "html_inline" or "image")
            {
                inlines.Add(name);
            }
            else if (name == "strikethrough")
            {
                inlines.Add("del");
            }

            Walk(child, token is null ? depth : depth + 1, tokens, inlines);
        }
    }
}
