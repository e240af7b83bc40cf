using System.Linq;

namespace Reports.Generators.Tests;

/// <summary>The sample's two seed reports: their generated code, and their blank templates against the seeds.</summary>
public sealed class SampleReportTests
{
    [Theory]
    [InlineData("TaskReport", "task-report.template.md")]
    [InlineData("CodingImplementationReport", "coding-implementation-report.template.md")]
    public void Sample_report_generates_the_verified_code_and_renders_its_seed_template(string report, string seed)
    {
        // The reports share types (Roles), so the sample's report files compile together, as in the sample project.
        var sources = RepositoryFiles.SampleReportFiles()
            .Select(file => RepositoryFiles.WithBlockNamespace(RepositoryFiles.SampleReportSource(file)))
            .ToArray();

        var run = GeneratorHarness.Run(sources);

        var hintName = "AgentReports." + report + ".g.cs";
        var generated = Assert.Single(run.Sources, s => s.HintName == hintName);
        Snapshot.Match(generated.Text, "cs", hintName[..^3], report);
        using var assembly = run.Load();
        TextAssert.Equal(RepositoryFiles.Seed(seed).TrimEnd('\n') + "\n", assembly.RenderTemplate("AgentReports." + report));
    }
}
