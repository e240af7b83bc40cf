using System;
using System.Linq;
using CsCheck;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A section whose body is <see cref="MarkdownText"/>: prose with its formatting (paragraphs, lists, quotes, code,
/// tables, deeper headings), written as it is and read back as written, where plain text would be escaped. The writer
/// refuses a body that would change the report around it.
/// </summary>
public sealed class MarkdownBodyTests
{
    private const string Context = "The **old** scheduler drops jobs:\n\n- on restart\n- when `Redis` is down\n\n> Seen in [INC-42](https://example.com/inc/42).\n\n### Numbers\n\n| Week | Drops |\n|---|---|\n| 1 | 12 |\n\n```sh\nkubectl logs scheduler\n```";

    private static readonly MarkdownBodyRecord Record = new()
    {
        Title = "Move to queues",
        Context = new MarkdownText(Context),
        Decision = "Use a queue.",
        Notes = new MarkdownText("See *above*."),
    };

    [Fact]
    public void A_markdown_body_is_written_as_it_is_and_reads_back()
    {
        var markdown = Record.ToMarkdown();

        Assert.Contains("## Context\n\n" + Context + "\n\n## Decision\n", markdown, StringComparison.Ordinal);
        Assert.Equal(Record, MarkdownBodyRecord.Parse(markdown));
    }

    [Fact]
    public void The_template_shows_the_placeholder_and_it_counts_as_not_filled()
    {
        Assert.Equal(
            "# ADR: [Title]\n\n## Context\n\n[Describe the forces at play]\n\n## Decision\n\n[The decision]\n\n## Notes\n\n[Anything else]\n\n[Notes]\n\n---\n\n*Written by the architecture agent.*\n",
            MarkdownBodyRecord.MarkdownTemplate);

        var parsed = MarkdownBodyRecord.Parse(MarkdownBodyRecord.MarkdownTemplate.Replace("[Title]", "X", StringComparison.Ordinal));

        Assert.Contains(parsed.CheckCompleteness().Issues, i => i.Path == "Context");
    }

    [Fact]
    public void An_agents_body_reads_whatever_its_blocks_and_line_endings()
    {
        var text = "# ADR: Move to queues\r\n\r\n## Context\r\n\r\n\r\nFirst.\r\n\r\n* a\r\n* b\r\n\r\n#### Deep\r\n\r\nLast.  \r\n\r\n## Decision\r\n\r\nUse a queue.\r\n\r\n## Notes\r\n\r\n1. one\r\n2. two\r\n";

        var parsed = MarkdownBodyRecord.Parse(text);

        Assert.Equal("First.\n\n* a\n* b\n\n#### Deep\n\nLast.  ", parsed.Context!.Markdown);
        Assert.Equal("1. one\n2. two", parsed.Notes!.Markdown);
        Assert.Equal(parsed, MarkdownBodyRecord.Parse(parsed.ToMarkdown()));
    }

    [Theory]
    [InlineData("## Sub", "level-2 heading")]
    [InlineData("Title\n-----", "level-2 heading")]
    [InlineData("# Top", "level-1 heading")]
    [InlineData("```\nopen fence", "code fence or an HTML block open")]
    [InlineData("<!-- never closed", "code fence or an HTML block open")]
    [InlineData("text\n\n---", "ends with a rule")]
    [InlineData("a\0b", "U+0000")]
    [InlineData("- [ ] \n===\ntext", "a line of only '=' right under text")]
    public void A_body_that_would_change_the_report_around_it_is_refused(string body, string problem)
    {
        var record = Record with { Context = new MarkdownText(body) };

        var exception = Assert.Throws<ReportRenderException>(() => record.ToMarkdown());

        Assert.Equal("Context", exception.Path);
        Assert.Contains(problem, exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_body_the_writer_accepts_reads_back_as_itself_and_the_rest_of_the_report_is_unchanged()
    {
        // The law for Markdown bodies, over nasty text made of Markdown's own pieces: whatever the writer does not
        // refuse reads back equal, and the parts around it (a text section after it, the footer) read back too.
        long accepted = 0;
        Bodies.Sample(
            pair =>
            {
                if (Written(pair, out var record) is not { } markdown)
                {
                    return true;
                }

                System.Threading.Interlocked.Increment(ref accepted);
                return MarkdownBodyRecord.TryParse(markdown, out var parsed, out _) && Equals(record, parsed);
            },
            seed: Iterations.Seed,
            iter: Iterations.Count,
            print: Print);

        Assert.True(accepted > Iterations.Count / 4, $"only {accepted} of {Iterations.Count} bodies were written: the law was hardly tested");
    }

    [CmarkGfmFact]
    public void On_GitHub_every_body_the_writer_accepts_stays_inside_its_section()
    {
        // GitHub's parser, not only Markdig (which the writer checks with): the report's own headings and footer are
        // still there, each once, whatever the bodies hold.
        var checkedCount = 0;
        Bodies.Sample(
            pair =>
            {
                if (Written(pair, out _) is not { } markdown)
                {
                    return true;
                }

                checkedCount++;
                var document = Structure.LoadXml(CmarkGfm.ToXml(markdown));
                var topHeadings = document.Descendants()
                    .Where(e => e.Name.LocalName == "heading" && e.Parent?.Name.LocalName == "document" && (int?)e.Attribute("level") <= 2)
                    .Select(e => string.Concat(e.Descendants().Where(d => d.Name.LocalName == "text").Select(d => d.Value)))
                    .ToList();
                var footer = document.Root!.Elements().Last();
                return topHeadings.SequenceEqual(["ADR: Move to queues", "Context", "Decision", "Notes"])
                    && footer.Name.LocalName == "paragraph" && footer.Value.Trim() == "Written by the architecture agent.";
            },
            seed: Iterations.Seed,
            iter: 300,
            threads: 1,
            print: Print);

        Assert.True(checkedCount > 50, $"only {checkedCount} bodies were written");
    }

    [Theory]
    [InlineData("<!-- describe the forces at play -->", false)]
    [InlineData("<!-- one -->\n\n<!-- two -->", false)]
    [InlineData("<!-- guidance -->\n\nThe real context.", true)]
    [InlineData("Text <!-- note --> here", true)]
    public void A_body_showing_nothing_but_comments_is_not_filled(string body, bool filled)
    {
        var record = Record with { Context = new MarkdownText(body) };

        var result = record.CheckCompleteness();

        Assert.Equal(filled, !result.Issues.Any(i => i.Path == "Context"));
    }

    [Fact]
    public void A_second_code_block_in_a_code_section_says_so()
    {
        var markdown = new CodeSectionReport { Code = "x" }.ToMarkdown() + "\n```xml\n<a/>\n```\n";

        Assert.False(CodeSectionReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("RPT0201", error.Code);
        Assert.Contains("PoC: expected one code block here, found a second one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_holding_the_heading_of_a_section_of_the_report_is_refused()
    {
        var record = Record with { Context = new MarkdownText("Intro.\n\n### decision\n\nMore.") };

        var exception = Assert.Throws<ReportRenderException>(() => record.ToMarkdown());

        Assert.Contains("holds the heading 'Decision', which is the heading of a section of the report", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_an_agent_wrote_a_level_too_deep_after_a_body_ends_the_body()
    {
        var markdown = Record.ToMarkdown().Replace("\n## Decision\n", "\n### Decision\n", StringComparison.Ordinal);

        Assert.True(MarkdownBodyRecord.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors));

        Assert.Equal(Record, parsed);
    }

    [Fact]
    public void A_deeper_heading_naming_no_section_stays_in_the_body()
    {
        var markdown = Record.ToMarkdown().Replace("### Numbers", "### Decisions made earlier", StringComparison.Ordinal);

        var parsed = MarkdownBodyRecord.Parse(markdown);

        Assert.Contains("### Decisions made earlier", parsed.Context!.Markdown, StringComparison.Ordinal);
        Assert.Equal("Use a queue.", parsed.Decision);
    }

    /// <summary>Two bodies made of Markdown's own pieces, for the Context and the Notes sections.</summary>
    private static readonly Gen<(string Context, string Notes)> Bodies =
        Gen.Select(Strings.Piece.Array[0, 12].Select(string.Concat), Strings.Piece.Array[0, 12].Select(string.Concat));

    /// <summary>The report with those bodies as it is written, or null when the writer refuses one.</summary>
    private static string? Written((string Context, string Notes) bodies, out MarkdownBodyRecord record)
    {
        record = Record with { Context = new MarkdownText(bodies.Context), Notes = new MarkdownText(bodies.Notes) };
        try
        {
            return record.ToMarkdown();
        }
        catch (ReportRenderException)
        {
            return null;
        }
    }

    private static string Print((string Context, string Notes) bodies) => "Context: " + bodies.Context + "\nNotes: " + bodies.Notes;

    [Fact]
    public void Markdown_text_keeps_line_breaks_as_LF_and_drops_blank_lines_at_its_ends()
    {
        Assert.Equal("a  \n\nb", new MarkdownText("\n  \r\na  \r\n\r\nb\n\t\n").Markdown);
        Assert.Equal(string.Empty, new MarkdownText(" \n ").Markdown);
        Assert.Equal(new MarkdownText("x\n"), new MarkdownText("x"));
        MarkdownText? none = (string?)null;
        MarkdownText some = "y";
        Assert.Equal((null, "y"), (none, some.Markdown));
    }

    [Fact]
    public void Guidance_kept_at_the_start_and_the_rule_before_the_footer_are_not_part_of_the_body()
    {
        var markdown = Record.ToMarkdown().Replace("## Notes\n\n", "## Notes\n\n[Anything else]\n\n", StringComparison.Ordinal);

        Assert.Equal(Record, MarkdownBodyRecord.Parse(markdown));
    }
}

[Report("ADR: {Title}", Footer = "*Written by the architecture agent.*", RuleBeforeFooter = true)]
public partial record MarkdownBodyRecord
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Section("Context"), Placeholder("[Describe the forces at play]")]
    public MarkdownText? Context { get; init; }

    [Section("Decision"), Placeholder("[The decision]")]
    public string? Decision { get; init; }

    [Section("Notes", Guidance = "[Anything else]"), Placeholder("[Notes]")]
    public MarkdownText? Notes { get; init; }
}

[Report("Code")]
public partial record CodeSectionReport
{
    [Section("PoC"), CodeBlock, Placeholder("[code]")]
    public string? Code { get; init; }
}
