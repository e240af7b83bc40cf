using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Reports.Generators.Analyzers;
using Xunit;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>The sample reports (both seed templates, realistic filled values) are clean for every analyzer.</summary>
public sealed class SampleDefinitionsTests
{
    private static readonly string[] Sources = SampleSources();

    [Fact]
    public Task Sample_report_definitions_have_no_definition_diagnostics() =>
        Verify.AnalyzerAsync<ReportDefinitionAnalyzer>(Sources);

    [Fact]
    public Task Sample_filled_reports_have_no_construction_diagnostics() =>
        Verify.AnalyzerAsync<ReportConstructionAnalyzer>(Sources);

    [Fact]
    public void The_samples_were_found() =>
        Assert.True(Sources.Length >= 3 && Sources.Any(s => s.Contains("new TaskOverview", StringComparison.Ordinal)));

    internal static string[] SampleSources()
    {
        var samples = Path.Combine(RepositoryRoot(), "samples", "AgentReports");
        return Directory.GetFiles(Path.Combine(samples, "Reports"), "*.cs")
            .Append(Path.Combine(samples, "SampleReports.cs"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
    }

    /// <summary>The folder that holds Reports.Generators.sln, found from the test assembly's folder.</summary>
    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Reports.Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Reports.Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
