using System.IO;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>The sample's multi-agent pipeline: drafts passed from stage to stage, checked per role, built at the end.</summary>
public sealed class PipelineTests
{
    [Fact]
    public void The_pipeline_ends_with_a_complete_report_and_shows_the_rejection_to_the_developer()
    {
        var output = new StringWriter();

        var report = Pipeline.Run(output);

        Assert.True(report.CheckCompleteness().IsComplete);
        Assert.Single(report.Revisions);
        Assert.Equal(ReviewStatus.Approved, report.Review!.Status);
        var text = output.ToString();
        Assert.Contains("2. Code Reviewer Agent rejects the implementation", text);
        Assert.Contains("      Revision 1 is missing: add the section (required when Code Review › Status is REJECTED).", text);
        Assert.EndsWith("  = whole report: Complete: 84 of 84 required values filled.\n\n", text.Replace("\r\n", "\n"));
    }
}
