using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// The text templates open with (<c>[Report(Preamble = …)]</c>): a comment, an alert or a note before the first part,
/// under the title or above it, written in the blank template only and skipped where a filled report keeps it; and values
/// a template leaves empty (<c>* **Version**:</c>), written without a trailing space.
/// </summary>
public sealed class PreambleTests
{
    // Node.js's bug report template (.github/ISSUE_TEMPLATE/1-bug-report.md), whole.
    private const string NodeTemplate = """
        ---
        name: "\U0001F41B Bug report"
        about: Create a report to help us improve

        ---

        <!--
        Thank you for reporting a possible bug in Node.js.

        Please fill in as much of the template below as you can.

        Version: output of `node -v`
        Platform: output of `uname -a` (UNIX), or version and 32 or 64-bit (Windows)
        Subsystem: if known, please specify the affected core module name

        If possible, please provide code that demonstrates the problem, keeping it as
        simple and free of external dependencies as you can.
        -->

        * **Version**:
        * **Platform**:
        * **Subsystem**:

        <!-- Please provide more details below this comment. -->

        """;

    [Fact]
    public void Node_s_bug_report_template_is_written_to_the_byte()
    {
        Assert.Equal(NodeTemplate.Replace("\r\n", "\n", StringComparison.Ordinal), NodeBugReport.RenderTemplate());
    }

    [Fact]
    public void A_filled_issue_reads_whether_it_keeps_the_preamble_or_not()
    {
        const string Body = """
            * **Version**: v22.4.0
            * **Platform**: Linux 6.8 x86_64
            * **Subsystem**: fs

            `fs.cp` drops the mode of copied files.
            """;
        var kept = NodeTemplate.Substring(NodeTemplate.IndexOf("<!--", StringComparison.Ordinal)).Replace("* **Version**:\n* **Platform**:\n* **Subsystem**:\n\n<!-- Please provide more details below this comment. -->\n", Body, StringComparison.Ordinal);

        var issue = NodeBugReport.Parse(Body);

        Assert.Equal("v22.4.0", issue.Version);
        Assert.Equal("`fs.cp` drops the mode of copied files.", issue.Details);
        Assert.Equal(issue, NodeBugReport.Parse(kept));
        Assert.Equal(issue, NodeBugReport.Parse(issue.ToMarkdown()));
        Assert.DoesNotContain("Thank you", issue.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_blank_template_reads_as_nothing_filled()
    {
        var parsed = NodeBugReport.Parse(NodeBugReport.MarkdownTemplate);

        Assert.True(string.IsNullOrEmpty(parsed.Version));
        Assert.Equal(["Version", "Platform", "Subsystem"], parsed.CheckCompleteness().Issues.Select(i => i.Path));
    }

    [Fact]
    public void A_preamble_under_a_title_or_above_it_is_written_in_the_template_and_skipped_when_kept()
    {
        Assert.Equal(
            """
            # Bug Report: [Title]

            > [!IMPORTANT]
            > Reviews are slow in December.

            - **Area**: [Area]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            AlertedReport.RenderTemplate());
        Assert.Equal(
            """
            <em>Please make sure that this is a feature request.</em>

            # Feature: [Title]

            - **Area**: [Area]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            PrefacedReport.RenderTemplate());

        var alerted = AlertedReport.Parse("# Bug Report: Crash\n\n> [!IMPORTANT]\n> Reviews are slow in December.\n\n- **Area**: fs\n");
        var prefaced = PrefacedReport.Parse("<em>Please make sure that this is a feature request.</em>\n\n# Feature: Crash\n\n- **Area**: fs\n");

        Assert.Equal(("Crash", "fs"), (alerted.Title, alerted.Area));
        Assert.Equal(("Crash", "fs"), (prefaced.Title, prefaced.Area));
        Assert.Equal("# Bug Report: Crash\n\n- **Area**: fs\n", alerted.ToMarkdown());
        Assert.Equal("# Feature: Crash\n\n- **Area**: fs\n", prefaced.ToMarkdown());
    }

    [Fact]
    public void Text_that_only_looks_like_the_preamble_is_still_an_error()
    {
        Assert.False(AlertedReport.TryParse("# Bug Report: Crash\n\n> [!IMPORTANT]\n> Reviews are fast now.\n\n- **Area**: fs\n", out _, out var errors));

        Assert.Contains(errors, e => e.Code == "RPT0203" && e.Line == 3);
    }

    [Fact]
    public void A_plain_line_field_reads_as_the_nygard_record_writes_it()
    {
        Assert.Equal(
            """
            # NUMBER. TITLE

            Date: DATE

            ## Status

            STATUS

            ## Context

            Context here...

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            NygardRecord.RenderTemplate());

        var record = NygardRecord.Parse("# 7. Use PostgreSQL\n\nDate: 2026-03-14\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a store.\n");

        Assert.Equal((7, "Use PostgreSQL", new DateOnly(2026, 3, 14), "Accepted"), (record.Number, record.Title, record.Date, record.Status));
        Assert.Equal(record, NygardRecord.Parse(record.ToMarkdown()));
    }
}

[Report(Bullet = '*', FrontMatter = "name: \"\\U0001F41B Bug report\"\nabout: Create a report to help us improve\n\n",
    Preamble = "<!--\nThank you for reporting a possible bug in Node.js.\n\nPlease fill in as much of the template below as you can.\n\nVersion: output of `node -v`\nPlatform: output of `uname -a` (UNIX), or version and 32 or 64-bit (Windows)\nSubsystem: if known, please specify the affected core module name\n\nIf possible, please provide code that demonstrates the problem, keeping it as\nsimple and free of external dependencies as you can.\n-->")]
public partial record NodeBugReport
{
    [Field("Version"), Placeholder("")]
    public string? Version { get; init; }

    [Field("Platform"), Placeholder("")]
    public string? Platform { get; init; }

    [Field("Subsystem"), Placeholder("")]
    public string? Subsystem { get; init; }

    [Text(Optional = true), Placeholder("<!-- Please provide more details below this comment. -->")]
    public string? Details { get; init; }
}

[Report("Bug Report: {Title}", Preamble = "> [!IMPORTANT]\n> Reviews are slow in December.")]
public partial record AlertedReport
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Field("Area"), Placeholder("[Area]")]
    public string? Area { get; init; }
}

[Report("Feature: {Title}", Preamble = "<em>Please make sure that this is a feature request.</em>", PreambleAboveTitle = true)]
public partial record PrefacedReport
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Field("Area"), Placeholder("[Area]")]
    public string? Area { get; init; }
}

[Report("{Number}. {Title}")]
public partial record NygardRecord
{
    [TitleValue, Placeholder("NUMBER")]
    public int? Number { get; init; }

    [TitleValue, Placeholder("TITLE")]
    public string? Title { get; init; }

    [Field("Date", Layout = FieldLayout.Line, LabelStyle = LabelStyle.Plain), Placeholder("DATE")]
    public DateOnly? Date { get; init; }

    [Section("Status"), Placeholder("STATUS")]
    public string? Status { get; init; }

    [Section("Context"), Placeholder("Context here...")]
    public string? Context { get; init; }
}

/// <summary>A preamble is skipped only as a whole run of its own lines, where it stands (survey re-run findings).</summary>
public sealed class PreambleBoundaryTests
{
    [Fact]
    public void Text_equal_to_a_line_of_the_preamble_is_kept_where_parts_go()
    {
        var report = new ThankedReport { Title = "T", Area = "fs", Body = "Thanks!" };

        Assert.Equal(report, ThankedReport.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void A_kept_preamble_with_a_code_fence_is_skipped()
    {
        var kept = "# Note: T\n\nPlease fill in every field.\nThanks!\n\nRun this first:\n\n```\n# collect info\npython env.py\n```\n\n- **Area**: fs\n";

        var report = ThankedReport.Parse(kept);

        Assert.Equal(("T", "fs", null), (report.Title, report.Area, report.Body));
    }
}

[Report("Note: {Title}", Preamble = "Please fill in every field.\nThanks!\n\nRun this first:\n\n```\n# collect info\npython env.py\n```")]
public partial record ThankedReport
{
    [TitleValue]
    public string? Title { get; init; }

    [Field("Area")]
    public string? Area { get; init; }

    [Text(Optional = true)]
    public string? Body { get; init; }
}

/// <summary>Values a template leaves empty under or after their label (TensorFlow's feature request, its blank-line runs aside).</summary>
public sealed class EmptyTemplateValueTests
{
    private const string Template = """
        <em>Please make sure that this is a feature request.</em>

        **System information**
        - TensorFlow version (you are using):
        - Are you willing to contribute it (Yes/No):

        **Describe the feature and the current behavior/state.**

        **Will this change the current api? How?**

        """;

    [Fact]
    public void Empty_values_are_written_as_their_labels_alone()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), FeatureRequest.RenderTemplate());
    }

    [Fact]
    public void The_blank_template_and_a_filled_request_read()
    {
        var blank = FeatureRequest.Parse(FeatureRequest.MarkdownTemplate);
        var filled = FeatureRequest.Parse(Template
            .Replace("(you are using):", "(you are using): 2.18", StringComparison.Ordinal)
            .Replace("(Yes/No):", "(Yes/No): Yes", StringComparison.Ordinal)
            .Replace("state.**\n", "state.**\nRagged tensors cannot be sorted.\n", StringComparison.Ordinal));

        Assert.False(blank.CheckCompleteness().IsComplete);
        Assert.Equal(("2.18", "Yes", "Ragged tensors cannot be sorted."), (filled.System?.Version, filled.System?.Contribute, filled.Feature));
        Assert.Equal(filled, FeatureRequest.Parse(filled.ToMarkdown()));
    }
}

[Report(Preamble = "<em>Please make sure that this is a feature request.</em>")]
public partial record FeatureRequest
{
    [Group("System information", LabelStyle = LabelStyle.NoColon)]
    public FeatureSystem? System { get; init; }

    [Field("Describe the feature and the current behavior/state.", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("")]
    public string? Feature { get; init; }

    [Field("Will this change the current api? How?", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon, Optional = true), Placeholder("")]
    public string? Api { get; init; }
}

public partial record FeatureSystem
{
    [Field("TensorFlow version (you are using)", LabelStyle = LabelStyle.Plain), Placeholder("")]
    public string? Version { get; init; }

    [Field("Are you willing to contribute it (Yes/No)", LabelStyle = LabelStyle.Plain), Placeholder("")]
    public string? Contribute { get; init; }
}

/// <summary>Example items a template leaves empty (<c>1.</c>, <c>2.</c>), written as their markers alone.</summary>
public sealed class EmptyTemplateItemTests
{
    [Fact]
    public void Empty_example_items_are_their_markers_and_the_blank_template_reads_as_unfilled()
    {
        Assert.Equal("## Steps to Reproduce\n\n1.\n2.\n\n## Notes\n\n-\n", BlankStepsReport.RenderTemplate());

        var blank = BlankStepsReport.Parse(BlankStepsReport.MarkdownTemplate);
        var filled = BlankStepsReport.Parse("## Steps to Reproduce\n\n1. Open a file\n2. Save it\n\n## Notes\n\n- Only on Linux\n");

        Assert.Contains(blank.CheckCompleteness().Issues, i => i.Path.StartsWith("Steps to Reproduce", StringComparison.Ordinal));
        Assert.Equal(["Open a file", "Save it"], filled.Steps);
        Assert.True(filled.CheckCompleteness().IsComplete);
    }
}

[Report]
public partial record BlankStepsReport
{
    [Section("Steps to Reproduce"), List(Numbered = true), Placeholder("", "")]
    public ReportList<string> Steps { get; init; } = [];

    [Section("Notes"), Placeholder("")]
    public ReportList<string> Notes { get; init; } = [];
}

/// <summary>Findings of the adversarial review of preambles and N/A items, each kept from coming back.</summary>
public sealed class PreambleReviewTests
{
    [Theory]
    [InlineData("Thanks!")]
    [InlineData("Please fill in.\nThanks!")]
    [InlineData("Please fill in.")]
    public void Text_first_in_the_report_that_equals_preamble_lines_is_kept(string body)
    {
        var first = new TextFirstReport { Body = body, Area = "a" };
        var titled = new TitledPreambleReport { Name = "n", Body = body };

        Assert.Equal(first, TextFirstReport.Parse(first.ToMarkdown()));
        Assert.Equal(titled, TitledPreambleReport.Parse(titled.ToMarkdown()));
    }

    [Theory]
    [InlineData("N/A")]
    [InlineData("None")]
    public void A_repeated_item_whose_text_says_none_is_kept(string text)
    {
        var report = new RevisedReport { Revisions = [new RevisionText { What = text }, new RevisionText { What = "Fixed" }] };

        Assert.Equal(report, RevisedReport.Parse(report.ToMarkdown()));
    }
}

[Report(Preamble = "Please fill in.\nThanks!")]
public partial record TextFirstReport
{
    [Text(Optional = true)]
    public string? Body { get; init; }

    [Field("Area")]
    public string? Area { get; init; }
}

[Report("Pre: {Name}", Preamble = "<!-- Read the guide. -->\n\nPlease fill in.", PreambleAboveTitle = true)]
public partial record TitledPreambleReport
{
    [TitleValue]
    public string? Name { get; init; }

    [Text(Optional = true)]
    public string? Body { get; init; }
}

[Report]
public partial record RevisedReport
{
    [Section("Revision {n}", Optional = true, Guidance = "<!-- only if rejected -->")]
    public ReportList<RevisionText> Revisions { get; init; } = [];
}

public partial record RevisionText
{
    [Text]
    public string? What { get; init; }
}
