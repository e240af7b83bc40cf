using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace Reports.PackageTests;

/// <summary>Packs the library once into a temporary feed shared by the package tests.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "reports-package-tests-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);

        // A version no earlier run used, so the global packages folder cannot serve a stale copy.
        Version = "0.1.0-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;
        var result = Run("dotnet", $"pack \"{Path.Combine(RepositoryRoot, "src", "Reports", "Reports.csproj")}\" -c Release -o \"{Feed}\" -p:Version={Version}", RepositoryRoot);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + result.Output);
        }

        PackagePath = Path.Combine(Feed, "Reports." + Version + ".nupkg");
    }

    public string RepositoryRoot { get; }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leave the folder to the OS's temp cleanup.
        }
    }

    /// <summary>Runs a command with a time limit and returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string fileName, string arguments, string workingDirectory, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(8).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {arguments}' did not finish in 8 minutes:\n{output}");
        }

        process.WaitForExit();
        Thread.Sleep(10);
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Reports.Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Reports.Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
