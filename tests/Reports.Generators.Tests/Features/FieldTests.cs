using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>[Field] in each <see cref="FieldLayout"/>, with prefix, suffix, inline code and default.</summary>
public sealed class FieldTests
{
    [Fact]
    public void Bullet_fields_form_one_list_with_prefix_suffix_code_and_default()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Release")]
                public partial record ReleaseReport
                {
                    [Field("Version", Prefix = "v"), Placeholder("[X.Y]")]
                    public string? Version { get; init; }

                    [Field("Coverage", Suffix = "%"), Placeholder("XX")]
                    public int? Coverage { get; init; }

                    [Field("Branch", Code = true), Placeholder("[branch]")]
                    public string? Branch { get; init; }

                    [Field("Owner", Default = "Release Agent")]
                    public string? Owner { get; init; }

                    [Field("Notes")]
                    public string? Notes { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new ReleaseReport
                    {
                        Version = "2.1",
                        Coverage = 87,
                        Branch = "release/2.1",
                        Owner = "Ada",
                        Notes = "First release",
                    }.ToMarkdown();

                    public static string Draft() => new ReleaseReport { Version = "2.1" }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Release

            - **Version**: v[X.Y]
            - **Coverage**: XX%
            - **Branch**: `[branch]`
            - **Owner**: Release Agent
            - **Notes**: [Notes]
            """), assembly.RenderTemplate("Demo.ReleaseReport"));
        TextAssert.Equal(Lines("""
            # Release

            - **Version**: v2.1
            - **Coverage**: 87%
            - **Branch**: `release/2.1`
            - **Owner**: Ada
            - **Notes**: First release
            """), assembly.Example("Filled"));

        // Missing required fields show their placeholder (or default), so a draft says what is left to fill.
        TextAssert.Equal(Lines("""
            # Release

            - **Version**: v2.1
            - **Coverage**: XX%
            - **Branch**: `[branch]`
            - **Owner**: Release Agent
            - **Notes**: [Notes]
            """), assembly.Example("Draft"));
    }

    [Fact]
    public void Line_fields_form_one_paragraph_joined_by_hard_breaks_with_an_optional_trailing_break()
    {
        const string source = """
            using System;
            using Reports;

            namespace Demo
            {
                [Report("Header")]
                public partial record HeaderReport
                {
                    [Field("Date", Layout = FieldLayout.Line), Placeholder("[YYYY-MM-DD]")]
                    public DateOnly? Date { get; init; }

                    [Field("Author", Layout = FieldLayout.Line), Placeholder("[Name]")]
                    public string? Author { get; init; }

                    [Field("Reviewer", Layout = FieldLayout.Line, TrailingBreak = true), Placeholder("[Name]")]
                    public string? Reviewer { get; init; }

                    [Field("Summary", Layout = FieldLayout.Line, RuleBefore = true), Placeholder("[One line]")]
                    public string? Summary { get; init; }

                    [Field("Ticket", Layout = FieldLayout.Line, Optional = true), Placeholder("[ID]")]
                    public string? Ticket { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new HeaderReport
                    {
                        Date = new DateOnly(2026, 1, 31),
                        Author = "Ada",
                        Reviewer = "Grace",
                        Summary = "Ready",
                        Ticket = "T-7",
                    }.ToMarkdown();

                    public static string WithoutOptional() => new HeaderReport
                    {
                        Date = new DateOnly(2026, 1, 31),
                        Author = "Ada",
                        Reviewer = "Grace",
                        Summary = "Ready",
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines($"""
            # Header

            **Date**: [YYYY-MM-DD]{Br}
            **Author**: [Name]{Br}
            **Reviewer**: [Name]{Br}

            ---

            **Summary**: [One line]{Br}
            **Ticket**: [ID]
            """), assembly.RenderTemplate("Demo.HeaderReport"));
        TextAssert.Equal(Lines($"""
            # Header

            **Date**: 2026-01-31{Br}
            **Author**: Ada{Br}
            **Reviewer**: Grace{Br}

            ---

            **Summary**: Ready{Br}
            **Ticket**: T-7
            """), assembly.Example("Filled"));

        // An absent optional line takes its hard break with it: the paragraph ends with no trailing blanks.
        TextAssert.Equal(Lines($"""
            # Header

            **Date**: 2026-01-31{Br}
            **Author**: Ada{Br}
            **Reviewer**: Grace{Br}

            ---

            **Summary**: Ready
            """), assembly.Example("WithoutOptional"));
    }

    [Fact]
    public void Paragraph_and_block_fields_carry_values_of_several_lines()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Review")]
                public partial record ReviewReport
                {
                    [Field("Comments", Layout = FieldLayout.Paragraph), Placeholder("[Detailed feedback]")]
                    public string? Comments { get; init; }

                    [Field("Coverage", Layout = FieldLayout.Paragraph, Suffix = "%"), Placeholder("XX")]
                    public int? Coverage { get; init; }

                    [Field("Findings", Layout = FieldLayout.Block, Condition = "if any"), Placeholder("[Vulnerabilities or concerns]")]
                    public string? Findings { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new ReviewReport
                    {
                        Comments = "Clean code.\nTwo nits inline.",
                        Coverage = 91,
                        Findings = "None critical.\n\nOne low: verbose logs.",
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Review

            **Comments**: [Detailed feedback]

            **Coverage**: XX%

            **Findings** (if any):
            [Vulnerabilities or concerns]
            """), assembly.RenderTemplate("Demo.ReviewReport"));

        // An empty line inside a value is a lone backslash, so the paragraph (and the field) does not end there.
        TextAssert.Equal(Lines("""
            # Review

            **Comments**: Clean code.
            Two nits inline.

            **Coverage**: 91%

            **Findings**:
            None critical.
            \
            One low: verbose logs.
            """), assembly.Example("Filled"));
    }

    [Fact]
    public void Markdown_fields_list_items_and_cells_are_written_as_they_are()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Incident")]
                public partial record IncidentReport
                {
                    [Field("Impact"), Placeholder("[Who saw what]")]
                    public MarkdownText? Impact { get; init; }

                    [Field("Owner", Optional = true)]
                    public MarkdownText? Owner { get; init; }

                    [Field("Timeline", Layout = FieldLayout.Block), Placeholder("[When what happened]")]
                    public MarkdownText? Timeline { get; init; }

                    [Section("Actions"), Placeholder("[What we will change]")]
                    public ReportList<MarkdownText> Actions { get; init; } = ReportList<MarkdownText>.Empty;

                    [Section("Metrics"), Table]
                    public ReportList<Metric> Metrics { get; init; } = ReportList<Metric>.Empty;
                }

                public partial record Metric
                {
                    [Column("Metric"), Placeholder("[Name]")]
                    public MarkdownText? Name { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new IncidentReport
                    {
                        Impact = "`POST /checkout` failed\nfor **12%**",
                        Timeline = "Detected at `14:00`.\\\nRolled back.",
                        Actions = new ReportList<MarkdownText>(new MarkdownText[] { "Add a **canary**" }),
                        Metrics = new ReportList<Metric>(new[] { new Metric { Name = "`p99` a|b" } }),
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Incident

            - **Impact**: [Who saw what]
            - **Owner**: [Owner]

            **Timeline**:
            [When what happened]

            ## Actions

            - [What we will change]

            ## Metrics

            | Metric |
            |--------|
            | [Name] |
            """), assembly.RenderTemplate("Demo.IncidentReport"));

        // The bullet's second line continues its item; a pipe in a cell is escaped as GFM reads it.
        TextAssert.Equal(Lines("""
            # Incident

            - **Impact**: `POST /checkout` failed
              for **12%**

            **Timeline**:
            Detected at `14:00`.\
            Rolled back.

            ## Actions

            - Add a **canary**

            ## Metrics

            | Metric |
            |--------|
            | `p99` a\|b |
            """), assembly.Example("Filled"));
    }
}
