using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Reports.Generators.Model;

namespace Reports.Generators.Tests;

/// <summary>
/// The model compares by value, so the generator regenerates a file only when the report it describes changed.
/// (Every harness run also checks that re-running over an unchanged compilation is fully cached.)
/// </summary>
public sealed class IncrementalityTests
{
    private const string Report = """
        using Reports;

        namespace Demo
        {
            [Report("Status: {Name}")]
            public partial record StatusReport
            {
                [TitleValue, Placeholder("[Name]")]
                public string? Name { get; init; }

                [Field("Owner", Layout = FieldLayout.Line), Placeholder("[Owner]")]
                public string? Owner { get; init; }

                [List("Steps", Numbered = true)]
                public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
            }
        }
        """;

    // The same report: other formatting, comments, qualified attribute names, attributes in another order,
    // a default option spelled out, and a member that is not part of the report.
    private const string EquivalentReport = """
        namespace Demo
        {
            /// <summary>Status of a task.</summary>
            [Reports.ReportAttribute("Status: {Name}")] public partial record StatusReport
            {
                [Reports.Placeholder("[Name]")] [Reports.TitleValue] public string? Name { get; init; }

                // Who owns the task.
                [Reports.Placeholder("[Owner]"), Reports.Field("Owner", Layout = Reports.FieldLayout.Line, Optional = false)]
                public string? Owner { get; init; }

                [Reports.List("Steps", TemplateItems = 1, Numbered = true)]
                public Reports.ReportList<string> Steps { get; init; } = Reports.ReportList<string>.Empty;

                public int StepCount => Steps.Count;
            }
        }
        """;

    [Fact]
    public void Equivalent_sources_give_equal_models_and_the_same_code()
    {
        var (model, code) = ModelAndCode(Report);
        var (equivalentModel, equivalentCode) = ModelAndCode(EquivalentReport);

        Assert.NotSame(model, equivalentModel);
        Assert.Equal(model, equivalentModel);
        Assert.Equal(model.GetHashCode(), equivalentModel.GetHashCode());
        Assert.Equal(code, equivalentCode);

        // The comparison sees real differences.
        var (renamed, _) = ModelAndCode(Report.Replace("\"Owner\"", "\"Maintainer\""));
        Assert.NotEqual(model, renamed);
    }

    [Theory]
    [InlineData("a comment", "[Report(", "// Reviewed by the release team.\n    [Report(")]
    [InlineData("blank lines", "public string? Owner", "\n\n        public string? Owner")]
    [InlineData("a member that is not part of the report", "[TitleValue", "public int Version => 2;\n\n        [TitleValue")]
    public void An_edit_that_leaves_the_model_unchanged_does_not_regenerate(string edit, string find, string replacement)
    {
        var edited = Report.Replace(find, replacement);
        Assert.NotEqual(Report, edited);

        var result = RunAfterEdit(Report, edited);

        // The report's file changed: either the change is one no model can see (a comment, blank lines), so the model
        // was kept, or it was rebuilt and found equal to the previous one. Either way nothing downstream ran.
        Assert.All(Outputs(result, TrackingNames.ReportModels),
            reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{edit}: ReportModels was {reason}"));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void An_edit_that_changes_the_report_regenerates_its_file()
    {
        var result = RunAfterEdit(Report, Report.Replace("\"Owner\"", "\"Maintainer\""));

        Assert.All(Outputs(result, TrackingNames.ReportModels), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
        Assert.Contains("**Maintainer**", Assert.Single(result.GeneratedSources, g => g.HintName == "Demo.StatusReport.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }

    private static (ReportModel Model, string Code) ModelAndCode(string source)
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, source);
        var result = GeneratorHarness.CreateDriver(LanguageVersion.Latest).RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.True(result.TrackedSteps.ContainsKey(TrackingNames.ReportModels), "tracked: " + string.Join(", ", result.TrackedSteps.Keys) + " / exception: " + result.Exception);
        var model = (ReportModel)Assert.Single(result.TrackedSteps[TrackingNames.ReportModels].SelectMany(s => s.Outputs)).Value;
        return (model, Assert.Single(result.GeneratedSources, g => g.HintName == "Demo.StatusReport.g.cs").SourceText.ToString());
    }

    private static GeneratorRunResult RunAfterEdit(string source, string edited)
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, source);
        var driver = GeneratorHarness.CreateDriver(LanguageVersion.Latest).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var editedTree = CSharpSyntaxTree.ParseText(edited, (CSharpParseOptions)tree.Options, tree.FilePath);
        return driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, editedTree)).GetRunResult().Results.Single();
    }

    private static IncrementalStepRunReason[] Outputs(GeneratorRunResult result, string step)
    {
        var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.NotEmpty(reasons);
        return reasons;
    }
}
