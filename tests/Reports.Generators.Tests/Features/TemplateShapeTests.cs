using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>
/// Shapes real templates take: a section repeated per item under its values alone, with a comment above it and a rule
/// after each; a plain list label with a blank line; a comment over a field; a line without its hard break.
/// </summary>
public sealed class TemplateShapeTests
{
    [Fact]
    public void Value_headings_plain_list_labels_field_comments_and_soft_line_breaks()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                public partial record Category
                {
                    [TitleValue, Placeholder("[Category]")]
                    public string? Name { get; init; }

                    [Checklist, Placeholder("[Check]")]
                    public ReportList<ChecklistItem> Checks { get; init; } = ReportList<ChecklistItem>.Empty;
                }

                [Report("Checklist: {Feature}")]
                public partial record FeatureChecklist
                {
                    [TitleValue, Placeholder("[FEATURE]")]
                    public string? Feature { get; init; }

                    [Field("Branch", Layout = FieldLayout.Line, Code = true, SoftLineBreak = true), Placeholder("[branch]")]
                    public string? Branch { get; init; }

                    [Field("Owner", Layout = FieldLayout.Line, Optional = true, Guidance = "<!-- who signs off -->"), Placeholder("[owner]")]
                    public string? Owner { get; init; }

                    [Field("Created", Layout = FieldLayout.Line), Placeholder("[DATE]")]
                    public string? Created { get; init; }

                    [List("Steps to Reproduce", Numbered = true, LabelStyle = LabelStyle.Plain, BlankLineAfterLabel = true), Placeholder("", "")]
                    public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;

                    [Section("{Name}", GuidanceAbove = "<!-- SAMPLE ITEMS: replace them -->", RuleAfter = true, TemplateItems = 2)]
                    public ReportList<Category> Categories { get; init; } = ReportList<Category>.Empty;

                    [Section("Notes", Optional = true), Placeholder("[Notes]")]
                    public string? Notes { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new FeatureChecklist
                    {
                        Feature = "Login",
                        Branch = "012-login",
                        Created = "2026-12-07",
                        Steps = new ReportList<string>(new[] { "Open", "Sign in" }),
                        Categories = new ReportList<Category>(new[] { new Category { Name = "Security", Checks = new ReportList<ChecklistItem>(new[] { new ChecklistItem("Tokens hashed", true) }) } }),
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Checklist: [FEATURE]

            **Branch**: `[branch]`
            <!-- who signs off -->
            **Owner**: [owner]  
            **Created**: [DATE]

            Steps to Reproduce:

            1.
            2.

            <!-- SAMPLE ITEMS: replace them -->

            ## [Category]

            - [ ] [Check]

            ---

            ## [Category]

            - [ ] [Check]

            ---

            ## Notes

            [Notes]
            """), assembly.RenderTemplate("Demo.FeatureChecklist"));
        TextAssert.Equal(Lines("""
            # Checklist: Login

            **Branch**: `012-login`
            **Created**: 2026-12-07

            Steps to Reproduce:

            1. Open
            2. Sign in

            ## Security

            - [x] Tokens hashed

            ---
            """), assembly.Example("Filled"));
    }
}
