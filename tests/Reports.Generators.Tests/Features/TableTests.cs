using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>[Table] and [Column]: one row per item, bold and code cells, example rows from several placeholders.</summary>
public sealed class TableTests
{
    [Fact]
    public void Tables_have_one_row_per_item_and_as_many_example_rows_as_the_longest_placeholder()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                public partial record Component
                {
                    [Column("Component", Bold = true), Placeholder("[Component A]", "[Component B]", "[Component C]")]
                    public string? Name { get; init; }

                    [Column("Path", Code = true), Placeholder("[path]")]
                    public string? Path { get; init; }

                    [Column("Tests"), Placeholder("[N]")]
                    public int? Tests { get; init; }
                }

                [Report("Architecture")]
                public partial record ArchitectureReport
                {
                    [Section("Key Components")]
                    [Table]
                    public ReportList<Component> Components { get; init; } = ReportList<Component>.Empty;

                    [Table("Removed", Optional = true, EmptyText = "None")]
                    public ReportList<Component> Removed { get; init; } = ReportList<Component>.Empty;
                }

                public static class Example
                {
                    public static string Filled() => new ArchitectureReport
                    {
                        Components = ReportList.Of(
                            new Component { Name = "Limiter", Path = "src/Limiter.cs", Tests = 12 },
                            new Component { Name = "a | b", Path = "x|y", Tests = null }),
                    }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            # Architecture

            ## Key Components

            | Component | Path | Tests |
            |-----------|------|-------|
            | **[Component A]** | `[path]` | [N] |
            | **[Component B]** | `[path]` | [N] |
            | **[Component C]** | `[path]` | [N] |

            **Removed**:

            | Component | Path | Tests |
            |-----------|------|-------|
            | **[Component A]** | `[path]` | [N] |
            | **[Component B]** | `[path]` | [N] |
            | **[Component C]** | `[path]` | [N] |
            """), assembly.RenderTemplate("Demo.ArchitectureReport"));

        // A pipe in a value stays inside its cell; a missing cell shows its placeholder.
        TextAssert.Equal(Lines("""
            # Architecture

            ## Key Components

            | Component | Path | Tests |
            |-----------|------|-------|
            | **Limiter** | `src/Limiter.cs` | 12 |
            | **a \| b** | x\|y | [N] |

            **Removed**:
            None
            """), assembly.Example("Filled"));
    }
}
