using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// <see cref="MarkdownText"/> as the value of a field, a list item or a table cell: the code spans, emphasis and links an
/// agent writes in a value are kept as its source, so the report shows them formatted however often it is read and
/// written again. Plain text would be escaped and show its backticks and asterisks on the next write.
/// </summary>
public sealed class MarkdownValueTests
{
    private const string Filled = """
        # Incident: Checkout errors

        ## Summary

        - **Impact**: `POST /checkout` failed for **12%** of requests
        - **Owner**: @sre-team

        **Root cause**: A bad [config push](https://example.com/pr/12?a=1&b=2) set
        `max_conns` to *zero*.

        **Timeline**:
        Detected by `checkout-5xx` alert.\
        Rolled back at 14:02.

        ## Actions

        - Add a **canary** for config pushes
        - Alert on `max_conns == 0`

        ## Metrics

        | Metric | Before | After |
        |--------|--------|-------|
        | `p99` latency | **420 ms** | 180 ms |
        | Errors \| 5xx | 12% | _0%_ |

        """;

    [Fact]
    public void An_agents_formatting_is_kept_as_written_and_written_again_unchanged()
    {
        var report = MarkdownValueReport.Parse(Filled);

        Assert.Equal("`POST /checkout` failed for **12%** of requests", report.Summary!.Impact!.Markdown);
        Assert.Equal("A bad [config push](https://example.com/pr/12?a=1&b=2) set\n`max_conns` to *zero*.", report.Summary.RootCause!.Markdown);
        Assert.Equal("Detected by `checkout-5xx` alert.\\\nRolled back at 14:02.", report.Summary.Timeline!.Markdown);
        Assert.Equal(["Add a **canary** for config pushes", "Alert on `max_conns == 0`"], report.Actions.Select(a => a.Markdown));
        Assert.Equal("Errors | 5xx", report.Metrics[1].Name!.Markdown);
        Assert.Equal(Filled, report.ToMarkdown());
        Assert.Equal(report, MarkdownValueReport.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void Plain_text_would_show_the_markup_a_markdown_value_keeps()
    {
        // The reason for the type: the same agent text in a string field is read as text and escaped when written.
        var report = MarkdownValueReport.Parse(Filled);
        var text = report.Summary!.Impact!.Markdown;
        var asText = new MarkdownValueTextReport { Impact = text }.ToMarkdown();
        var asMarkdown = report.ToMarkdown();

        Assert.Contains(@"\`POST /checkout\` failed for \*\*12%\*\*", asText, StringComparison.Ordinal);
        Assert.Contains("`POST /checkout` failed for **12%** of requests", asMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_shows_placeholders_which_count_as_not_filled()
    {
        var template = MarkdownValueReport.MarkdownTemplate;
        Assert.Contains("- **Impact**: [Who saw what]\n", template, StringComparison.Ordinal);
        Assert.Contains("**Timeline**:\n[When what happened]\n", template, StringComparison.Ordinal);
        Assert.Contains("| [Name] | [Value] | [Value] |", template, StringComparison.Ordinal);

        var parsed = MarkdownValueReport.Parse(template.Replace("[Title]", "X", StringComparison.Ordinal));
        var issues = parsed.CheckCompleteness().Issues.Select(i => i.Path).ToList();

        Assert.Contains("Summary › Impact", issues);
        Assert.Contains("Summary › Timeline", issues);
        Assert.Contains("Actions › 1", issues);
        Assert.Contains(issues, i => i.StartsWith("Metrics › 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_showing_nothing_but_a_comment_is_not_filled()
    {
        var report = MarkdownValueReport.Parse(Filled);
        var commented = report with { Summary = report.Summary! with { Impact = "<!-- who saw what -->" } };

        Assert.Contains(commented.CheckCompleteness().Issues, i => i.Path == "Summary › Impact");
        Assert.DoesNotContain(report.CheckCompleteness().Issues, i => i.Path == "Summary › Impact");
    }

    [Theory]
    [InlineData("**TBD**", false)]
    [InlineData("`TBD`", false)]
    [InlineData("**[Who saw what]**", false)]
    [InlineData("_**TODO**_", false)]
    [InlineData("<br>", false)]
    [InlineData("&nbsp; <BR/>", false)]
    [InlineData("**TBD** for now, `p99` 12 ms", true)]
    [InlineData("*a* and *b*", true)]
    public void A_placeholder_set_in_bold_or_code_or_markup_that_shows_nothing_is_not_filled(string impact, bool filled)
    {
        var report = MarkdownValueReport.Parse(Filled);
        var changed = report with { Summary = report.Summary! with { Impact = impact } };

        Assert.Equal(filled, !changed.CheckCompleteness().Issues.Any(i => i.Path == "Summary › Impact"));
    }

    [Fact]
    public void The_builder_takes_markdown_from_a_string()
    {
        var report = MarkdownValueReport.CreateBuilder()
            .Title("Checkout errors")
            .Summary(s => s.Impact("`POST /checkout` failed").Owner("@sre").RootCause("a *bad* push").Timeline("at `14:02`"))
            .AddAction("Add a **canary**")
            .AddMetric(m => m.Name("`p99`").Before("**420 ms**").After("180 ms"))
            .Build();

        Assert.Contains("- Add a **canary**\n", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Impact", "", "the Markdown is empty")]
    [InlineData("Impact", " padded", "the Markdown starts with a blank")]
    [InlineData("Impact", "one\n\ntwo", "line 2 of the Markdown is empty, which would end the paragraph")]
    [InlineData("Impact", "one\n- two", "line 2 of the Markdown would start a list instead of continuing the paragraph")]
    [InlineData("Impact", "one\n> two", "line 2 of the Markdown would start a block quote")]
    [InlineData("Impact", "one\n```", "line 2 of the Markdown would start a code fence")]
    [InlineData("Impact", "one\n---", "would make the lines above it a heading")]
    [InlineData("Impact", "a | b\n--|--", "line 2 of the Markdown would read as a row of a table")]
    [InlineData("Impact", "one\n:-:", "line 2 of the Markdown would read as a row of a table")]
    [InlineData("Impact", "one  \ntwo", "line 1 of the Markdown ends with a blank")]
    [InlineData("RootCause", "one\n**Owner**: me", "line 2 of the Markdown starts with a bold label ('**Owner**: me'), which reads as the next field")]
    [InlineData("RootCause", "one\n| two |", "line 2 of the Markdown would read as a row of a table")]
    [InlineData("RootCause", "path C:\\", "the Markdown ends with a backslash")]
    [InlineData("Timeline", "**Note**: me", "the Markdown starts with a bold label ('**Note**: me'), which reads as the next field")]
    [InlineData("Timeline", "- first", "the Markdown would start a list instead of continuing the paragraph")]
    [InlineData("Timeline", "# Title", "the Markdown would start a heading instead of continuing the paragraph")]
    [InlineData("Timeline", "<!-- note --> text", "the Markdown would start an HTML block instead of continuing the paragraph")]
    [InlineData("Timeline", "=", "would make the lines above it a heading")]
    [InlineData("Action", "1. first", "the Markdown would start a list instead of being the item's text")]
    [InlineData("Action", "2. second", "the Markdown would start a list instead of being the item's text")]
    [InlineData("Action", "# Title", "the Markdown would start a heading instead of being the item's text")]
    [InlineData("Action", "one\n|---|---|", "line 2 of the Markdown would read as a row of a table")]
    [InlineData("Metric", "two\nlines", "holds a line break, which a table cell cannot")]
    public void Markdown_that_would_not_stay_one_paragraph_where_it_stands_is_refused(string where, string value, string problem)
    {
        var report = FilledWith(where, value);

        var exception = Assert.Throws<ReportRenderException>(() => report.ToMarkdown());

        Assert.Contains(problem, exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_item_or_cell_is_named_by_its_number()
    {
        var report = MarkdownValueReport.Parse(Filled);

        var item = Assert.Throws<ReportRenderException>(() => (report with { Actions = ["fine", "1. numbered"] }).ToMarkdown());
        var cell = Assert.Throws<ReportRenderException>(() => (report with { Metrics = [report.Metrics[0], report.Metrics[1] with { After = "two\nlines" }] }).ToMarkdown());

        var row = Assert.Throws<ReportRenderException>(() => (report with { Metrics = [report.Metrics[0], null!] }).ToMarkdown());

        Assert.Equal(("Metrics › 2", "the item is null; remove it from the list, or give it its values."), (row.Path, row.Problem));
        Assert.Equal("Actions › 2", item.Path);
        Assert.Equal("Metrics › 2 › After", cell.Path);
        Assert.StartsWith("Cannot write 'Metrics › 2 › After': the Markdown holds a line break", cell.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Impact", "`kubectl get pods` showed **CrashLoopBackOff**\n**Note**: only on the `arm64` nodes")]
    [InlineData("Impact", "| a | b |\nsee above")]
    [InlineData("Action", "**Why**: transient gateway errors; retry **twice**")]
    [InlineData("Action", "**Impact** is bigger than we thought")]
    [InlineData("Action", "| A | B |")]
    [InlineData("Action", "|---|---|")]
    [InlineData("Action", "one\n**Note**: two")]
    [InlineData("Metric", "a \\| b")]
    [InlineData("Metric", "`a\\|b` and C:\\\\| x")]
    public void Markdown_that_stays_in_its_list_item_or_cell_is_written_and_reads_back(string where, string value)
    {
        // Bold lead-ins and pipes are an item's own text: the reader takes every line of a list item, and a cell's
        // escaped pipes are pipes (GFM escapes a pipe after a backslash, whatever stands before that backslash).
        var report = FilledWith(where, value);

        Assert.Equal(report, MarkdownValueReport.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void A_hard_break_of_two_blanks_is_kept_as_a_backslash_break()
    {
        // Trimmed lines lose two trailing blanks; the value keeps the break as the writer writes it, so GitHub still
        // shows it after the report is written again.
        var agent = Filled
            .Replace("`max_conns` to *zero*.", "`max_conns` to *zero*.", StringComparison.Ordinal)
            .Replace(" set\n`max_conns`", " set  \n`max_conns`", StringComparison.Ordinal)
            .Replace("Detected by `checkout-5xx` alert.\\\n", "Detected by `checkout-5xx` alert.  \n", StringComparison.Ordinal)
            .Replace("- Add a **canary** for config pushes\n", "- Add a **canary**  \n  for config pushes\n", StringComparison.Ordinal);

        var report = MarkdownValueReport.Parse(agent);

        Assert.Equal("A bad [config push](https://example.com/pr/12?a=1&b=2) set\\\n`max_conns` to *zero*.", report.Summary!.RootCause!.Markdown);
        Assert.Equal("Detected by `checkout-5xx` alert.\\\nRolled back at 14:02.", report.Summary.Timeline!.Markdown);
        Assert.Equal("Add a **canary**\\\nfor config pushes", report.Actions[0].Markdown);
        Assert.Equal(report, MarkdownValueReport.Parse(report.ToMarkdown()));
    }

    [Theory]
    [InlineData("**Opened**: 2026-03-14\\\n**Reviewer**: @ada\n")]
    [InlineData("**Opened**: 2026-03-14  \n**Reviewer**: @ada\n")]
    public void A_backslash_break_between_line_fields_is_a_break_not_part_of_the_value(string lines)
    {
        var agent = "# PR: Retry\n\n**Type**: Bug fix\\\n" + lines + "\n## Changes\n\n- one\n\n## Commands Run\n\n- ls\n";

        var report = MarkdownValuePullRequest.Parse(agent);

        Assert.Equal(("Bug fix", new DateOnly(2026, 3, 14), "@ada"), (report.Type, report.Opened, report.Reviewer?.Markdown));
    }

    [Theory]
    [InlineData("- ***", "a rule as the item")]
    [InlineData("- Title\n  ===", "a heading as the item")]
    [InlineData("- - nested", "a list as the item")]
    [InlineData("- > quoted", "a block quote as the item")]
    public void A_list_item_holding_a_block_instead_of_text_is_an_error(string item, string found)
    {
        // Such an item was read as an empty one and written back as the placeholder.
        var agent = "# PR: Retry\n\n**Type**: Bug fix\n\n## Changes\n\n- one\n" + item + "\n\n## Commands Run\n\n- ls\n" + item + "\n";

        Assert.False(MarkdownValuePullRequest.TryParse(agent, out _, out var errors));

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("RPT0203", e.Code));
        Assert.Equal(["Changes › 2", "Commands Run › 2"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Contains("expected an item of one line of text, found " + found, e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_paragraph_after_a_fields_value_says_the_value_is_one_paragraph()
    {
        var agent = Filled.Replace("`max_conns` to *zero*.\n", "`max_conns` to *zero*.\n\nSecond *para*.\n", StringComparison.Ordinal);

        Assert.False(MarkdownValueReport.TryParse(agent, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0203", 11), (error.Code, error.Line));
        Assert.Contains("found the text 'Second *para*.' after the value of 'Root cause', a paragraph of its own (a field's value is one paragraph: if the text belongs to 'Root cause', remove the blank line before it; otherwise remove the text, or give it its place in the report)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_list_item_naming_a_field_of_the_report_is_an_item()
    {
        // The section's own items come first: a bold lead-in that happens to be the report's field label stays in its item.
        var report = new MarkdownValuePullRequest
        {
            Title = "Retry",
            Type = "Bug fix",
            Changes = ["**Type**", "**Type** changes: `Retry` is now typed"],
            Commands = ["**Type** check passed"],
        };
        var agent = "# PR: Retry\n\n**Type**: Bug fix\n\n## Changes\n\n- **Type**\n- **Type** changes: `Retry` is now typed\n\n## Commands Run\n\n- **Type** check passed\n";

        Assert.Equal(report, MarkdownValuePullRequest.Parse(report.ToMarkdown()));
        Assert.Equal(report, MarkdownValuePullRequest.Parse(agent));
    }

    [Fact]
    public void Every_value_the_writer_accepts_reads_back_as_itself()
    {
        // The law for Markdown values, over agent-like Markdown and over Markdown's nastiest pieces, in a bullet field,
        // a paragraph field, a block field, a list item and a table cell.
        long accepted = 0;
        Reports.Sample(
            report =>
            {
                if (Written(report) is not { } markdown)
                {
                    return true;
                }

                System.Threading.Interlocked.Increment(ref accepted);
                return MarkdownValueReport.TryParse(markdown, out var parsed, out _) && Equals(report, parsed);
            },
            seed: Iterations.Seed,
            iter: Iterations.Count,
            print: r => Written(r) ?? "(refused)");

        Assert.True(accepted > Iterations.Count / 10, $"only {accepted} of {Iterations.Count} reports were written: the law was hardly tested");
    }

    [CmarkGfmFact]
    public void On_GitHub_every_value_the_writer_accepts_stays_in_its_place()
    {
        // GitHub's parser: the report's headings, its field labels, its list items and its table rows are still there,
        // whatever the values hold.
        var checkedCount = 0;
        Reports.Sample(
            report =>
            {
                if (Written(report) is not { } markdown)
                {
                    return true;
                }

                checkedCount++;
                var document = Structure.LoadXml(CmarkGfm.ToXml(markdown)).Root!;
                var blocks = document.Elements().Select(e => e.Name.LocalName).ToList();
                var headings = document.Elements().Where(e => e.Name.LocalName == "heading").Select(Text).ToList();
                var strong = document.Descendants().Where(e => e.Name.LocalName == "strong").Select(Text).ToList();
                var list = document.Elements().Where(e => e.Name.LocalName == "list").ToList();
                var table = document.Elements().Single(e => e.Name.LocalName == "table");
                return headings.SequenceEqual(["Incident: Checkout errors", "Summary", "Actions", "Metrics"])
                    && blocks.SequenceEqual(["heading", "heading", "list", "paragraph", "paragraph", "heading", "list", "heading", "table"])
                    && new[] { "Impact", "Root cause", "Timeline" }.All(strong.Contains) && (report.Summary!.Owner is null || strong.Contains("Owner"))
                    && list[0].Elements().Count() == (report.Summary.Owner is null ? 1 : 2) && list[1].Elements().Count() == report.Actions.Count
                    && table.Elements().Count() == 1 + report.Metrics.Count
                    && table.Elements().All(row => row.Elements().Count() == 3);
            },
            seed: Iterations.Seed,
            iter: 300,
            threads: 1,
            print: r => Written(r) ?? "(refused)");

        Assert.True(checkedCount > 30, $"only {checkedCount} reports were written");
    }

    /// <summary>Inline Markdown as agents write it: code, emphasis, links, breaks, escapes and HTML.</summary>
    private static readonly Gen<string> AgentPiece = Gen.OneOf(
        "`nginx`", "``a ` b``", "**12%**", "*zero*", "_em_", "~~old~~", "[docs](https://example.com/a_b?x=1&y=2)", "<https://example.com>",
        "https://dev.azure.com/org/_git/repo", "@sre-team", "#142", "<br>", "<kbd>Ctrl</kbd>", "&amp;", "\\*", "\\", "\\\n", "\n", " ", " | ",
        "a", "the", "rate limit", "v1.2", "42", ":", "- ", "1. ", "> ", "# ", "**Owner**: x", "<!-- note -->", "[ ] ", "---",
        " word", " **bold** ", " `code` ", "and", "in", "TBD", "[Name]", "None");

    /// <summary>Mostly Markdown an agent writes (trimmed, as the writer wants it), sometimes anything.</summary>
    private static readonly Gen<string> Value = Gen.Frequency(
        (30, AgentPiece.Array[1, 8].Select(p => string.Join("\n", string.Concat(p).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)))),
        (10, AgentPiece.Array[1, 8].Select(string.Concat)),
        (1, Strings.Piece.Array[1, 8].Select(string.Concat)));

    private static readonly Gen<MarkdownText> Markdown = Value.Select(v => new MarkdownText(v));

    /// <summary>A table cell's Markdown: mostly one line, as a cell holds.</summary>
    private static readonly Gen<MarkdownText> Cell = Gen.Frequency(
        (6, Value.Select(v => new MarkdownText(v.Replace('\n', ' ').Trim()))),
        (1, Markdown));

    private static readonly Gen<MarkdownText?> OptionalMarkdown = Gen.Frequency(
        (1, Gen.Const(() => (MarkdownText?)null)),
        (4, Markdown.Select(m => (MarkdownText?)m)));

    private static readonly Gen<MarkdownValueReport> Reports =
        Gen.Select(Gen.Select(Markdown, OptionalMarkdown, Markdown, Markdown), Markdown.Array[1, 3],
            Gen.Select(Cell, Cell, Cell).Array[1, 3],
            (summary, actions, metrics) => new MarkdownValueReport
            {
                Title = "Checkout errors",
                Summary = new MarkdownValueSummary { Impact = summary.Item1, Owner = summary.Item2, RootCause = summary.Item3, Timeline = summary.Item4 },
                Actions = [.. actions],
                Metrics = [.. metrics.Select(m => new MarkdownValueMetric { Name = m.Item1, Before = m.Item2, After = m.Item3 })],
            });

    private static string Text(System.Xml.Linq.XElement element) =>
        string.Concat(element.Descendants().Where(d => d.Name.LocalName == "text").Select(d => d.Value));

    /// <summary>The filled report with <paramref name="value"/> in one place: a bullet field, a paragraph or block field, a list item or a cell.</summary>
    private static MarkdownValueReport FilledWith(string where, string value)
    {
        var report = MarkdownValueReport.Parse(Filled);
        var markdown = new MarkdownText(value);
        return where switch
        {
            "Impact" => report with { Summary = report.Summary! with { Impact = markdown } },
            "Timeline" => report with { Summary = report.Summary! with { Timeline = markdown } },
            "RootCause" => report with { Summary = report.Summary! with { RootCause = markdown } },
            "Action" => report with { Actions = [markdown] },
            _ => report with { Metrics = [report.Metrics[0] with { Name = markdown }] },
        };
    }

    /// <summary>The report as it is written, or null when the writer refuses a value.</summary>
    private static string? Written(MarkdownValueReport report)
    {
        try
        {
            return report.ToMarkdown();
        }
        catch (ReportRenderException)
        {
            return null;
        }
    }
}

[Report("Incident")]
public partial record MarkdownValueTextReport
{
    [Field("Impact")]
    public string? Impact { get; init; }
}

[Report("PR: {Title}")]
public partial record MarkdownValuePullRequest
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Field("Type", Layout = FieldLayout.Line), Placeholder("[Bug fix / Feature]")]
    public string? Type { get; init; }

    [Field("Opened", Layout = FieldLayout.Line, Optional = true)]
    public DateOnly? Opened { get; init; }

    [Field("Reviewer", Layout = FieldLayout.Line, Optional = true)]
    public MarkdownText? Reviewer { get; init; }

    [Section("Changes"), Placeholder("[Change]")]
    public ReportList<MarkdownText> Changes { get; init; } = [];

    [Section("Commands Run"), Placeholder("[Command]")]
    public ReportList<string> Commands { get; init; } = [];
}

[Report("Incident: {Title}")]
public partial record MarkdownValueReport
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Section("Summary")]
    public MarkdownValueSummary? Summary { get; init; }

    [Section("Actions"), Placeholder("[What we will change]")]
    public ReportList<MarkdownText> Actions { get; init; } = [];

    [Section("Metrics"), Table]
    public ReportList<MarkdownValueMetric> Metrics { get; init; } = [];
}

public sealed partial record MarkdownValueSummary
{
    [Field("Impact"), Placeholder("[Who saw what]")]
    public MarkdownText? Impact { get; init; }

    [Field("Owner", Optional = true), Placeholder("[Team]")]
    public MarkdownText? Owner { get; init; }

    [Field("Root cause", Layout = FieldLayout.Paragraph), Placeholder("[Why it happened]")]
    public MarkdownText? RootCause { get; init; }

    [Field("Timeline", Layout = FieldLayout.Block), Placeholder("[When what happened]")]
    public MarkdownText? Timeline { get; init; }
}

public sealed record MarkdownValueMetric
{
    [Column("Metric"), Placeholder("[Name]")]
    public MarkdownText? Name { get; init; }

    [Column("Before"), Placeholder("[Value]")]
    public MarkdownText? Before { get; init; }

    [Column("After"), Placeholder("[Value]")]
    public MarkdownText? After { get; init; }
}
