using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>
/// A real <c>dotnet build</c> of a small project that references the runtime and the generator as an analyzer, as
/// users do: the diagnostics reach the build output, and the generator still generates for the valid report.
/// One build, about half a minute; filter it out with <c>--filter Category!=EndToEnd</c>.
/// </summary>
public sealed class EndToEndBuildTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
            <EnableNETAnalyzers>false</EnableNETAnalyzers>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{ROOT}/src/Reports/Reports.csproj" />
            <ProjectReference Include="{ROOT}/src/Reports.Generators/Reports.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
          </ItemGroup>
        </Project>
        """;

    private const string Code = """
        using Reports;

        namespace EndToEnd;

        [Report("Status")]
        public record NotPartial
        {
            [Field("Owner")] public string? Owner { get; init; }
        }

        [Report("Task {TaskId}")]
        public partial record TaskNote
        {
            [Field("Task ID"), Placeholder("TASK-XXX")] public string? TaskId { get; init; }
        }

        public static class Use
        {
            public static string Write() => new TaskNote { TaskId = "TASK-XXX" }.ToMarkdown();
        }
        """;

    [Fact]
    [Trait("Category", "EndToEnd")]
    public async Task Dotnet_build_reports_the_analyzers_diagnostics_and_runs_the_generator()
    {
        var directory = Directory.CreateTempSubdirectory("reports-e2e-");
        try
        {
            var root = SampleDefinitionsTests.RepositoryRoot().Replace('\\', '/');
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "EndToEnd.csproj"), Project.Replace("{ROOT}", root));
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "Reports.cs"), Code);

            var (exitCode, output) = await BuildAsync(directory.FullName);

            Assert.True(exitCode != 0, "RPT0001 is an error, so the build must fail:\n" + output);
            Assert.Contains("error RPT0001: Report type 'NotPartial' must be declared partial so that the generated Markdown members can be added; add the 'partial' modifier", output);
            Assert.Contains("warning RPT0102: \"TASK-XXX\" is placeholder text, not a value for 'TaskNote.TaskId' (Task ID)", output);

            // ToMarkdown() exists: the generator ran and generated the valid report, reporting nothing itself.
            Assert.DoesNotContain("CS1061", output);
            Assert.DoesNotContain("error CS", output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> BuildAsync(string directory)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "--nologo", "--disable-build-servers", "-v:minimal", "-clp:NoSummary", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's and VSTest's variables; the inner build must not inherit them.
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(5))) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build did not finish in 5 minutes:\n" + await stdout);
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
