using System;
using Xunit;

using Reports.Tests.Rendering;

namespace Reports.Tests;

/// <summary>How values are written: several lines, Unicode, and the characters Markdown cannot carry.</summary>
public sealed class ValueRenderingTests
{
    private static ReviewReport WithDetails(Func<ReviewDetails, ReviewDetails> change) =>
        TestReports.Review("x") with { Details = change(TestReports.Review("x").Details!) };

    [Fact]
    public void Multi_line_values_stay_in_one_paragraph_with_empty_lines_kept_by_a_backslash()
    {
        var markdown = WithDetails(d => d with
        {
            Comments = "First line\nsecond line\n\nafter an empty line",
            Findings = "One\n  indented two",
            Narrative = "Paragraph one.\n\nParagraph two.\n- not a list",
        }).ToMarkdown();

        Assert.Contains("\n**Comments**: First line\nsecond line\n\\\nafter an empty line\n\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n**Findings**:\nOne\n&#32;&#32;indented two\n\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nParagraph one.\n\\\nParagraph two.\n\\- not a list\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_a_one_line_value_is_a_character_reference()
    {
        var markdown = WithDetails(d => d with { Owner = "Ada\nLovelace", Items = ["one\ntwo"] }).ToMarkdown();

        Assert.Contains("\n- **Owner**: Ada&#10;Lovelace\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n**Items**:\n- one&#10;two\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("👩🏽‍💻 shipped 🚀")]
    [InlineData("cafe\u0301 re\u0301sume\u0301")]
    [InlineData("שלום עולם")]
    [InlineData("مرحبا بالعالم")]
    [InlineData("left \u202Eright\u202C end")]
    [InlineData("日本語のテキスト")]
    [InlineData("zero\u200Bwidth")]
    public void Unicode_text_is_written_as_it_is(string value)
    {
        var markdown = TestReports.Review(value).ToMarkdown();

        Assert.StartsWith("# Review: " + value + "\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Owner**: " + value + "\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n| **" + value + "** | " + value + " |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n```text\n" + value + "\n```\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Unicode_blanks_at_the_ends_of_a_value_are_character_references_so_they_survive_trimming()
    {
        var markdown = WithDetails(d => d with { Owner = "\u00a0Ada\u3000", Items = ["a\u00a0b"] }).ToMarkdown();

        Assert.Contains("\n- **Owner**: &#160;Ada&#12288;\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- a\u00a0b\n", markdown, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<string, ReviewReport>, string> ValuePlaces() => new()
    {
        { "title", v => TestReports.Review("x") with { Name = v }, "Title › Name" },
        { "line field", v => TestReports.Review("x") with { Reviewer = v }, "Reviewer" },
        { "bullet field", v => WithDetails(d => d with { Owner = v }), "Details › Owner" },
        { "code field", v => WithDetails(d => d with { Branch = v }), "Details › Branch" },
        { "paragraph field", v => WithDetails(d => d with { Comments = v }), "Details › Comments" },
        { "block field", v => WithDetails(d => d with { Findings = v }), "Details › Findings" },
        { "list item", v => WithDetails(d => d with { Items = [v] }), "Details › Items › 1" },
        { "numbered item", v => WithDetails(d => d with { Steps = [v] }), "Details › Steps › 1" },
        { "table cell", v => WithDetails(d => d with { Components = [new ComponentRow { Name = "x", Notes = v }] }), "Details › Components › 1 › Notes" },
        { "checklist item", v => WithDetails(d => d with { Changes = [new ChecklistItem(v)] }), "Details › Changes › 1" },
        { "code block", v => WithDetails(d => d with { Code = new CodeBlock("text", v) }), "Details" },
    };

    [Theory]
    [MemberData(nameof(ValuePlaces))]
    public void A_NUL_character_is_refused_with_the_path_of_the_value(string place, Func<string, ReviewReport> report, string path)
    {
        var error = Assert.Throws<ReportRenderException>(() => report("before\0after").ToMarkdown());

        Assert.True(error.Path == path, $"{place}: the path is '{error.Path}'");
        Assert.Contains("'" + path + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains("U+0000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValuePlaces))]
    public void An_unpaired_surrogate_is_refused_with_the_path_of_the_value(string place, Func<string, ReviewReport> report, string path)
    {
        var lone = Assert.Throws<ReportRenderException>(() => report("high \uD83D alone").ToMarkdown());
        var reversed = Assert.Throws<ReportRenderException>(() => report("low \uDE00\uD83D first").ToMarkdown());

        Assert.True(lone.Path == path, $"{place}: the path is '{lone.Path}'");
        Assert.Contains("U+D83D", lone.Message, StringComparison.Ordinal);
        Assert.Contains("U+DE00", reversed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_carriage_return_in_code_is_refused_rather_than_changed()
    {
        var error = Assert.Throws<ReportRenderException>(() => WithDetails(d => d with { Code = new CodeBlock("text", "a\r\nb") }).ToMarkdown());

        Assert.Contains("carriage return", error.Message, StringComparison.Ordinal);
    }
}
