using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Reports.Generators.Tests.Infrastructure;

/// <summary>Files of the repository the tests read: the sample's report sources and the seed templates beside the repository.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root (the folder of Reports.Generators.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The text of <c>samples/AgentReports/Reports/<paramref name="fileName"/></c>.</summary>
    public static string SampleReportSource(string fileName) =>
        File.ReadAllText(Path.Combine(Root, "samples", "AgentReports", "Reports", fileName));

    /// <summary>The names of the sample's report source files.</summary>
    public static string[] SampleReportFiles() =>
        Directory.GetFiles(Path.Combine(Root, "samples", "AgentReports", "Reports"), "*.cs").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    /// <summary>The seed template <paramref name="fileName"/> from <c>../shared/seeds</c>.</summary>
    public static string Seed(string fileName) =>
        File.ReadAllText(Path.Combine(Root, "..", "shared", "seeds", fileName));

    /// <summary>
    /// Rewrites a file-scoped namespace (C# 10) as a block namespace, so that C# 9 compiles the sample's reports:
    /// the generated code must compile in C# 9, and the sample's sources use no other newer feature.
    /// </summary>
    public static string WithBlockNamespace(string source)
    {
        var match = Regex.Match(source, @"^namespace ([\w.]+);[ \t]*\r?$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return source;
        }

        return source.Substring(0, match.Index) + "namespace " + match.Groups[1].Value + "\n{"
            + source.Substring(match.Index + match.Length) + "\n}\n";
    }

    private static string FindRoot()
    {
        var start = typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value ?? AppContext.BaseDirectory;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Reports.Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Reports.Generators.sln not found above {start}.");
    }
}
