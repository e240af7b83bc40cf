using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Reports.Generators.Tests.Infrastructure;

/// <summary>Snapshots of generated files, named like Verify.SourceGenerators: <c>&lt;Class&gt;.&lt;Test&gt;#&lt;hint name&gt;.verified.cs</c>.</summary>
internal static class GeneratedCode
{
    /// <summary>Compares every file of <paramref name="run"/> with its verified snapshot, and fails on a verified file the run no longer writes.</summary>
    public static void Match(GeneratorRun run, string? parameters = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        Assert.NotEmpty(run.Sources);
        var names = new List<string>();
        foreach (var (hintName, text) in run.Sources)
        {
            var name = hintName.EndsWith(".cs", System.StringComparison.Ordinal) ? hintName[..^3] : hintName;
            names.Add(name);
            Snapshot.Match(text, "cs", name, parameters, sourceFile, testName);
        }

        Snapshot.NoOtherNames(names, "cs", parameters, sourceFile, testName);
    }
}
