using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>[Text] paragraphs and [TitleValue] members.</summary>
public sealed class TextTests
{
    [Fact]
    public void Text_is_an_unlabelled_paragraph_that_keeps_its_lines()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Summary: {Name}")]
                public partial record SummaryReport
                {
                    [TitleValue, Placeholder("[Feature]")]
                    public string? Name { get; init; }

                    [Text, Placeholder("[Narrative description of what was implemented]")]
                    public string? Narrative { get; init; }

                    [Field("Owner", Layout = FieldLayout.Line)]
                    public string? Owner { get; init; }

                    [Field("Status", Layout = FieldLayout.Line)]
                    public string? Status { get; init; }

                    [Section("Epilogue")]
                    public EpiloguePart? Epilogue { get; init; }
                }

                // A record has one free text: a second one goes in a section of its own.
                public partial record EpiloguePart
                {
                    [Text]
                    public string? Body { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new SummaryReport
                    {
                        Name = "Limiter",
                        Narrative = "Requests take a token.\nEmpty buckets answer 429.",
                        Owner = "Ana",
                        Status = "Done",
                        Epilogue = new EpiloguePart { Body = "- not a list item\n1. not a numbered item" },
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();

        // The title value appears in the title only; a text without a placeholder shows its property name.
        TextAssert.Equal(Lines("""
            # Summary: [Feature]

            [Narrative description of what was implemented]

            **Owner**: [Owner]  
            **Status**: [Status]

            ## Epilogue

            [Body]
            """), assembly.RenderTemplate("Demo.SummaryReport"));
        TextAssert.Equal(Lines("""
            # Summary: Limiter

            Requests take a token.
            Empty buckets answer 429.

            **Owner**: Ana  
            **Status**: Done

            ## Epilogue

            \- not a list item
            1\. not a numbered item
            """), assembly.Example("Filled"));
    }
}
