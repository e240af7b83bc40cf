using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// The punctuation templates differ in, which a report can match byte for byte: bold labels as <c>**Label**:</c>,
/// <c>**Label:**</c> or <c>**Label**</c> alone above the value (GitHub's issue templates), line fields joined by plain
/// line breaks, another bullet marker, the delimiter row of a table. Reading accepts every variant whatever the report
/// writes, a condition kept inside the bold included.
/// </summary>
public sealed class WritingStyleTests
{
    private const string Template = """
        # Bug Report

        **Describe the bug**
        A clear and concise description of what the bug is.

        **Steps to reproduce:**
        1. [Step]

        - **Version:** [e.g. 22]
        - **Platform**: [e.g. iOS]

        **Regression (if known):** Yes / No

        """;

    private static readonly BugReport Filled = new()
    {
        Description = "The export button does nothing.\nNo error is shown.",
        Steps = ["Open a report", "Click Export"],
        Version = "2.4.1",
        Platform = "Windows 11",
        Regression = true,
    };

    [Fact]
    public void The_blank_template_punctuates_each_label_as_its_style_says()
    {
        Assert.Equal(Template, BugReport.RenderTemplate());
    }

    [Fact]
    public void A_filled_report_is_written_in_the_same_styles_and_reads_back_equal()
    {
        var markdown = Filled.ToMarkdown();
        Assert.Equal("""
            # Bug Report

            **Describe the bug**
            The export button does nothing.
            No error is shown.

            **Steps to reproduce:**
            1. Open a report
            2. Click Export

            - **Version:** 2.4.1
            - **Platform**: Windows 11

            **Regression:** Yes

            """, markdown);
        Assert.Equal(Filled, BugReport.Parse(markdown));
    }

    [Theory]
    [InlineData("every label with the colon after the bold", "**Describe the bug**:", "**Steps to reproduce**:", "- **Version**: 2.4.1", "**Regression**: Yes")]
    [InlineData("every label with the colon inside the bold", "**Describe the bug:**", "**Steps to reproduce:**", "- **Version:** 2.4.1", "**Regression:** Yes")]
    [InlineData("the condition kept inside the bold", "**Describe the bug**", "**Steps to reproduce:**", "- **Version:** 2.4.1", "**Regression (if known):** Yes")]
    [InlineData("the condition kept after the bold", "**Describe the bug**", "**Steps to reproduce**:", "- **Version**: 2.4.1", "**Regression** (if known): Yes")]
    public void Reading_accepts_every_style(string variation, string bug, string steps, string version, string regression)
    {
        var markdown = Filled.ToMarkdown()
            .Replace("**Describe the bug**", bug, StringComparison.Ordinal)
            .Replace("**Steps to reproduce:**", steps, StringComparison.Ordinal)
            .Replace("- **Version:** 2.4.1", version, StringComparison.Ordinal)
            .Replace("**Regression:** Yes", regression, StringComparison.Ordinal);
        Assert.True(BugReport.TryParse(markdown, out var report, out var errors), variation + ": " + string.Join("\n", errors));
        Assert.Equal(Filled, report);
    }

    [Fact]
    public void A_condition_that_is_not_the_parts_own_is_still_an_unknown_label()
    {
        var markdown = Filled.ToMarkdown().Replace("**Regression:** Yes", "**Regression (since 2.4):** Yes", StringComparison.Ordinal);
        Assert.False(BugReport.TryParse(markdown, out _, out var errors));
        Assert.Contains("found the label 'Regression (since 2.4)'", Assert.Single(errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_starts_like_punctuation_reads_back_in_the_colon_inside_style()
    {
        var tricky = Filled with { Version = ": (beta): 3", Platform = "(any)" };
        var markdown = tricky.ToMarkdown();
        Assert.Equal(tricky, BugReport.Parse(markdown));
    }

    [Fact]
    public void Line_fields_may_be_joined_by_plain_line_breaks()
    {
        Assert.Equal("""
            # Audit Header

            **Date:** YYYY-MM-DD
            **Auditor:** [Name]
            **Ticket:** [Ticket]
            **Scope:** [Components audited]

            """, AuditHeader.RenderTemplate());

        var audit = new AuditHeader { Date = new DateOnly(2026, 12, 6), Auditor = "Security Auditor Agent", Scope = "Orders API" };
        var markdown = audit.ToMarkdown();
        Assert.Equal("""
            # Audit Header

            **Date:** 2026-12-06
            **Auditor:** Security Auditor Agent
            **Scope:** Orders API

            """, markdown);
        Assert.Equal(audit, AuditHeader.Parse(markdown));

        var withTicket = audit with { Ticket = "SEC-7" };
        Assert.Contains("**Auditor:** Security Auditor Agent\n**Ticket:** SEC-7\n**Scope:**", withTicket.ToMarkdown(), StringComparison.Ordinal);
        Assert.Equal(withTicket, AuditHeader.Parse(withTicket.ToMarkdown()));

        // The same lines with hard breaks read the same.
        Assert.Equal(withTicket, AuditHeader.Parse(withTicket.ToMarkdown().Replace("\n**", "  \n**", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_report_may_write_its_bullets_with_another_marker()
    {
        Assert.Equal("""
            # Decision Record

            * **Status**: [proposed | accepted | superseded]
            * **Deciders**: [Deciders]

            ## Considered Options

            * [Option]

            ## Checks

            * [ ] Reviewed by the architects

            """, DecisionRecord.RenderTemplate());

        var record = new DecisionRecord
        {
            Status = "accepted",
            Deciders = "Platform team",
            Options = ["Redis", "In-memory"],
            Checks = new DecisionChecks { Reviewed = true },
        };
        var markdown = record.ToMarkdown();
        Assert.Contains("* **Status**: accepted\n* **Deciders**: Platform team\n", markdown, StringComparison.Ordinal);
        Assert.Contains("* Redis\n* In-memory\n", markdown, StringComparison.Ordinal);
        Assert.Contains("* [x] Reviewed by the architects\n", markdown, StringComparison.Ordinal);
        Assert.Equal(record, DecisionRecord.Parse(markdown));
        Assert.Equal(record, DecisionRecord.Parse(markdown.Replace("* ", "- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_table_may_write_its_delimiter_row_as_the_template_does()
    {
        Assert.Equal("""
            # Findings

            | ID | Finding | Severity |
            |----|:---|:---:|
            | [C-1] | [Description] | [Severity] |

            """, FindingsReport.RenderTemplate());

        var report = new FindingsReport { Findings = [new FindingRow { Id = "C-1", Description = "Keys logged", Severity = "High" }] };
        Assert.Contains("|----|:---|:---:|\n| C-1 | Keys logged | High |\n", report.ToMarkdown(), StringComparison.Ordinal);
        Assert.Equal(report, FindingsReport.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void A_field_may_show_an_emoji_before_its_label()
    {
        Assert.Equal("""
            # Status Update

            - 📅 **Date**: YYYY-MM-DD
            - 👤 **Owner**: [Owner]

            🧭 **Next Steps**:
            [Next Steps]

            """, StatusUpdate.RenderTemplate());

        var update = new StatusUpdate { Date = new DateOnly(2026, 12, 6), Owner = "Orchestrator", NextSteps = "Deploy to staging.\nWatch the error rate." };
        var markdown = update.ToMarkdown();
        Assert.Contains("- 📅 **Date**: 2026-12-06\n- 👤 **Owner**: Orchestrator\n\n🧭 **Next Steps**:\nDeploy to staging.\n", markdown, StringComparison.Ordinal);
        Assert.Equal(update, StatusUpdate.Parse(markdown));

        // Without the emoji, or with another one, the labels read the same.
        Assert.Equal(update, StatusUpdate.Parse(markdown.Replace("📅 ", string.Empty, StringComparison.Ordinal).Replace("🧭", "➡️", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_label_written_with_an_emoji_the_report_does_not_have_reads_the_same()
    {
        var task = AgentReports.SampleReports.TaskReport();
        var markdown = task.ToMarkdown()
            .Replace("- **Task ID**:", "- 🆔 **Task ID**:", StringComparison.Ordinal)
            .Replace("**Security Findings**:", "🔒 **Security Findings**:", StringComparison.Ordinal);
        Assert.Contains("🔒 **Security Findings**:", markdown, StringComparison.Ordinal);
        Assert.Equal(task, AgentReports.TaskReport.Parse(markdown));
    }
}

[Report("Bug Report", LabelStyle = LabelStyle.ColonInsideBold)]
public partial record BugReport
{
    [Field("Describe the bug", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("A clear and concise description of what the bug is.")]
    public string? Description { get; init; }

    [List("Steps to reproduce", Numbered = true), Placeholder("[Step]")]
    public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;

    [Field("Version"), Placeholder("[e.g. 22]")]
    public string? Version { get; init; }

    [Field("Platform", LabelStyle = LabelStyle.ColonAfterBold), Placeholder("[e.g. iOS]")]
    public string? Platform { get; init; }

    [Field("Regression", Layout = FieldLayout.Paragraph, Condition = "if known")]
    public bool? Regression { get; init; }
}

[Report("Audit Header", LabelStyle = LabelStyle.ColonInsideBold, SoftLineBreaks = true)]
public partial record AuditHeader
{
    [Field("Date", Layout = FieldLayout.Line), Placeholder("YYYY-MM-DD")]
    public DateOnly? Date { get; init; }

    [Field("Auditor", Layout = FieldLayout.Line), Placeholder("[Name]")]
    public string? Auditor { get; init; }

    [Field("Ticket", Layout = FieldLayout.Line, Optional = true), Placeholder("[Ticket]")]
    public string? Ticket { get; init; }

    [Field("Scope", Layout = FieldLayout.Line), Placeholder("[Components audited]")]
    public string? Scope { get; init; }
}

[Report("Decision Record", Bullet = '*')]
public partial record DecisionRecord
{
    [Field("Status"), Placeholder("[proposed | accepted | superseded]")]
    public string? Status { get; init; }

    [Field("Deciders")]
    public string? Deciders { get; init; }

    [Section("Considered Options"), Placeholder("[Option]")]
    public ReportList<string> Options { get; init; } = ReportList<string>.Empty;

    [Section("Checks")]
    public DecisionChecks? Checks { get; init; }
}

public partial record DecisionChecks
{
    [Check("Reviewed by the architects")]
    public bool Reviewed { get; init; }
}

[Report("Findings")]
public partial record FindingsReport
{
    [Table]
    public ReportList<FindingRow> Findings { get; init; } = ReportList<FindingRow>.Empty;
}

public partial record FindingRow
{
    [Column("ID", Delimiter = "----"), Placeholder("[C-1]")]
    public string? Id { get; init; }

    [Column("Finding", Delimiter = ":---"), Placeholder("[Description]")]
    public string? Description { get; init; }

    [Column("Severity", Delimiter = ":---:"), Placeholder("[Severity]")]
    public string? Severity { get; init; }
}

[Report("Status Update")]
public partial record StatusUpdate
{
    [Field("Date", Emoji = "📅"), Placeholder("YYYY-MM-DD")]
    public DateOnly? Date { get; init; }

    [Field("Owner", Emoji = "👤")]
    public string? Owner { get; init; }

    [Field("Next Steps", Emoji = "🧭", Layout = FieldLayout.Block)]
    public string? NextSteps { get; init; }
}
