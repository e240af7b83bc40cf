using System;
using System.Buffers;
using System.IO;
using System.Linq;
using AgentReports;
using Xunit;

using Reports.Tests.Rendering;

namespace Reports.Tests;

/// <summary>WriteMarkdown into a TextWriter or an IBufferWriter writes exactly what ToMarkdown returns, whatever the length.</summary>
public sealed class WriteMarkdownTests
{
    public static TheoryData<string> Reports() => ["task report", "coding implementation report", "draft", "long list", "long value", "long code"];

    private static (string Markdown, Action<TextWriter> ToText, Action<IBufferWriter<char>> ToBuffer) Render(string name)
    {
        switch (name)
        {
            case "task report":
                var task = SampleReports.TaskReport();
                return (task.ToMarkdown(), task.WriteMarkdown, task.WriteMarkdown);
            case "coding implementation report":
                var coding = SampleReports.CodingImplementationReport();
                return (coding.ToMarkdown(), coding.WriteMarkdown, coding.WriteMarkdown);
            case "draft":
                var draft = new TaskReport();
                return (draft.ToMarkdown(), draft.WriteMarkdown, draft.WriteMarkdown);
            default:
                var review = Long(name);
                return (review.ToMarkdown(), review.WriteMarkdown, review.WriteMarkdown);
        }
    }

    // Texts far larger than the writer's 4096-character buffer: many small writes, one value that escapes to twice its
    // length, and one long fenced block.
    private static ReviewReport Long(string name) => name switch
    {
        "long list" => TestReports.Review("x") with
        {
            Details = TestReports.Review("x").Details! with { Items = Enumerable.Range(1, 2000).Select(i => $"item {i} with *stars* and `ticks`").ToArray() },
        },
        "long value" => TestReports.Review(string.Concat(Enumerable.Repeat("*_[", 5000)) + "end"),
        "long code" => TestReports.Review("x") with
        {
            Details = TestReports.Review("x").Details! with { Code = new CodeBlock("text", string.Join("\n", Enumerable.Range(1, 3000).Select(i => "line " + i))) },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void WriteMarkdown_to_a_TextWriter_writes_what_ToMarkdown_returns(string report)
    {
        var (markdown, toText, _) = Render(report);
        using var writer = new StringWriter();

        toText(writer);

        TextAssert.Equal(markdown, writer.ToString());
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void WriteMarkdown_to_a_buffer_writer_writes_what_ToMarkdown_returns(string report)
    {
        var (markdown, _, toBuffer) = Render(report);
        var buffer = new ArrayBufferWriter<char>(16);

        toBuffer(buffer);

        TextAssert.Equal(markdown, new string(buffer.WrittenSpan));
    }

    [Fact]
    public void The_long_texts_are_longer_than_the_writer_buffer()
    {
        Assert.All(new[] { "long list", "long value", "long code" }, name => Assert.True(Long(name).ToMarkdown().Length > 4 * 4096, name));
    }

    [Fact]
    public void WriteMarkdown_appends_to_what_the_writer_already_holds()
    {
        using var writer = new StringWriter();
        writer.Write("Before.\n\n");

        SampleReports.TaskReport().WriteMarkdown(writer);

        Assert.Equal("Before.\n\n" + SampleReports.TaskReport().ToMarkdown(), writer.ToString());
    }

    [Fact]
    public void Rendering_the_same_report_twice_gives_the_same_text()
    {
        var report = SampleReports.CodingImplementationReport();

        Assert.Equal(report.ToMarkdown(), report.ToMarkdown());
    }
}
