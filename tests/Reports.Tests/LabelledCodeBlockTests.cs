using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A code block under a bold label inside a record (<c>**Error output**:</c> then a fence), as bug-report templates give
/// logs and commands without a heading of their own: the label says which code block a fence is.
/// </summary>
public sealed class LabelledCodeBlockTests
{
    private static readonly CrashReport Filled = new()
    {
        Title = "Crash on save",
        Details = new CrashDetails
        {
            Summary = "Saving a draft crashes the editor.",
            Command = "dotnet run -- save draft.md",
            Output = new CodeBlock("text", "Unhandled exception.\nSystem.IO.IOException: disk full"),
            Environment = "Windows 11",
        },
    };

    [Fact]
    public void The_template_writes_each_code_block_under_its_label()
    {
        Assert.Equal(
            "# Bug: [Title]\n\n## Details\n\n**Summary**: [What happened]\n\n**Command**:\n\n```sh\n[command]\n```\n\n**Error output**:\n\n```[language]\n[output]\n```\n\n**Environment**: [OS]\n",
            CrashReport.MarkdownTemplate);
    }

    [Fact]
    public void A_compact_code_block_has_its_fence_right_under_its_label_and_reads_back()
    {
        var report = new EvidenceReport { Evidence = "GET /api?id=1' OR 1=1", Notes = "Seen in prod" };

        Assert.Equal("# Evidence\n\n**Evidence**:\n```http\n[request]\n```\n\n**Notes**: [Notes]\n", EvidenceReport.MarkdownTemplate);
        Assert.Equal("# Evidence\n\n**Evidence**:\n```http\nGET /api?id=1' OR 1=1\n```\n\n**Notes**: Seen in prod\n", report.ToMarkdown());
        Assert.Equal(report, EvidenceReport.Parse(report.ToMarkdown()));
        Assert.Equal(report, EvidenceReport.Parse(report.ToMarkdown().Replace("**Evidence**:\n```", "**Evidence**:\n\n```", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_section_whose_body_is_a_code_block_has_no_label_under_its_heading()
    {
        var report = new SnippetSectionReport { Code = new CodeBlock("cs", "var x = 1;"), Shell = "ls" };

        Assert.Equal("# Snippet\n\n## PoC\n\n```\n[code]\n```\n\n## Shell\n\n```sh\n[command]\n```\n", SnippetSectionReport.MarkdownTemplate);
        Assert.Equal("# Snippet\n\n## PoC\n\n```cs\nvar x = 1;\n```\n\n## Shell\n\n```sh\nls\n```\n", report.ToMarkdown());
        Assert.Equal(report, SnippetSectionReport.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void A_filled_report_reads_back()
    {
        var markdown = Filled.ToMarkdown();

        Assert.Contains("**Error output**:\n\n```text\nUnhandled exception.\nSystem.IO.IOException: disk full\n```\n", markdown, StringComparison.Ordinal);
        Assert.Equal(Filled, CrashReport.Parse(markdown));
    }

    [Theory]
    [InlineData("**Error output:**\n```text\nUnhandled exception.\nSystem.IO.IOException: disk full\n```")]
    [InlineData("**Error output**:\n\n```text\nUnhandled exception.\nSystem.IO.IOException: disk full\n```")]
    public void An_agent_may_put_the_fence_right_under_the_label(string output)
    {
        var markdown = Filled.ToMarkdown();
        var start = markdown.IndexOf("**Error output**", StringComparison.Ordinal);
        var end = markdown.IndexOf("**Environment**", StringComparison.Ordinal);
        var written = markdown.Substring(0, start) + output + "\n\n" + markdown.Substring(end);

        Assert.Equal(Filled, CrashReport.Parse(written));
    }

    [Fact]
    public void The_label_says_which_code_block_a_fence_is_whatever_the_order()
    {
        // The agent wrote the output before the command: each fence still goes under its own label.
        var markdown = "# Bug: Crash on save\n\n## Details\n\n**Summary**: Saving a draft crashes the editor.\n\n"
            + "**Error output**:\n\n```text\nUnhandled exception.\nSystem.IO.IOException: disk full\n```\n\n"
            + "**Command**:\n\n```sh\ndotnet run -- save draft.md\n```\n\n**Environment**: Windows 11\n";

        Assert.Equal(Filled, CrashReport.Parse(markdown));
    }

    [Fact]
    public void None_after_the_label_leaves_the_code_block_unset_and_other_text_is_an_error()
    {
        var markdown = Filled.ToMarkdown();
        var start = markdown.IndexOf("**Error output**", StringComparison.Ordinal);
        var end = markdown.IndexOf("**Environment**", StringComparison.Ordinal);

        var none = CrashReport.Parse(markdown.Substring(0, start) + "**Error output**: None\n\n" + markdown.Substring(end));
        Assert.Null(none.Details!.Output);
        var below = CrashReport.Parse(markdown.Substring(0, start) + "**Error output**:\n\nN/A\n\n" + markdown.Substring(end));
        Assert.Null(below.Details!.Output);

        Assert.False(CrashReport.TryParse(markdown.Substring(0, start) + "**Error output**: it crashed\n\n" + markdown.Substring(end), out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal("RPT0202", error.Code);
        Assert.Contains("the code block on the lines below the label, or None", error.Message, StringComparison.Ordinal);
    }
}

[Report("Bug: {Title}")]
public partial record CrashReport
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Section("Details")]
    public CrashDetails? Details { get; init; }
}

public sealed partial record CrashDetails
{
    [Field("Summary", Layout = FieldLayout.Paragraph), Placeholder("[What happened]")]
    public string? Summary { get; init; }

    [CodeBlock("Command", Language = "sh"), Placeholder("[command]")]
    public string? Command { get; init; }

    [CodeBlock("Error output", LanguagePlaceholder = "[language]", Optional = true), Placeholder("[output]")]
    public CodeBlock? Output { get; init; }

    [Field("Environment", Layout = FieldLayout.Paragraph), Placeholder("[OS]")]
    public string? Environment { get; init; }
}

[Report("Snippet")]
public partial record SnippetSectionReport
{
    [Section("PoC"), Placeholder("[code]")]
    public CodeBlock? Code { get; init; }

    [Section("Shell"), CodeBlock(Language = "sh"), Placeholder("[command]")]
    public string? Shell { get; init; }
}

[Report("Evidence")]
public partial record EvidenceReport
{
    [CodeBlock("Evidence", Language = "http", Compact = true), Placeholder("[request]")]
    public string? Evidence { get; init; }

    [Field("Notes", Layout = FieldLayout.Line), Placeholder("[Notes]")]
    public string? Notes { get; init; }
}
