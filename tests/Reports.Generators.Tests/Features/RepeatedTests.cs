using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>[Repeated]: numbered blocks with a bold title, or a label with AsLabel.</summary>
public sealed class RepeatedTests
{
    [Fact]
    public void Repeated_records_are_numbered_blocks_under_a_bold_title_or_a_label()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                public partial record Decision
                {
                    [TitleValue, Placeholder("[Decision Name]")]
                    public string? Name { get; init; }

                    [Field("Context"), Placeholder("[Why decision was needed]")]
                    public string? Context { get; init; }

                    [Field("Decision"), Placeholder("[What was decided]")]
                    public string? Choice { get; init; }
                }

                public partial record Deviation
                {
                    [Field("Original Plan"), Placeholder("[What spec said]")]
                    public string? OriginalPlan { get; init; }

                    [Field("Reason"), Placeholder("[Why]")]
                    public string? Reason { get; init; }
                }

                [Report("Decisions")]
                public partial record DecisionReport
                {
                    [Section("Key Decisions")]
                    [Repeated("Decision {n}: {Name}", RepeatGuidance = "[Repeat for each significant decision]")]
                    public ReportList<Decision> Decisions { get; init; } = ReportList<Decision>.Empty;

                    [Section("Deviations from Spec")]
                    [Repeated("Deviation {n}", AsLabel = true, Condition = "if any", Optional = true,
                        EmptyText = "None. Implementation follows spec exactly.")]
                    public ReportList<Deviation> Deviations { get; init; } = ReportList<Deviation>.Empty;
                }

                public static class Example
                {
                    public static string Filled() => new DecisionReport
                    {
                        Decisions = ReportList.Of(
                            new Decision { Name = "Token bucket", Context = "Bursts", Choice = "Refill continuously" },
                            new Decision { Name = "**Redis**", Context = "Six instances", Choice = "Shared state" }),
                        Deviations = ReportList.Of(new Deviation { OriginalPlan = "Fixed window", Reason = "Bursts at the boundary" }),
                    }.ToMarkdown();

                    public static string Empty() => new DecisionReport().ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Decisions

            ## Key Decisions

            **Decision 1: [Decision Name]**
            - **Context**: [Why decision was needed]
            - **Decision**: [What was decided]

            [Repeat for each significant decision]

            ## Deviations from Spec

            **Deviation 1** (if any):
            - **Original Plan**: [What spec said]
            - **Reason**: [Why]
            """), assembly.RenderTemplate("Demo.DecisionReport"));

        // A value in a bold title cannot close the bold early: the closing "**" inside it is written as "&#42;\*".
        TextAssert.Equal(Lines("""
            # Decisions

            ## Key Decisions

            **Decision 1: Token bucket**
            - **Context**: Bursts
            - **Decision**: Refill continuously

            **Decision 2: &#42;\*Redis&#42;&#42;**
            - **Context**: Six instances
            - **Decision**: Shared state

            ## Deviations from Spec

            **Deviation 1**:
            - **Original Plan**: Fixed window
            - **Reason**: Bursts at the boundary
            """), assembly.Example("Filled"));
        TextAssert.Equal(Lines("""
            # Decisions

            ## Key Decisions

            **Decision 1: [Decision Name]**
            - **Context**: [Why decision was needed]
            - **Decision**: [What was decided]

            [Repeat for each significant decision]

            ## Deviations from Spec

            None. Implementation follows spec exactly.
            """), assembly.Example("Empty"));
    }
}
