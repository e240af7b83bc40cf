using System;
using System.Linq;
using AgentReports;
using Reports.Tests.Model;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// The values the property and injection tests found, kept as they were found (shrunk by hand), one per bug.
/// Each must read back as itself, and render with the structure of the same report with plain words.
/// </summary>
public sealed class RegressionTests
{
    private static readonly FieldsReport Fields = FullReports.Fields;
    private static readonly ListsReport Lists = FullReports.Lists;

    public static TheoryData<string> Cases() => new(Regressions.Keys);

    private static readonly System.Collections.Generic.Dictionary<string, Func<object>> Regressions = new()
    {
        // Markdig's HtmlHelper.Unescape read "\&lt;" as "<" and "\\\&" as "&".
        ["escaped ampersand before an entity name"] = () => Fields with { Owner = "ok&lt; and &amp;" },
        ["consecutive escapes"] = () => Fields with { Owner = "\\&x \\\\* \\`" },

        // .NET's Trim() removed U+00A0, U+2028 and other Unicode blanks, which Markdown keeps.
        ["Unicode blanks at the ends"] = () => Fields with { Owner = "\u00A0x\u2028", Paragraphs = Fields.Paragraphs! with { Summary = "\u3000a\n\u00A0" } },

        // A yes/no field left unset is written "Yes / No", which did not read back.
        ["unset yes/no"] = () => Fields with { Bullets = Fields.Bullets! with { Flag = null } },

        // "**Bullets**:\n- " made the label a setext heading.
        ["empty list item after a label"] = () => Lists with { Plain = Lists.Plain! with { Bullets = [string.Empty], Numbered = [string.Empty, "x"] } },

        // An empty first value lost the blank of the text after it: "`{Path}` - {Purpose}" with "" and "a - b".
        ["empty first value before a blank"] = () => Fields with { Bullets = Fields.Bullets! with { File = new FileRef(string.Empty, "a - b"), Endpoint = new Endpoint(string.Empty, "a b", "c") } },
        ["empty first value before punctuation"] = () => Lists with { Records = Lists.Records! with { Tallies = [new Tally(string.Empty, 7, null)] } },

        // An empty last value lost the blank of the text before it: "**{Name}**: " and a " ms" suffix.
        ["empty last value"] = () => Fields with { Bullets = Fields.Bullets! with { Named = new Named("n", string.Empty), Latency = string.Empty } },

        // "**Decision 2: **" (empty name) and "**Decision 1: x:**" (name ending in a colon) did not read as titles.
        ["repeated titles"] = () => Lists with { Decisions = [new DecisionBlock { Name = string.Empty, Context = "c", Choice = "d" }, new DecisionBlock { Name = "x:", Context = "c", Choice = "d" }] },

        // "**Decision 1: x\\**": an escaped backslash before the closing "**" was taken for an escaped "*".
        ["backslash before the closing bold"] = () => Lists with { Decisions = [new DecisionBlock { Name = "x\\", Context = "c", Choice = "d" }] },

        // A value ending with the start of the text after it ("a -" before " - ") moved the split.
        ["value running into the stop"] = () => Fields with { Bullets = Fields.Bullets! with { File = new FileRef("\nalpha?\r\n- - -", string.Empty), Named = new Named("a *", "b") } },

        // Parts of a repeated block after its first list (a labelled table, a labelled list, a code block) were lost.
        ["repeated block with a table and a list"] = () => FullReports.Nested with
        {
            Steps = [new StepBlock { Name = "s", Goal = "g", Outcome = "o", Measurements = [new MetricRow { Metric = "m", Value = 1 }], SubSteps = ["a", "b"], Command = "ls" }],
        },

        // The parts of a list item in the paragraph of its title ("**Highlight: x**\n   **Why**: ...") were lost.
        ["item title followed by a field"] = () => FullReports.Nested with
        {
            Summary = new NestedSummary { Body = "b", Highlights = [new HighlightItem { Title = "t", Why = "because\n\nreasons" }] },
        },

        // Code in a list item lost a line of blanks and a tab after the indentation.
        ["indented code with blank and tab lines"] = () => FullReports.Nested with
        {
            Entries = [new EntryItem { Name = "e", Kind = Level.Low, Owner = "o", Snippet = new CodeBlock("py", "   \n\tx\n  \t y\n") }],
        },

        // GitHub read ":-:" under a line of a paragraph as a table's delimiter row.
        ["colon at the start of a line"] = () => Fields with { Paragraphs = Fields.Paragraphs! with { Summary = "a\n:-:", Details = ":--\n-:" } },

        // "- [ ] " with an empty text is a task item only while its trailing blank lasts.
        ["empty checklist text"] = () => FullReports.Tables with { Todo = [new ChecklistItem(string.Empty), new ChecklistItem(string.Empty, true)] },

        // GitHub autolinks took the backslash of "\<" and "\*" into the link and left "<div>" and "*" to be markup.
        ["markup after an autolink"] = () => Fields with { Owner = "www.example.com<div>x", Bullets = Fields.Bullets! with { Plain = "http://example.com|alpha* x", Named = new Named("Case: http://example.com\\|alpha\\* None", "x") } },

        // Multi-line text with empty lines, and text that is only a line break.
        ["empty lines in text"] = () => FullReports.Text with { Introduction = "a\n\n\nb\n", Notes = "\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_value_that_once_broke_reads_back_as_itself(string name)
    {
        var report = Regressions[name]();
        var kind = FullReports.Kinds[report.GetType().Name];
        var markdown = kind.Render(report);
        var (ok, parsed, errors) = kind.Parse(markdown);
        Assert.True(ok, string.Join("\n", errors) + "\n--- Markdown ---\n" + markdown);
        Assert.True(Equals(report, parsed), Dump.FirstDifference(report, parsed) + "\n--- Markdown ---\n" + markdown);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_value_that_once_broke_keeps_the_structure_for_Markdig(string name)
    {
        var report = Regressions[name]();
        var kind = FullReports.Kinds[report.GetType().Name];
        var expected = Structure.OfMarkdig(kind.Render(StringMapper.Plain(report)), Structure.GitHubLike);
        var markdown = kind.Render(report);
        Assert.Null(Structure.Difference(expected, Structure.OfMarkdig(markdown, Structure.GitHubLike)));
    }

    [CmarkGfmTheory]
    [MemberData(nameof(Cases))]
    public void A_value_that_once_broke_keeps_the_structure_for_cmark_gfm(string name)
    {
        var report = Regressions[name]();
        var kind = FullReports.Kinds[report.GetType().Name];
        var expected = Structure.OfCmark(kind.Render(StringMapper.Plain(report)));
        var markdown = kind.Render(report);
        Assert.Null(Structure.Difference(expected, Structure.OfCmark(markdown)));
    }

    [Fact]
    public void How_the_fixed_cases_are_written()
    {
        // The writer's choices, pinned: a lone backslash for an empty value where it would be lost or ambiguous,
        // "&lt;" for "<", an escaped ":" at the start of a line; inside a link's path a '*' as it is (GitHub and Markdig
        // take it into the link), at the link's end a character reference (both leave it out of the link).
        var lists = (Lists with { Plain = Lists.Plain! with { Bullets = [string.Empty] } }).ToMarkdown();
        Assert.Contains("**Bullets**:\n- \\\n", lists, StringComparison.Ordinal);

        var fields = (Fields with
        {
            Owner = "a<b",
            Bullets = Fields.Bullets! with { File = new FileRef(string.Empty, "p"), Plain = "www.x.com/a*b_ c*" },
            Paragraphs = Fields.Paragraphs! with { Summary = "a\n:-:" },
        }).ToMarkdown();
        Assert.Contains("**Owner**: a&lt;b  \n", fields, StringComparison.Ordinal);
        Assert.Contains("- **File**: \\ - p\n", fields, StringComparison.Ordinal);
        Assert.Contains("- **Plain**: www.x.com/a*b&#95; c\\*\n", fields, StringComparison.Ordinal);
        Assert.Contains("**Summary**: a\n\\:-:\n", fields, StringComparison.Ordinal);

        var todo = (FullReports.Tables with { Todo = [new ChecklistItem(string.Empty)] }).ToMarkdown();
        Assert.Contains("- [ ] \\\n", todo, StringComparison.Ordinal);
    }
}
