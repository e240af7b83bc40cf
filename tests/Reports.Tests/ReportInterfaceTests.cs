using System.Collections.Generic;
using AgentReports;
using Reports.Tests.Models;
using Xunit;

namespace Reports.Tests;

/// <summary>On net8.0+ every report type implements <see cref="IReport{TSelf}"/>, so generic code works with any of them.</summary>
public sealed class ReportInterfaceTests
{
    [Fact]
    public void Generic_code_reaches_the_static_and_instance_members()
    {
        Assert.Equal(TaskReport.RenderTemplate(), TemplateOf<TaskReport>());
        Assert.Equal(SectionsReport.ReportRoles, RolesOf<SectionsReport>());
        Assert.True(Check(SampleReports.TaskReport()).IsComplete);
        Assert.False(Check(new FieldsReport()).IsComplete);
        Assert.Equal(SampleReports.CodingImplementationReport().ToMarkdown(), Markdown(SampleReports.CodingImplementationReport()));
    }

    private static string TemplateOf<T>()
        where T : IReport<T> => T.RenderTemplate();

    private static IReadOnlyList<string> RolesOf<T>()
        where T : IReport<T> => T.ReportRoles;

    private static CompletenessResult Check<T>(T report)
        where T : IReport<T> => report.CheckCompleteness();

    private static string Markdown<T>(T report)
        where T : IReport<T> => report.ToMarkdown();
}
