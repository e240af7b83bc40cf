using System;
using System.IO;
using System.Linq;
using Markdig.Syntax;
using Reports.Tests.Infrastructure;
using Xunit;

namespace Reports.Tests;

/// <summary>The checks the escaping tests rely on catch what they are there to catch.</summary>
public sealed class MarkdownStructureTests
{
    [Theory]
    [InlineData("- **Owner**: # x\n## Approved\n", "HeadingBlock(2): 0 → 1")]
    [InlineData("- **Owner**: x\n- [x] done\n", "ListItemBlock: 1 → 2")]
    [InlineData("- **Owner**: **Status**: APPROVED\n", "EmphasisInline(**): 1 → 2")]
    [InlineData("- **Owner**: <b>x</b>\n", "HtmlInline: 0 → 2")]
    [InlineData("- **Owner**: [link](https://example.com)\n", "LinkInline: 0 → 1")]
    public void Structure_check_sees_a_value_written_without_escaping(string forged, string difference)
    {
        var plain = MarkdownStructure.Shape("- **Owner**: x\n");

        Assert.Contains(difference, MarkdownStructure.Difference(plain, MarkdownStructure.Shape(forged)).Split('\n'));
    }

    [Fact]
    public void Table_rows_are_counted()
    {
        const string table = "| A |\n|---|\n| x |\n";

        Assert.Contains("TableRow: 2 → 3", MarkdownStructure.Difference(MarkdownStructure.Shape(table), MarkdownStructure.Shape(table + "| y |\n")).Split('\n'));
    }

    [Fact]
    public void Text_reads_escapes_character_references_and_line_breaks_as_a_reader_does()
    {
        var paragraph = MarkdownStructure.Parse("\\*\\*A\\*\\* &#10;b&#32;\nc\\\nd").Descendants<ParagraphBlock>().Single();

        Assert.Equal("**A** \nb \nc\nd", MarkdownStructure.Text(paragraph));
    }

    [Fact]
    public void Every_verified_snapshot_belongs_to_a_test()
    {
        var assembly = typeof(MarkdownStructureTests).Assembly;

        Assert.Empty(Snapshot.VerifiedFilesWithoutTest(assembly, Snapshot.ProjectDirectoryOf(assembly)).Select(Path.GetFileName));
    }
}
