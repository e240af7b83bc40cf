using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>[CodeBlock] on a <see cref="CodeBlock"/> and on a string, and [AlignedBlock].</summary>
public sealed class CodeBlockTests
{
    [Fact]
    public void Code_blocks_are_fenced_longer_than_any_backtick_run_in_the_code()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Report("Usage")]
                public partial record UsageReport
                {
                    [CodeBlock(LanguagePlaceholder = "[language]"), Placeholder("// Example of how to use the feature\n[Code example]")]
                    public CodeBlock? Example { get; init; }

                    [CodeBlock(Language = "json"), Placeholder("[Configuration]")]
                    public string? Configuration { get; init; }

                    [CodeBlock(Optional = true)]
                    public string? Script { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new UsageReport
                    {
                        Example = new CodeBlock("csharp", "var x = 1;\n\n// ``` is not a fence here\nvar y = 2;"),
                        Configuration = "{\n  \"Enabled\": true\n}",
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Usage

            ```[language]
            // Example of how to use the feature
            [Code example]
            ```

            ```json
            [Configuration]
            ```

            ```
            [Script]
            ```
            """), assembly.RenderTemplate("Demo.UsageReport"));
        TextAssert.Equal(Lines("""
            # Usage

            ````csharp
            var x = 1;

            // ``` is not a fence here
            var y = 2;
            ````

            ```json
            {
              "Enabled": true
            }
            ```
            """), assembly.Example("Filled"));
    }

    [Fact]
    public void Aligned_blocks_write_label_value_lines_in_a_fence_with_values_in_one_column()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                [Inline("{Percent}% ({Count} tests)")]
                public sealed record CoverageLine(
                    [property: Placeholder("[X]")] int Percent,
                    [property: Placeholder("[X]")] int Count);

                public partial record CoverageAnalysis
                {
                    [Field("Unit Tests")]
                    public CoverageLine? Unit { get; init; }

                    [Field("End-to-End Tests")]
                    public CoverageLine? EndToEnd { get; init; }

                    [Field("Runner"), Placeholder("[Name]")]
                    public string? Runner { get; init; }
                }

                [Report("Testing")]
                public partial record TestingReport
                {
                    [Section("Test Coverage Analysis")]
                    [AlignedBlock]
                    public CoverageAnalysis? Coverage { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new TestingReport
                    {
                        Coverage = new CoverageAnalysis { Unit = new CoverageLine(94, 48), EndToEnd = new CoverageLine(60, 3), Runner = "xunit" },
                    }.ToMarkdown();

                    public static string Partial() => new TestingReport
                    {
                        Coverage = new CoverageAnalysis { Unit = new CoverageLine(94, 48) },
                    }.ToMarkdown();

                    // Inside a fence nothing can be escaped: a value that would break the line is refused.
                    public static string Multiline() => new TestingReport
                    {
                        Coverage = new CoverageAnalysis { Runner = "xunit\nnunit" },
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Testing

            ## Test Coverage Analysis

            ```
            Unit Tests:       [X]% ([X] tests)
            End-to-End Tests: [X]% ([X] tests)
            Runner:           [Name]
            ```
            """), assembly.RenderTemplate("Demo.TestingReport"));
        TextAssert.Equal(Lines("""
            # Testing

            ## Test Coverage Analysis

            ```
            Unit Tests:       94% (48 tests)
            End-to-End Tests: 60% (3 tests)
            Runner:           xunit
            ```
            """), assembly.Example("Filled"));
        TextAssert.Equal(Lines("""
            # Testing

            ## Test Coverage Analysis

            ```
            Unit Tests:       94% (48 tests)
            End-to-End Tests: [X]% ([X] tests)
            Runner:           [Name]
            ```
            """), assembly.Example("Partial"));
        var error = Assert.IsType<ReportRenderException>(Record.Exception(() => assembly.Example("Multiline")));
        Assert.Equal("Test Coverage Analysis › Runner", error.Path);
    }
}
