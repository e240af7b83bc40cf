using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Reports.Tests.Support;

/// <summary>
/// GitHub's <c>cmark-gfm</c>, run as a process (<c>CMARK_GFM</c> names the binary, else it is looked up on PATH).
/// Without it the tests that need it are skipped with the reason, except under CI (<c>CI=true</c>), where a
/// missing cmark-gfm fails them.
/// </summary>
internal static class CmarkGfm
{
    public const string Arguments = "-e table -e tasklist -e strikethrough -e autolink -t xml";

    public static string? Path { get; } = Locate();

    public static bool UnderCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the tests are skipped, or null when they run (cmark-gfm is there, or this is CI).</summary>
    public static string? SkipReason =>
        Path is not null || UnderCi
            ? null
            : "cmark-gfm was not found (install it: apt-get install -y cmark-gfm, or set CMARK_GFM to the binary); under CI (CI=true) this is a failure, not a skip.";

    /// <summary>Renders <paramref name="markdown"/> as cmark's XML syntax tree.</summary>
    public static string ToXml(string markdown)
    {
        if (Path is null)
        {
            Assert.Fail("cmark-gfm is required (CI=true) but was not found on PATH or in CMARK_GFM; install it with: apt-get install -y cmark-gfm");
        }

        var start = new ProcessStartInfo(Path!, Arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(markdown);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"cmark-gfm exited with {process.ExitCode}: {error.Result}");
        }

        return output.Result;
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("CMARK_GFM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => System.IO.Path.Combine(directory, OperatingSystem.IsWindows() ? "cmark-gfm.exe" : "cmark-gfm"))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs cmark-gfm: skipped with the reason when it is missing, except under CI.</summary>
public sealed class CmarkGfmFactAttribute : FactAttribute
{
    public CmarkGfmFactAttribute()
    {
        if (CmarkGfm.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs cmark-gfm: skipped with the reason when it is missing, except under CI.</summary>
public sealed class CmarkGfmTheoryAttribute : TheoryAttribute
{
    public CmarkGfmTheoryAttribute()
    {
        if (CmarkGfm.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
