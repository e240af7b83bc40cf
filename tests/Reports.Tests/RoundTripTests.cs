using System.Linq;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>Parse(r.ToMarkdown()) == r for the sample reports, and the blank templates read back.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void Task_report_reads_back_equal()
    {
        var report = SampleReports.TaskReport();
        var markdown = report.ToMarkdown();
        var ok = TaskReport.TryParse(markdown, out var parsed, out var errors);
        Assert.True(ok, string.Join("\n", errors.Select(e => e.ToString())));
        Assert.Equal(markdown, parsed!.ToMarkdown());
        Assert.Equal(report, parsed);
    }

    [Fact]
    public void Coding_implementation_report_reads_back_equal()
    {
        var report = SampleReports.CodingImplementationReport();
        var ok = CodingImplementationReport.TryParse(report.ToMarkdown(), out var parsed, out var errors);
        Assert.True(ok, string.Join("\n", errors.Select(e => e.ToString())));
        Assert.Equal(report, parsed);
    }

    [Fact]
    public void Blank_task_report_template_reads_back_with_placeholders()
    {
        var ok = TaskReport.TryParse(TaskReport.RenderTemplate(), out var parsed, out var errors);
        Assert.True(ok, string.Join("\n", errors.Select(e => e.ToString())));
        Assert.Equal("[Task Name]", parsed!.TaskName);
        Assert.Equal("TASK-XXX", parsed.Overview!.TaskId);
        Assert.Null(parsed.Review);
        Assert.Equal(2, parsed.Implementation!.SelfTest!.Tests.Count);
        Assert.Equal("[Error Case]", parsed.Implementation.SelfTest.Tests[1].Name);
    }

    [Fact]
    public void Blank_coding_report_template_reads_back()
    {
        var ok = CodingImplementationReport.TryParse(CodingImplementationReport.RenderTemplate(), out var parsed, out var errors);
        Assert.True(ok, string.Join("\n", errors.Select(e => e.ToString())));
        Assert.Null(parsed!.Status);
    }
}
