using System;
using System.Linq;
using Reports.Tests.Rendering;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Markdown that GitHub shows as the report means, written in forms the writer never uses: a table without outer pipes,
/// a setext heading, a label in <c>__double underscores__</c> or followed by a dash, an escaped pipe in a code cell.
/// Each was misread before (refused, read from the wrong line, or merged into the value above it).
/// </summary>
public sealed class GfmVariantTests
{
    private static readonly GfmVariantReport Report = new()
    {
        Name = "Parser fix",
        Owner = "Ada",
        Severity = Verdict.Approved,
        Notes = "Looked at twice",
        Files = [new GfmVariantFile { Path = "src/a.cs", Note = "new" }, new GfmVariantFile { Path = "docs/b.md", Note = "typo" }],
    };

    [Fact]
    public void A_table_without_outer_pipes_reads_as_the_table()
    {
        var markdown = Report.ToMarkdown()
            .Replace("| Path | Note |\n|------|------|\n| `src/a.cs` | new |\n| `docs/b.md` | typo |", "Path | Note\n---|---\n`src/a.cs` | new\n`docs/b.md` | typo", StringComparison.Ordinal);
        Assert.DoesNotContain("| Path |", markdown, StringComparison.Ordinal);

        AssertReads(Report, markdown);
    }

    [Fact]
    public void Text_with_a_pipe_and_no_delimiter_row_under_it_is_not_a_table()
    {
        var markdown = Report.ToMarkdown().Replace("- **Notes**: Looked at twice", "- **Notes**: Looked at twice\n  a | b", StringComparison.Ordinal);

        AssertReads(Report with { Notes = "Looked at twice\na | b" }, markdown);
    }

    [Fact]
    public void An_escaped_pipe_in_a_code_cell_is_a_pipe_as_on_GitHub()
    {
        var markdown = Report.ToMarkdown().Replace("| `src/a.cs` | new |", "| `src/a\\|b.cs` | c\\|d |", StringComparison.Ordinal);

        AssertReads(Report with { Files = [new GfmVariantFile { Path = "src/a|b.cs", Note = "c|d" }, Report.Files[1]] }, markdown);
    }

    [Fact]
    public void A_pipe_after_a_backslash_is_escaped_whatever_stands_before_it_as_on_GitHub()
    {
        // cmark-gfm splits a row only at a pipe with no backslash right before it: "C:\\| x" is one cell, "C:| x".
        var markdown = Report.ToMarkdown().Replace("| `docs/b.md` | typo |", "| `docs/b.md` | C:\\\\| x |", StringComparison.Ordinal);

        AssertReads(Report with { Files = [Report.Files[0], new GfmVariantFile { Path = "docs/b.md", Note = "C:| x" }] }, markdown);
    }

    [Fact]
    public void Setext_headings_read_from_their_text_and_errors_point_at_it()
    {
        var markdown = Report.ToMarkdown()
            .Replace("# Variant: Parser fix\n", "Variant: Parser fix\n===\n", StringComparison.Ordinal)
            .Replace("## Files\n", "Files\n-----\n", StringComparison.Ordinal);
        AssertReads(Report, markdown);

        var unknown = markdown.Replace("Files\n-----\n", "Extra\nwords\n-----\n", StringComparison.Ordinal);
        Assert.False(GfmVariantReport.TryParse(unknown, out _, out var errors));
        var error = Assert.Single(errors, e => e.Code == "RPT0200");
        Assert.Contains("'Extra words'", error.Message, StringComparison.Ordinal);
        Assert.Equal(unknown.Split('\n').ToList().IndexOf("Extra") + 1, error.Line);
    }

    [Fact]
    public void A_label_in_double_underscores_is_a_label_and_never_part_of_the_value_above()
    {
        var markdown = Report.ToMarkdown()
            .Replace("**Owner**:", "__Owner__:", StringComparison.Ordinal)
            .Replace("**Severity**:", "__Severity:__", StringComparison.Ordinal);
        Assert.Contains("__Severity:__", markdown, StringComparison.Ordinal);

        AssertReads(Report, markdown);
    }

    [Fact]
    public void A_dunder_name_starting_a_line_is_text()
    {
        var markdown = Report.ToMarkdown().Replace("- **Notes**: Looked at twice", "- **Notes**: Looked at twice\n  __init__.py is empty", StringComparison.Ordinal);

        AssertReads(Report with { Notes = "Looked at twice\n__init__.py is empty" }, markdown);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("\u2013")]
    [InlineData("\u2014")]
    public void A_dash_after_a_label_separates_it_from_the_value(string dash)
    {
        var markdown = Report.ToMarkdown().Replace("**Owner**: Ada", "**Owner** " + dash + " Ada", StringComparison.Ordinal);

        AssertReads(Report, markdown);
    }

    [Fact]
    public void A_value_may_still_start_with_a_dash_after_the_colon()
    {
        var markdown = Report.ToMarkdown().Replace("**Owner**: Ada", "**Owner**: - Ada", StringComparison.Ordinal);

        AssertReads(Report with { Owner = "- Ada" }, markdown);
    }

    [Fact]
    public void Table_columns_in_another_order_read_by_their_headers()
    {
        var markdown = Report.ToMarkdown()
            .Replace("| Path | Note |\n|------|------|\n| `src/a.cs` | new |\n| `docs/b.md` | typo |", "| note | Path |\n|---|---|\n| new | `src/a.cs` |\n| typo | `docs/b.md` |", StringComparison.Ordinal);
        Assert.Contains("| note | Path |", markdown, StringComparison.Ordinal);

        AssertReads(Report, markdown);
    }

    [Fact]
    public void A_table_naming_a_column_twice_is_still_an_error()
    {
        var markdown = Report.ToMarkdown()
            .Replace("| Path | Note |\n|------|------|\n| `src/a.cs` | new |\n| `docs/b.md` | typo |", "| Path | Path |\n|---|---|\n| `a` | `b` |", StringComparison.Ordinal);

        Assert.False(GfmVariantReport.TryParse(markdown, out _, out var errors));
        Assert.Contains(errors, e => e.Code == "RPT0204" && e.Message.Contains("found a table with the columns Path | Path", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("✅ APPROVED", true)]
    [InlineData("approved", true)]
    [InlineData("👍 APPROVED", true)]
    [InlineData("✅", true)]
    [InlineData("❌ APPROVED", false)]
    [InlineData("APPROVED ❌", false)]
    [InlineData("❌ Approved", false)]
    public void An_option_written_with_another_options_emoji_is_not_read(string written, bool reads)
    {
        var markdown = Report.ToMarkdown().Replace("**Severity**: ✅ APPROVED", "**Severity**: " + written, StringComparison.Ordinal);
        Assert.Contains(written, markdown, StringComparison.Ordinal);

        if (reads)
        {
            AssertReads(Report, markdown);
            return;
        }

        Assert.False(GfmVariantReport.TryParse(markdown, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal("RPT0202", error.Code);
        Assert.Contains("expected one of APPROVED, REJECTED, with its own emoji or none ('❌' is REJECTED's, not APPROVED's)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("N/A.")]
    [InlineData("none")]
    public void A_list_section_that_says_there_is_nothing_reads_as_empty(string nothing)
    {
        var markdown = Report.ToMarkdown();
        markdown = markdown.Substring(0, markdown.IndexOf("| Path |", StringComparison.Ordinal)) + nothing + "\n";

        AssertReads(Report with { Files = [] }, markdown);
    }

    private static void AssertReads(GfmVariantReport expected, string markdown)
    {
        Assert.True(GfmVariantReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors.Select(e => e.ToString())) + "\n--- Markdown ---\n" + markdown);
        Assert.True(Equals(expected, parsed), Support.Dump.FirstDifference(expected, parsed) + "\n--- Markdown ---\n" + markdown);
    }
}

[Report("Variant: {Name}")]
public partial record GfmVariantReport
{
    [TitleValue, Placeholder("[Name]")]
    public string? Name { get; init; }

    [Field("Owner"), Placeholder("[Owner]")]
    public string? Owner { get; init; }

    [Field("Severity")]
    public Verdict? Severity { get; init; }

    [Field("Notes"), Placeholder("[Notes]")]
    public string? Notes { get; init; }

    [Section("Files"), Table]
    public ReportList<GfmVariantFile> Files { get; init; } = ReportList<GfmVariantFile>.Empty;
}

public partial record GfmVariantFile
{
    [Column("Path", Code = true), Placeholder("[path]")]
    public string? Path { get; init; }

    [Column("Note"), Placeholder("[Note]")]
    public string? Note { get; init; }
}
