// The seeds hold placeholder text by design: these tests compare parsed values with it.
#pragma warning disable RPT0102

using System;
using System.IO;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// The blank seed templates (the files our users brought, not only our rendering of them) read back: text values
/// are their placeholders, typed values (dates, numbers, enums, yes/no) are null, and a section under its template
/// guidance, left as the template, is not set.
/// </summary>
public sealed class SeedTemplateParseTests
{
    private static string Seed(string name) => File.ReadAllText(TemplateFidelityTests.SeedPath(name + ".template.md"));

    [Fact]
    public void The_task_report_seed_reads_as_placeholders()
    {
        var report = TaskReport.Parse(Seed("task-report"));

        Assert.Equal("[Task Name]", report.TaskName);
        Assert.Equal(new TaskOverview { TaskId = "TASK-XXX", AssignedTo = "Backend Developer Agent", Epic = "[Epic Name]", Spec = "[Link to spec file]", TaskFile = "[Link to task file]" }, report.Overview);

        var implementation = report.Implementation!;
        Assert.Null(implementation.ImplementationDate);
        Assert.Equal("[Approximate time spent]", implementation.ImplementationTime);
        Assert.Equal([new FileChange("src/[path]/[filename]", "[Purpose]")], implementation.Files!.Created);
        Assert.Equal([new FileChange("src/[path]/[filename]", "[What was changed]")], implementation.Files.Modified);
        Assert.Equal(["[None or list]"], implementation.Files.Deleted);
        Assert.Equal([new Decision { Name = "[Decision Name]", Context = "[Why decision was needed]", Choice = "[What was decided]", Reasoning = "[Why this approach]" }], implementation.Decisions);
        Assert.Equal("[Narrative description of what was implemented, how it works, and how it meets the requirements]", implementation.Summary!.Narrative);
        Assert.Equal([new Component("[Component Name]", "[Description of implementation]"), new Component("[Component Name]", "[Description of implementation]")], implementation.Summary.Components);
        Assert.Equal([new ApiEndpoint("[METHOD]", "[PATH]", "[Description]")], implementation.Summary.ApiEndpoints);
        Assert.Equal(["[Description of database changes]"], implementation.Summary.DatabaseChanges);
        Assert.Equal(["[Description of integration implementation]"], implementation.Summary.ExternalIntegrations);
        Assert.Equal([new Deviation { OriginalPlan = "[What spec said]", ActualImplementation = "[What was actually done]", Reason = "[Why deviation was necessary]", Impact = "[Effect on functionality]", ArchitectApproval = "[Reference if required approval]" }], implementation.Deviations);
        Assert.Equal(new CodeQualityNotes { CodeStyle = "[Follows project standards / Notes]", Documentation = "[Inline comments added for complex logic]", ErrorHandling = "[Comprehensive / Notes]", Validation = "[Input validation implemented as per spec]" }, implementation.Quality);

        var selfTest = implementation.SelfTest!;
        Assert.Null(selfTest.TestDate);
        Assert.Equal(["[Environment details]"], selfTest.Environment);
        Assert.Equal(
            [
                new TestCase { Name = "Happy Path", Action = "[What was tested]", Result = null, Notes = "[Any relevant notes]" },
                new TestCase { Name = "[Error Case]", Action = "[What was tested]", Result = null, Notes = "[Any relevant notes]" },
            ],
            selfTest.Tests);
        Assert.Null(selfTest.Overall);
        Assert.Equal("[None / List of issues and how addressed]", selfTest.IssuesFound);
        Assert.Equal("[Document any known limitations of current implementation]", implementation.KnownLimitations);

        // The sections under guidance ("[Code Reviewer Agent fills this section]") are as the writer writes a section
        // that is not set yet: they read as not set, so a draft written and read again is the same draft (and the
        // single option of Observability Status or Deployment Status is not taken for an answer).
        Assert.Null(report.Review);
        Assert.Empty(report.Revisions);
        Assert.Null(report.Testing);
        Assert.Null(report.Security);
        Assert.Null(report.Observability);
        Assert.Null(report.Deployment);
        Assert.Equal(new FinalStatus { Status = null, CompletionDate = null, NextTask = "TASK-XXX" }, report.Final);
    }

    [Fact]
    public void The_coding_implementation_report_seed_reads_as_placeholders()
    {
        var report = CodingImplementationReport.Parse(Seed("coding-implementation-report"));

        Assert.Null(report.Date);
        Assert.Equal("[Feature/Module/Service/Integration/Refactor]", report.ImplementationType);
        Assert.Null(report.Status);
        Assert.Equal("AI Coding Agent", report.Developer);
        Assert.Equal(new ImplementationOverview { Objective = "[Purpose of this implementation]", Scope = "[Components/features being developed]", TechnologyStack = "[Languages/frameworks/libraries used]", ComplexityScore = null }, report.Overview);
        Assert.Equal(
            [
                new KeyComponent { Name = "[Component A]", Purpose = "[Purpose]", Dependencies = "[Dependencies]", Notes = "[Implementation notes]" },
                new KeyComponent { Name = "[Component B]", Purpose = "[Purpose]", Dependencies = "[Dependencies]", Notes = "[Implementation notes]" },
                new KeyComponent { Name = "[Component C]", Purpose = "[Purpose]", Dependencies = "[Dependencies]", Notes = "[Implementation notes]" },
            ],
            report.Architecture!.Components);
        Assert.Equal(new CoverageSummary(null, "[unit/integration/e2e breakdown]"), report.QualityMetrics!.Statistics!.TestCoverage);
        Assert.Equal(new QualityIndicators(), report.QualityMetrics.Indicators);
        Assert.Equal(new CoverageAnalysis { Unit = new CoverageLine(null, null), Integration = new CoverageLine(null, null), EndToEnd = new CoverageLine(null, null) }, report.Testing!.Coverage);
        Assert.Equal(["[List any areas not fully tested]", "[Reasons for gaps and mitigation strategies]"], report.Testing.Gaps);
        Assert.Equal("[Detailed description of what was implemented]", report.Details!.Functionality);
        Assert.Equal(new CodeBlock("[language]", "// Example of how to use the implemented feature\n[Code example]"), report.Details.UsageExample);
        Assert.Equal(new CodeBlock("[format]", "# Required configuration\n[Configuration example]"), report.Details.Configuration);
        Assert.Equal([new NamedNote("[Limitation 1]", "[Description and impact]"), new NamedNote("[Limitation 2]", "[Description and impact]")], report.KnownIssues!.Limitations);
        Assert.Equal(new CodeDocumentation(), report.Documentation!.Code);
        Assert.Equal(new QualityChecklist(), report.Checklist);
        Assert.Equal([new NamedNote("[Action 1]", "[Description and owner]"), new NamedNote("[Action 2]", "[Description and owner]")], report.NextSteps!.Actions);
        Assert.Equal("[Date and Time]", report.ReportGenerated);
        Assert.Null(report.NextReviewDate);
        Assert.Equal("[Links to related agent reports]", report.RelatedReports);
    }

    [Theory]
    [InlineData("task-report")]
    [InlineData("coding-implementation-report")]
    public void The_seed_reads_the_same_as_the_rendered_template(string name)
    {
        object seed = name == "task-report" ? TaskReport.Parse(Seed(name)) : CodingImplementationReport.Parse(Seed(name));
        object rendered = name == "task-report" ? TaskReport.Parse(TaskReport.RenderTemplate()) : CodingImplementationReport.Parse(CodingImplementationReport.RenderTemplate());
        Assert.Equal(rendered, seed);
    }

    public static TheoryData<string> ReportTypes() => new(Support.FullReports.Kinds.Keys);

    /// <summary>The blank template of every test type reads back too, and reads as its own rendering.</summary>
    [Theory]
    [MemberData(nameof(ReportTypes))]
    public void Every_blank_template_reads_back(string type)
    {
        var kind = Support.FullReports.Kinds[type];
        var (ok, report, errors) = kind.Parse(kind.Template);
        Assert.True(ok, string.Join("\n", errors) + "\n--- template ---\n" + kind.Template);
        Assert.NotNull(report);
    }

    [Fact]
    public void A_seed_with_windows_line_endings_reads_the_same()
    {
        var seed = Seed("task-report");
        Assert.Equal(TaskReport.Parse(seed), TaskReport.Parse(seed.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }
}
