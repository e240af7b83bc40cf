using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Link reference definitions (<c>[blog]: https://…</c>), which Markdig takes out of the blocks: a Markdown section keeps
/// the ones it holds; anywhere else a report keeps values, not definitions, so each one is a single error at its line
/// (they were misread as the report's title and its fields a second time).
/// </summary>
public sealed class LinkReferenceDefinitionTests
{
    private static readonly MarkdownValuePullRequest Request = new()
    {
        Title = "Retry",
        Type = "Bug fix",
        Changes = ["See [the post][blog]"],
        Commands = ["ls"],
    };

    [Theory]
    [InlineData("\n[blog]: https://example.com/x\n", 13)]
    [InlineData("\n[blog]: https://example.com/x\n[docs]: /docs \"Docs\"\n", 13)]
    public void A_definition_outside_a_markdown_section_is_one_error_at_its_line(string definitions, int line)
    {
        var markdown = Request.ToMarkdown() + definitions;

        Assert.False(MarkdownValuePullRequest.TryParse(markdown, out _, out var errors));

        Assert.All(errors, e => Assert.Equal("RPT0203", e.Code));
        Assert.Equal(definitions.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, errors.Count);
        Assert.Equal(line, errors[0].Line);
        Assert.Contains("found the link reference definition '[blog]: https://example.com/x'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("expected links written inline where they are used, [text](url)", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_inside_a_list_item_is_an_error_too()
    {
        var markdown = Request.ToMarkdown().Replace("- See [the post][blog]\n", "- See [the post][blog]\n\n  [blog]: https://example.com/x\n", StringComparison.Ordinal);

        Assert.False(MarkdownValuePullRequest.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal((9, 3), (error.Line, error.Column));
    }

    [Fact]
    public void A_markdown_section_keeps_the_definitions_it_holds()
    {
        var context = "Seen in [INC-42][inc].\n\n[inc]: https://example.com/inc/42";
        var markdown = new MarkdownBodyRecord { Title = "Queues", Context = new MarkdownText(context), Decision = "Use a queue.", Notes = "None." }.ToMarkdown();

        var parsed = MarkdownBodyRecord.Parse(markdown);

        Assert.Equal(context, parsed.Context!.Markdown);
        Assert.Equal(markdown, parsed.ToMarkdown());
    }
}
