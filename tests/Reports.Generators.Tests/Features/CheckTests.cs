using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>[Checklist] on a list of items, [Check] on a bool and [Indicator] on an enum with emoji.</summary>
public sealed class CheckTests
{
    [Fact]
    public void Checklists_checks_and_indicators_are_task_lists_and_marked_items()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                public enum Indicator
                {
                    [Option("MET", Emoji = "✅")] Met = 1,
                    [Option("PARTIAL", Emoji = "⚠️")] Partial,
                    [Option("NOT_MET", Emoji = "❌")] NotMet,
                }

                [Report("Quality")]
                public partial record QualityReport
                {
                    [Checklist("Required Changes", Condition = "if rejected"), Placeholder("[Change 1]", "[Change 2]")]
                    public ReportList<ChecklistItem> Changes { get; init; } = ReportList<ChecklistItem>.Empty;

                    [Check("All functional requirements implemented")]
                    public bool Functional { get; init; }

                    [Check("Unit tests written and passing")]
                    public bool UnitTests { get; init; }

                    [Indicator("Inline Comments", Description = "Function and complex logic documentation")]
                    public Indicator? InlineComments { get; init; }

                    [Indicator("Input Validation")]
                    public Indicator? InputValidation { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new QualityReport
                    {
                        Changes = ReportList.Of(new ChecklistItem("Add the null check", Done: true), new ChecklistItem("[x] is text here")),
                        Functional = true,
                        UnitTests = false,
                        InlineComments = Indicator.Partial,
                        InputValidation = Indicator.Met,
                    }.ToMarkdown();

                    public static string Draft() => new QualityReport { Functional = true }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Quality

            **Required Changes** (if rejected):
            - [ ] [Change 1]
            - [ ] [Change 2]

            - [ ] All functional requirements implemented
            - [ ] Unit tests written and passing

            - ✅/⚠️/❌ **Inline Comments**: Function and complex logic documentation
            - ✅/⚠️/❌ **Input Validation**
            """), assembly.RenderTemplate("Demo.QualityReport"));
        TextAssert.Equal(Lines("""
            # Quality

            **Required Changes**:
            - [x] Add the null check
            - [ ] \[x\] is text here

            - [x] All functional requirements implemented
            - [ ] Unit tests written and passing

            - ⚠️ **Inline Comments**: Function and complex logic documentation
            - ✅ **Input Validation**
            """), assembly.Example("Filled"));
        TextAssert.Equal(Lines("""
            # Quality

            **Required Changes** (if rejected):
            - [ ] [Change 1]
            - [ ] [Change 2]

            - [x] All functional requirements implemented
            - [ ] Unit tests written and passing

            - ✅/⚠️/❌ **Inline Comments**: Function and complex logic documentation
            - ✅/⚠️/❌ **Input Validation**
            """), assembly.Example("Draft"));
    }
}
