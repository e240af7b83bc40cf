using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>[Section]: headings by nesting, emoji, compact, rules, guidance, conditions, optional and repeated sections.</summary>
public sealed class SectionTests
{
    [Fact]
    public void Section_options_shape_the_heading_and_template_only_text_stays_out_of_reports()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Sections")]
                public partial record SectionReport
                {
                    [Section("Overview", Emoji = "📋", Compact = true)]
                    public Overview? Overview { get; init; }

                    [Section("Review", RuleBefore = true, Guidance = "[Reviewer fills this section]")]
                    public Review? Review { get; init; }

                    [Section("Risks", Condition = "if any", Optional = true)]
                    public Risks? Risks { get; init; }
                }

                public partial record Overview
                {
                    [Field("Goal"), Placeholder("[Goal]")]
                    public string? Goal { get; init; }

                    [Section("Scope")]
                    public Scope? Scope { get; init; }
                }

                public partial record Scope
                {
                    [Field("In"), Placeholder("[In scope]")]
                    public string? In { get; init; }
                }

                public partial record Review
                {
                    [Field("Verdict"), Placeholder("[Verdict]")]
                    public string? Verdict { get; init; }
                }

                public partial record Risks
                {
                    [Field("Top Risk"), Placeholder("[Risk]")]
                    public string? Top { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new SectionReport
                    {
                        Overview = new Overview { Goal = "Ship", Scope = new Scope { In = "API" } },
                        Review = new Review { Verdict = "Approved" },
                        Risks = new Risks { Top = "Load" },
                    }.ToMarkdown();

                    public static string Draft() => new SectionReport
                    {
                        Overview = new Overview { Goal = "Ship" },
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Sections

            ## 📋 Overview
            - **Goal**: [Goal]

            ### Scope

            - **In**: [In scope]

            ---

            ## Review

            [Reviewer fills this section]

            - **Verdict**: [Verdict]

            ## Risks (if any)

            - **Top Risk**: [Risk]
            """), assembly.RenderTemplate("Demo.SectionReport"));
        TextAssert.Equal(Lines("""
            # Sections

            ## 📋 Overview
            - **Goal**: Ship

            ### Scope

            - **In**: API

            ---

            ## Review

            - **Verdict**: Approved

            ## Risks

            - **Top Risk**: Load
            """), assembly.Example("Filled"));

        // A draft: missing required sections are their blank template (guidance included); the optional one is left out.
        TextAssert.Equal(Lines("""
            # Sections

            ## 📋 Overview
            - **Goal**: Ship

            ### Scope

            - **In**: [In scope]

            ---

            ## Review

            [Reviewer fills this section]

            - **Verdict**: [Verdict]
            """), assembly.Example("Draft"));
    }

    [Fact]
    public void A_heading_with_n_repeats_the_section_once_per_item()
    {
        const string source = """
            using System;
            using Reports;

            namespace Demo
            {
                [Report("Task")]
                public partial record TaskReport
                {
                    [Section("Revision {n}", Condition = "if rejected", Optional = true, RuleBefore = true,
                        Guidance = "[Developer fills this after the review]",
                        RepeatGuidance = "[Repeat \"Revision N\" sections as needed]")]
                    public ReportList<Revision> Revisions { get; init; } = ReportList<Revision>.Empty;

                    [Section("Status", RuleBefore = true)]
                    public Status? Status { get; init; }
                }

                public partial record Revision
                {
                    [Field("Revision Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
                    public DateOnly? Date { get; init; }

                    [Field("Summary", Layout = FieldLayout.Line), Placeholder("[What changed]")]
                    public string? Summary { get; init; }
                }

                public partial record Status
                {
                    [Field("Overall", Layout = FieldLayout.Line), Placeholder("[Status]")]
                    public string? Overall { get; init; }
                }

                public static class Example
                {
                    public static string TwoRevisions() => new TaskReport
                    {
                        Revisions = ReportList.Of(
                            new Revision { Date = new DateOnly(2026, 3, 1), Summary = "Fixed the null check" },
                            new Revision { Date = new DateOnly(2026, 3, 2), Summary = "Added a test" }),
                        Status = new Status { Overall = "Done" },
                    }.ToMarkdown();

                    public static string NoRevisions() => new TaskReport { Status = new Status { Overall = "Done" } }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines($"""
            # Task

            ---

            ## Revision 1 (if rejected)

            [Developer fills this after the review]

            **Revision Date**: [Date]{Br}
            **Summary**: [What changed]

            ---

            [Repeat "Revision N" sections as needed]

            ---

            ## Status

            **Overall**: [Status]
            """), assembly.RenderTemplate("Demo.TaskReport"));
        TextAssert.Equal(Lines($"""
            # Task

            ---

            ## Revision 1

            **Revision Date**: 2026-03-01{Br}
            **Summary**: Fixed the null check

            ---

            ## Revision 2

            **Revision Date**: 2026-03-02{Br}
            **Summary**: Added a test

            ---

            ## Status

            **Overall**: Done
            """), assembly.Example("TwoRevisions"));
        TextAssert.Equal(Lines("""
            # Task

            ---

            ## Status

            **Overall**: Done
            """), assembly.Example("NoRevisions"));
    }

    [Fact]
    public void A_section_on_text_code_or_a_list_has_that_value_as_its_body()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Bodies")]
                public partial record BodyReport
                {
                    [Section("Summary"), Placeholder("[Narrative]")]
                    public string? Summary { get; init; }

                    [Section("Usage")]
                    [CodeBlock(LanguagePlaceholder = "[language]"), Placeholder("[Code example]")]
                    public CodeBlock? Usage { get; init; }

                    [Section("Gaps"), Placeholder("[Gap 1]", "[Gap 2]")]
                    public ReportList<string> Gaps { get; init; } = ReportList<string>.Empty;

                    [Section("Follow-ups"), Placeholder("[Task]")]
                    public ReportList<ChecklistItem> FollowUps { get; init; } = ReportList<ChecklistItem>.Empty;
                }

                public static class Example
                {
                    public static string Filled() => new BodyReport
                    {
                        Summary = "Added the limiter.",
                        Usage = new CodeBlock("csharp", "app.UseLimiter();"),
                        Gaps = ReportList.Of("No soak test"),
                        FollowUps = ReportList.Of(new ChecklistItem("Soak test", Done: false), new ChecklistItem("Docs", Done: true)),
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Bodies

            ## Summary

            [Narrative]

            ## Usage

            ```[language]
            [Code example]
            ```

            ## Gaps

            - [Gap 1]
            - [Gap 2]

            ## Follow-ups

            - [ ] [Task]
            """), assembly.RenderTemplate("Demo.BodyReport"));
        TextAssert.Equal(Lines("""
            # Bodies

            ## Summary

            Added the limiter.

            ## Usage

            ```csharp
            app.UseLimiter();
            ```

            ## Gaps

            - No soak test

            ## Follow-ups

            - [ ] Soak test
            - [x] Docs
            """), assembly.Example("Filled"));
    }

    [Fact]
    public void A_markdown_section_is_written_as_it_is_after_its_check()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Decision")]
                public partial record DecisionReport
                {
                    [Section("Context"), Placeholder("[Describe the forces at play]")]
                    public MarkdownText? Context { get; init; }

                    [Section("Details")]
                    public Details? Details { get; init; }
                }

                public partial record Details
                {
                    [Section("Consequences", Optional = true), Placeholder("[Consequences]")]
                    public MarkdownText? Consequences { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new DecisionReport
                    {
                        Context = "- **fast**\n- `cheap`",
                        Details = new Details { Consequences = "#### Good\n\nLess toil." },
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Decision

            ## Context

            [Describe the forces at play]

            ## Details

            ### Consequences

            [Consequences]
            """), assembly.RenderTemplate("Demo.DecisionReport"));
        TextAssert.Equal(Lines("""
            # Decision

            ## Context

            - **fast**
            - `cheap`

            ## Details

            ### Consequences

            #### Good

            Less toil.
            """), assembly.Example("Filled"));
    }

    [Fact]
    public void An_optional_section_on_an_empty_list_or_table_is_left_out_unless_it_has_empty_text()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Notes")]
                public partial record NotesReport
                {
                    [Section("Links", Optional = true), Placeholder("[Link]")]
                    public ReportList<string> Links { get; init; } = ReportList<string>.Empty;

                    [Section("Rows", Optional = true), Table]
                    public ReportList<Row> Rows { get; init; } = ReportList<Row>.Empty;

                    [Section("Risks", Optional = true), List(EmptyText = "None"), Placeholder("[Risk]")]
                    public ReportList<string> Risks { get; init; } = ReportList<string>.Empty;
                }

                public partial record Row
                {
                    [Column("Name"), Placeholder("[Name]")]
                    public string? Name { get; init; }
                }

                public static class Example
                {
                    public static string Empty() => new NotesReport().ToMarkdown();

                    public static string Filled() => new NotesReport
                    {
                        Links = ReportList.Of("a"),
                        Rows = ReportList.Of(new Row { Name = "r" }),
                        Risks = ReportList.Of("Load"),
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Notes

            ## Links

            - [Link]

            ## Rows

            | Name |
            |------|
            | [Name] |

            ## Risks

            - [Risk]
            """), assembly.RenderTemplate("Demo.NotesReport"));

        // Empty optional sections are left out, as optional lists are; one with EmptyText writes it.
        TextAssert.Equal(Lines("""
            # Notes

            ## Risks

            None
            """), assembly.Example("Empty"));
        TextAssert.Equal(Lines("""
            # Notes

            ## Links

            - a

            ## Rows

            | Name |
            |------|
            | r |

            ## Risks

            - Load
            """), assembly.Example("Filled"));
    }
}
