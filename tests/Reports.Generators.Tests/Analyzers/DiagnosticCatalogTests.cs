using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Reports.Generators.Analyzers;
using Xunit;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>Every descriptor has a stable ID, a help page, a release entry and an analyzer that reports it.</summary>
public sealed class DiagnosticCatalogTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_has_its_help_page_release_entry_and_analyzer(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var root = SampleDefinitionsTests.RepositoryRoot();

        Assert.Equal("https://github.com/reports-dotnet/reports/blob/main/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith("# " + id + ": " + descriptor.Title + "\n", page, StringComparison.Ordinal);
        Assert.Contains("**Severity**: " + descriptor.DefaultSeverity + " · **Category**: " + descriptor.Category, page, StringComparison.Ordinal);
        Assert.Contains("## Bad", page, StringComparison.Ordinal);
        Assert.Contains("## Good", page, StringComparison.Ordinal);

        var index = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "README.md"));
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity} | {descriptor.Category} | {descriptor.Title} |", index, StringComparison.Ordinal);

        var releases = File.ReadAllText(Path.Combine(root, "src", "Reports.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", releases, StringComparison.Ordinal);

        var analyzers = new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new ReportDefinitionAnalyzer(), new ReportConstructionAnalyzer() };
        Assert.Single(analyzers, a => a.SupportedDiagnostics.Any(d => d.Id == id));
    }

    [Fact]
    public void Ids_are_unique_and_follow_the_scheme()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(Descriptors(), d => Assert.Matches(d.Category == DiagnosticDescriptors.Definition ? "^RPT00[0-9]{2}$" : "^RPT01[0-9]{2}$", d.Id));
    }

    private static DiagnosticDescriptor[] Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToArray();
}
