using System;
using System.Buffers;
using AgentReports;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Fluid;
using HandlebarsDotNet;

namespace Reports.Benchmarks;

/// <summary>Table 1: rendering the filled samples, against the floor and the alternatives a user would pick.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Rendering
{
    private TaskReport _task = null!;
    private CodingImplementationReport _coding = null!;
    private TaskReport _escaping = null!;
    private Floor _taskFloor = null!;
    private Floor _codingFloor = null!;
    private Floor _escapingFloor = null!;
    private ArrayBufferWriter<char> _buffer = null!;
    private HandlebarsTemplate<object, object> _handlebars = null!;
    private IFluidTemplate _fluid = null!;

    [GlobalSetup]
    public void Setup()
    {
        _task = Fixtures.Task();
        _coding = Fixtures.Coding();
        _escaping = Fixtures.TaskWithMetacharacters();
        var task = _task.ToMarkdown();
        _taskFloor = new Floor(task);
        _codingFloor = new Floor(_coding.ToMarkdown());
        _escapingFloor = new Floor(_escaping.ToMarkdown());
        _buffer = Buffers.Create();
        _handlebars = HandlebarsTaskReport.Compile();
        _fluid = FluidTaskReport.Parse();

        // Every alternative must produce exactly the generated text.
        Fixtures.AssertSame("StringBuilder", task, HandWrittenTaskReport.Render(_task));
        Fixtures.AssertSame("Handlebars.Net", task, _handlebars(_task));
        Fixtures.AssertSame("Fluid", task, FluidTaskReport.Render(_fluid, _task));
        Fixtures.AssertSame("Reflection", task, ReflectionRenderer.Render(_task));
        _buffer.Clear();
        _task.WriteMarkdown(_buffer);
        Fixtures.AssertSame("WriteMarkdown", task, new string(_buffer.WrittenSpan));
        if (_escaping.ToMarkdown() == task || !_escaping.ToMarkdown().Contains("\\*bold\\*", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the escaping variant does not exercise escaping");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("TaskReport")]
    public string Task_Floor() => _taskFloor.Render();

    [Benchmark, BenchmarkCategory("TaskReport")]
    public string Task_FloorChecked() => _taskFloor.RenderChecked();

    [Benchmark, BenchmarkCategory("TaskReport")]
    public string Task_ToMarkdown() => _task.ToMarkdown();

    [Benchmark, BenchmarkCategory("TaskReport")]
    public int Task_WriteMarkdown_ReusedBuffer()
    {
        _buffer.Clear();
        _task.WriteMarkdown(_buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark, BenchmarkCategory("TaskReport")]
    public string Task_StringBuilder() => HandWrittenTaskReport.Render(_task);

    [Benchmark, BenchmarkCategory("TaskReport")]
    public string Task_HandlebarsNet() => _handlebars(_task);

    [Benchmark, BenchmarkCategory("TaskReport")]
    public string Task_Fluid() => FluidTaskReport.Render(_fluid, _task);

    [Benchmark, BenchmarkCategory("TaskReport")]
    public string Task_Reflection() => ReflectionRenderer.Render(_task);

    [Benchmark(Baseline = true), BenchmarkCategory("CodingImplementationReport")]
    public string Coding_Floor() => _codingFloor.Render();

    [Benchmark, BenchmarkCategory("CodingImplementationReport")]
    public string Coding_FloorChecked() => _codingFloor.RenderChecked();

    [Benchmark, BenchmarkCategory("CodingImplementationReport")]
    public string Coding_ToMarkdown() => _coding.ToMarkdown();

    [Benchmark, BenchmarkCategory("CodingImplementationReport")]
    public int Coding_WriteMarkdown_ReusedBuffer()
    {
        _buffer.Clear();
        _coding.WriteMarkdown(_buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("TaskReport, metacharacters")]
    public string Escaping_Floor() => _escapingFloor.Render();

    [Benchmark, BenchmarkCategory("TaskReport, metacharacters")]
    public string Escaping_FloorChecked() => _escapingFloor.RenderChecked();

    [Benchmark, BenchmarkCategory("TaskReport, metacharacters")]
    public string Escaping_ToMarkdown() => _escaping.ToMarkdown();

    [Benchmark, BenchmarkCategory("TaskReport, metacharacters")]
    public int Escaping_WriteMarkdown_ReusedBuffer()
    {
        _buffer.Clear();
        _escaping.WriteMarkdown(_buffer);
        return _buffer.WrittenCount;
    }

    /// <summary>Lengths and floor segment counts, for the README.</summary>
    public string Describe() =>
        $"TaskReport {_task.ToMarkdown().Length} chars / {Segments(_taskFloor)}; " +
        $"CodingImplementationReport {_coding.ToMarkdown().Length} chars / {Segments(_codingFloor)}; " +
        $"metacharacter TaskReport {_escaping.ToMarkdown().Length} chars / {Segments(_escapingFloor)}";

    private static string Segments(Floor floor)
    {
        floor.RenderChecked();
        return $"{floor.SegmentCount} floor segments ({floor.ValueSegmentCount} values, {floor.Flagged} flagged by the check)";
    }
}

/// <summary>
/// Table 2: the generated readers against Markdig's parse of the same text with the same block parsers and no inline
/// parsers (the floor: <c>Markdown.Parse</c>, block pass and inline pass), and against the block pass alone, which is
/// all the reader asks of Markdig (its pipeline, <see cref="Reading.ReportReader.MarkdownPipeline"/>, skips the inline pass).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class Parsing
{
    internal static readonly Markdig.MarkdownPipeline SameBlockParsers = BlockParsersOnly();

    private string _task = null!;
    private string _coding = null!;

    [GlobalSetup]
    public void Setup()
    {
        _task = Fixtures.Task().ToMarkdown();
        _coding = Fixtures.Coding().ToMarkdown();
        if (TaskReport.Parse(_task) != Fixtures.Task() || CodingImplementationReport.Parse(_coding) != Fixtures.Coding())
        {
            throw new InvalidOperationException("the samples do not read back equal");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("TaskReport")]
    public object Task_MarkdigParse() => Markdig.Markdown.Parse(_task, SameBlockParsers);

    [Benchmark, BenchmarkCategory("TaskReport")]
    public object Task_MarkdigBlockPass() => Markdig.Markdown.Parse(_task, Reading.ReportReader.MarkdownPipeline);

    [Benchmark, BenchmarkCategory("TaskReport")]
    public TaskReport Task_Parse() => TaskReport.Parse(_task);

    [Benchmark(Baseline = true), BenchmarkCategory("CodingImplementationReport")]
    public object Coding_MarkdigParse() => Markdig.Markdown.Parse(_coding, SameBlockParsers);

    [Benchmark, BenchmarkCategory("CodingImplementationReport")]
    public object Coding_MarkdigBlockPass() => Markdig.Markdown.Parse(_coding, Reading.ReportReader.MarkdownPipeline);

    [Benchmark, BenchmarkCategory("CodingImplementationReport")]
    public CodingImplementationReport Coding_Parse() => CodingImplementationReport.Parse(_coding);

    /// <summary>Markdig's default block parsers, as the reader's pipeline has them, and no inline parsers.</summary>
    private static Markdig.MarkdownPipeline BlockParsersOnly()
    {
        var builder = new Markdig.MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();
        return builder.Build();
    }
}

/// <summary>Table 3: CheckCompleteness() on the complete samples.</summary>
[MemoryDiagnoser]
public class Completeness
{
    private TaskReport _task = null!;
    private CodingImplementationReport _coding = null!;

    [GlobalSetup]
    public void Setup()
    {
        _task = Fixtures.Task();
        _coding = Fixtures.Coding();
        if (!_task.CheckCompleteness().IsComplete || !_coding.CheckCompleteness().IsComplete)
        {
            throw new InvalidOperationException("the samples are not complete");
        }
    }

    [Benchmark(Baseline = true)]
    public bool Task_CheckCompleteness() => _task.CheckCompleteness().IsComplete;

    [Benchmark]
    public bool Coding_CheckCompleteness() => _coding.CheckCompleteness().IsComplete;
}

/// <summary>Table 4: render and parse time as the field text grows (the Task Report's Test Environment list).</summary>
[MemoryDiagnoser]
public class Scaling
{
    private TaskReport _report = null!;
    private string _text = null!;
    private ArrayBufferWriter<char> _buffer = null!;

    /// <summary>Characters of list text added to the sample.</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000, 10_000_000)]
    public int FieldText { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _report = Fixtures.TaskOfSize(FieldText);
        _text = _report.ToMarkdown();
        _buffer = new ArrayBufferWriter<char>(_text.Length + 1024);
        if (TaskReport.Parse(_text) != _report)
        {
            throw new InvalidOperationException("the scaled report does not read back equal");
        }
    }

    [Benchmark(Baseline = true)]
    public string Render_ToMarkdown() => _report.ToMarkdown();

    [Benchmark]
    public int Render_WriteMarkdown_ReusedBuffer()
    {
        _buffer.Clear();
        _report.WriteMarkdown(_buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public object Parse_Markdig() => Markdig.Markdown.Parse(_text, Parsing.SameBlockParsers);

    [Benchmark]
    public TaskReport Parse_Generated() => TaskReport.Parse(_text);
}
