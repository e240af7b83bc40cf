using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AgentReports;
using Markdig.Syntax;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>Shared report values used from many threads, hostile and large input.</summary>
public sealed class ReliabilityTests
{
    [Fact]
    public void Rendering_parsing_and_templates_from_16_threads_match_the_single_threaded_results()
    {
        var task = SampleReports.TaskReport();
        var coding = SampleReports.CodingImplementationReport();
        var expectedTask = task.ToMarkdown();
        var expectedCoding = coding.ToMarkdown();
        var failures = 0;
        using var start = new ManualResetEventSlim(false);

        var threads = Enumerable.Range(0, 16).Select(i => new Thread(() =>
        {
            start.Wait();
            for (var round = 0; round < 25; round++)
            {
                var taskText = task.ToMarkdown();
                var codingText = coding.ToMarkdown();
                if (taskText != expectedTask || codingText != expectedCoding
                    || TaskReport.Parse(taskText) != task || CodingImplementationReport.Parse(codingText) != coding
                    || TaskReport.RenderTemplate() != TaskReport.MarkdownTemplate)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());

        Assert.Equal(0, failures);
    }

    public static TheoryData<string, string> Pathological()
    {
        string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
        var template = TaskReport.RenderTemplate();
        return new TheoryData<string, string>
        {
            { "nested brackets", template.Replace("[Epic Name]", Repeat("[", 50_000) + "x" + Repeat("]", 50_000)) },
            { "backtick runs", template.Replace("[Epic Name]", Repeat("`a``", 50_000)) },
            { "emphasis runs", template.Replace("[Epic Name]", Repeat("*_", 50_000)) },
            { "link openers", template.Replace("[Epic Name]", Repeat("![a](", 20_000)) },
            { "html openers", template.Replace("[Epic Name]", Repeat("<a ", 20_000)) },
            { "very long line", template.Replace("[Epic Name]", Repeat("abc def ", 200_000)) },
            { "many empty lines", template.Replace("## Code Review", Repeat("\n", 100_000) + "## Code Review") },
            { "nested lists", template + "\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- x\n")) },
            { "nested quotes", template + "\n" + Repeat(">", 5_000) + " x\n" },
            { "deep headings", template + "\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => new string('#', 1 + (i % 6)) + " h\n")) },
        };
    }

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_documents_give_a_result_or_errors_never_an_exception(string name, string markdown)
    {
        var ok = TaskReport.TryParse(markdown, out var report, out var errors);

        Assert.True(ok || errors.Count > 0, name);
        Assert.True(ok == (report is not null), name);
        Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, e.ToString()));
    }

    [Fact]
    public void The_reader_finds_every_block_Markdig_finds_and_leaves_out_only_the_inline_pass()
    {
        var plain = new Markdig.MarkdownPipelineBuilder();
        plain.InlineParsers.Clear();
        var blocksOnly = plain.Build();
        var documents = FullReports.All.Select(kind => kind.Render(kind.Full)).Append(
            "# Title\n\nSetext heading\n--------------\n\nA paragraph\nof two lines\n\n- item\n\n  more\n\n> quote\n\n<!-- note -->\n\n```\ncode\n```\n\n    indented\n\n[ref]: https://example.com\n");

        foreach (var markdown in documents)
        {
            var expected = Markdig.Markdown.Parse(markdown, blocksOnly).Descendants<Block>().ToList();
            var read = Markdig.Markdown.Parse(markdown, Reading.ReportReader.MarkdownPipeline).Descendants<Block>().ToList();

            Assert.Equal(expected.Select(Describe), read.Select(Describe));
            Assert.All(read.OfType<LeafBlock>(), leaf => Assert.Null(leaf.Inline));
        }

        static string Describe(Block block) => $"{block.GetType().Name} {block.Line}:{block.Column} {block.Span}";
    }

    [Theory]
    [InlineData("list indented 132 columns", "- a\n" + "                                                                                                                                    - deep\n", 2, "a list item indented 132 columns")]
    [InlineData("list indented by 33 tabs", "- a\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t1. deep\n", 2, "a list item indented 132 columns")]
    [InlineData("quotes after a closed fence", "```\ncode\n```\n" + ">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> deep\n", 4, "33 levels of quotes")]
    public void Nesting_is_counted_from_indentation_and_quotes_outside_fences(string name, string tail, int lineInTail, string found)
    {
        var template = TaskReport.RenderTemplate() + "\n";
        var line = template.Split('\n').Length - 1 + lineInTail;

        var exception = Assert.Throws<ReportParseException>(() => TaskReport.Parse(template + tail));

        var error = Assert.Single(exception.Errors);
        Assert.True(error.Code == "RPT0206", name);
        Assert.Equal(line, error.Line);
        Assert.EndsWith("found " + found + ".", error.Message);
    }

    [Fact]
    public void Quotes_and_indentation_inside_a_fence_are_code_not_nesting()
    {
        var deep = new string('>', 40) + " quoted\n" + new string(' ', 140) + "- item\n";
        var fenced = "```\n" + deep + "```\n";

        TaskReport.TryParse(TaskReport.RenderTemplate() + "\n" + fenced, out _, out var fencedErrors);
        TaskReport.TryParse(TaskReport.RenderTemplate() + "\n" + deep, out _, out var deepErrors);

        Assert.DoesNotContain(fencedErrors, error => error.Code == "RPT0206");
        Assert.Contains(deepErrors, error => error.Code == "RPT0206");
    }

    [Fact]
    public void Nesting_deeper_than_the_documented_limit_is_refused_with_its_line()
    {
        var markdown = TaskReport.RenderTemplate() + "\n" + new string('>', 40) + " quoted\n";
        var line = markdown.Split('\n').Length - 1;

        var exception = Assert.Throws<ReportParseException>(() => TaskReport.Parse(markdown));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("RPT0206", error.Code);
        Assert.Equal(line, error.Line);
        Assert.Equal("expected at most 32 levels of nested lists or quotes, found 40 levels of quotes.", error.Message);
    }

    [Fact]
    public void A_10_MB_report_renders_and_reads_back_the_same()
    {
        var sample = SampleReports.TaskReport();
        var longText = string.Concat(Enumerable.Repeat("A long field with `code`, | pipes |, *stars* and <tags>. ", 45_000));
        var details = sample.Implementation! with
        {
            Summary = sample.Implementation.Summary! with
            {
                Narrative = longText + "\n" + longText,
                ExternalIntegrations = Enumerable.Range(0, 5_000).Select(i => "Integration " + i + " - [x] with # marks").ToArray(),
            },
            SelfTest = sample.Implementation.SelfTest! with
            {
                Environment = Enumerable.Range(0, 20_000).Select(i => "Environment line " + i + " | " + longText.Substring(0, 200)).ToArray(),
            },
        };
        var report = sample with { Implementation = details };

        var markdown = report.ToMarkdown();
        var parsed = TaskReport.Parse(markdown);

        Assert.True(markdown.Length > 10_000_000, $"the report is {markdown.Length} characters");
        Assert.Equal(report, parsed);
    }

    [Fact]
    public void Values_markdown_cannot_carry_are_refused_at_render_time_with_their_path()
    {
        var sample = SampleReports.TaskReport();
        var withNul = sample with { Overview = sample.Overview! with { Epic = "EPIC\0-12" } };
        var withSurrogate = sample with { Overview = sample.Overview! with { Epic = "EPIC \uD800" } };

        var nul = Assert.Throws<ReportRenderException>(() => withNul.ToMarkdown());
        var surrogate = Assert.Throws<ReportRenderException>(() => withSurrogate.ToMarkdown());

        Assert.Equal("Task Overview \u203A Epic", nul.Path);
        Assert.Contains("U+0000", nul.Message);
        Assert.Contains("unpaired surrogate", surrogate.Message);
    }
}
