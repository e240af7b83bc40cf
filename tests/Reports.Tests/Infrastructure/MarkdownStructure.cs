using System.Collections.Generic;
using System.Linq;
using System.Text;
using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Reports.Tests.Infrastructure;

/// <summary>
/// Reads rendered reports with Markdig (advanced extensions, as a renderer or reader would): the structure as a count
/// of node kinds, and the text a reader gets back from a block.
/// </summary>
internal static class MarkdownStructure
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// How many nodes of each kind the document has: blocks (<c>HeadingBlock(2)</c>, <c>ListItemBlock</c>, <c>TableRow</c>, …)
    /// and inline structure (<c>EmphasisInline(**)</c>, <c>LinkInline</c>, <c>HtmlInline</c>, …) — not the plain text,
    /// character references, inline code and line breaks a value may legitimately be written with, and not the links
    /// Markdig's autolink extension makes of bare URLs (GitHub does the same; the text stays the value's).
    /// </summary>
    public static SortedDictionary<string, int> Shape(string markdown)
    {
        var counts = new SortedDictionary<string, int>();
        foreach (var block in Parse(markdown).Descendants<Block>())
        {
            var kind = block switch
            {
                HeadingBlock heading => "HeadingBlock(" + heading.Level + ")",
                ListBlock list => "ListBlock(" + (list.IsOrdered ? "ordered" : "bullet") + ")",
                _ => block.GetType().Name,
            };
            Count(counts, kind);
            if (block is LeafBlock { Inline: { } inline })
            {
                foreach (var node in inline.Descendants())
                {
                    switch (node)
                    {
                        case LiteralInline or HtmlEntityInline or CodeInline or LineBreakInline or LinkInline { IsAutoLink: true }:
                            break;
                        case EmphasisInline emphasis:
                            Count(counts, "EmphasisInline(" + new string(emphasis.DelimiterChar, emphasis.DelimiterCount) + ")");
                            break;
                        default:
                            Count(counts, node.GetType().Name);
                            break;
                    }
                }
            }
        }

        return counts;
    }

    /// <summary>
    /// The kinds of node whose count differs, one per line (<c>HeadingBlock(2): 3 → 4</c>): blocks whose count changed, and
    /// inline structure that <paramref name="actual"/> has more of. (Fewer emphasis nodes is not forged structure: Markdig,
    /// unlike CommonMark and GitHub, does not open <c>**</c> before a character reference for a blank, so a bold cell whose
    /// value starts or ends with a blank shows its asterisks there.)
    /// </summary>
    public static string Difference(SortedDictionary<string, int> expected, SortedDictionary<string, int> actual) =>
        string.Join("\n", expected.Keys.Union(actual.Keys).Order()
            .Where(k => k.Contains("Inline", System.StringComparison.Ordinal)
                ? actual.GetValueOrDefault(k) > expected.GetValueOrDefault(k)
                : actual.GetValueOrDefault(k) != expected.GetValueOrDefault(k))
            .Select(k => $"{k}: {expected.GetValueOrDefault(k)} → {actual.GetValueOrDefault(k)}"));

    /// <summary>
    /// The text a reader gets from a leaf block: literal text, decoded character references and inline code; line breaks
    /// (soft or hard) as <c>\n</c>; emphasis and links by their text; a task-list box left out.
    /// </summary>
    public static string Text(LeafBlock block)
    {
        var text = new StringBuilder();
        if (block.Inline is not null)
        {
            Append(text, block.Inline);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case TaskList:
                break;
            case HtmlInline html:
                text.Append(html.Tag);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }

                break;
            default:
                text.Append(inline);
                break;
        }
    }

    private static void Count(SortedDictionary<string, int> counts, string kind) => counts[kind] = counts.GetValueOrDefault(kind) + 1;
}
