using System;
using static Reports.Generators.Tests.Infrastructure.Expected;

namespace Reports.Generators.Tests.Features;

/// <summary>Enum values: [Option] labels and emoji, the template's list of options, OptionSeparator and HideEmoji.</summary>
public sealed class OptionTests
{
    [Fact]
    public void Enum_fields_show_every_option_in_the_template_and_the_chosen_one_in_a_report()
    {
        const string source = """
            using Reports;

            namespace Demo
            {
                public enum Status
                {
                    [Option("IN_PROGRESS", Emoji = "🟡")] InProgress = 1,
                    [Option("COMPLETED", Emoji = "🟢")] Completed,
                }

                public enum Outcome
                {
                    [Option("PASS", Emoji = "✅")] Pass = 1,
                    [Option("FAIL", Emoji = "❌")] Fail,
                }

                public enum Verdict
                {
                    [Option("APPROVED")] Approved = 1,
                    [Option("REJECTED")] Rejected,
                }

                [Report("Status")]
                public partial record StatusReport
                {
                    [Field("Status", Layout = FieldLayout.Line)]
                    public Status? Status { get; init; }

                    [Field("Phase", Layout = FieldLayout.Line, OptionSeparator = " | ")]
                    public Status? Phase { get; init; }

                    [Field("Overall", Layout = FieldLayout.Line, HideEmoji = true)]
                    public Outcome? Overall { get; init; }

                    [Field("Verdict", Layout = FieldLayout.Line)]
                    public Verdict Verdict { get; init; }
                }

                public static class Example
                {
                    public static string Filled() => new StatusReport
                    {
                        Status = Status.Completed,
                        Phase = Status.InProgress,
                        Overall = Outcome.Fail,
                        Verdict = Verdict.Rejected,
                    }.ToMarkdown();

                    public static string Undefined() => new StatusReport { Status = (Status)42, Verdict = Verdict.Approved }.ToMarkdown();
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratedCode.Match(run);
        using var assembly = run.Load();
        TextAssert.Equal(Lines($"""
            # Status

            **Status**: 🟡 IN_PROGRESS / 🟢 COMPLETED{Br}
            **Phase**: 🟡 IN_PROGRESS | 🟢 COMPLETED{Br}
            **Overall**: PASS / FAIL{Br}
            **Verdict**: APPROVED / REJECTED
            """), assembly.RenderTemplate("Demo.StatusReport"));
        TextAssert.Equal(Lines($"""
            # Status

            **Status**: 🟢 COMPLETED{Br}
            **Phase**: 🟡 IN_PROGRESS{Br}
            **Overall**: FAIL{Br}
            **Verdict**: REJECTED
            """), assembly.Example("Filled"));

        var undefined = Assert.ThrowsAny<Exception>(() => assembly.Example("Undefined"));
        var error = Assert.IsType<ReportRenderException>(undefined);
        Assert.Equal("Status", error.Path);
        Assert.Contains("42", error.Message, StringComparison.Ordinal);
    }
}
