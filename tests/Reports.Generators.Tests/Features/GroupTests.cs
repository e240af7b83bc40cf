using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>[Group]: a record's parts under a bold label; fields with plain labels.</summary>
public sealed class GroupTests
{
    [Fact]
    public void A_group_writes_its_label_then_its_parts_indented_as_asked_with_plain_or_bold_labels()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                public sealed record Desktop
                {
                    [Field("OS", LabelStyle = LabelStyle.Plain), Placeholder("[e.g. iOS]")]
                    public string? OS { get; init; }

                    [Field("Browser", LabelStyle = LabelStyle.PlainNoColon), Placeholder("[e.g. chrome, safari]")]
                    public string? Browser { get; init; }
                }

                public sealed record Configuration
                {
                    [Field("Runtime"), Placeholder("[Runtime]")]
                    public string? Runtime { get; init; }

                    [Check("Clean machine")]
                    public bool Clean { get; init; }
                }

                [Report(LabelStyle = LabelStyle.ColonInsideBold)]
                public partial record BugReport
                {
                    [Field("Describe the bug", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("[What happened]")]
                    public string? Bug { get; init; }

                    [Group("Desktop (please complete the following information)", Indent = 1, Optional = true)]
                    public Desktop? Desktop { get; init; }

                    [Group("Test Configuration")]
                    public Configuration? Configuration { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new BugReport
                    {
                        Bug = "It crashes.",
                        Desktop = new Desktop { OS = "Windows 11", Browser = ": Firefox" },
                        Configuration = new Configuration { Runtime = ".NET 10", Clean = true },
                    }.ToMarkdown();

                    public static string Empty() => new BugReport { Bug = "It crashes." }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines("""
            **Describe the bug**
            [What happened]

            **Desktop (please complete the following information):**
             - OS: [e.g. iOS]
             - Browser [e.g. chrome, safari]

            **Test Configuration:**
            - **Runtime:** [Runtime]

            - [ ] Clean machine
            """), assembly.RenderTemplate("Demo.BugReport"));
        TextAssert.Equal(Lines("""
            **Describe the bug**
            It crashes.

            **Desktop (please complete the following information):**
             - OS: Windows 11
             - Browser : Firefox

            **Test Configuration:**
            - **Runtime:** .NET 10

            - [x] Clean machine
            """), assembly.Example("Filled"));

        // An optional group left null is left out; a required one is written as its template.
        TextAssert.Equal(Lines("""
            **Describe the bug**
            It crashes.

            **Test Configuration:**
            - **Runtime:** [Runtime]

            - [ ] Clean machine
            """), assembly.Example("Empty"));
    }
}
