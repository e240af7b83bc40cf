using System;
using System.IO;
using AgentReports;
using Xunit;

namespace Reports.Tests;

/// <summary>The generated blank templates are the seed files our users brought, byte for byte.</summary>
public sealed class TemplateFidelityTests
{
    [Theory]
    [InlineData("task-report")]
    [InlineData("coding-implementation-report")]
    public void Rendered_template_equals_the_seed_file(string name)
    {
        var template = name switch
        {
            "task-report" => TaskReport.RenderTemplate(),
            _ => CodingImplementationReport.RenderTemplate(),
        };

        var seed = File.ReadAllText(SeedPath(name + ".template.md"));

        // A single trailing newline is the only difference allowed.
        Assert.Equal(seed.TrimEnd('\n') + "\n", template);
    }

    internal static string SeedPath(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "..", "shared", "seeds", fileName);
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new FileNotFoundException($"Seed '{fileName}' not found in a ../shared/seeds folder above {AppContext.BaseDirectory}.");
    }
}
