using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.Renderer;
using Xunit.Sdk;

namespace Reports.Testing;

/// <summary>
/// Golden files with Verify's naming: <c>Snapshots/&lt;TestClass&gt;.&lt;TestName&gt;[_parameters][#name].verified.&lt;ext&gt;</c>
/// in the test project's source tree. On a mismatch the actual text is written beside it as
/// <c>*.received.&lt;ext&gt;</c> and the test fails with a unified diff; with
/// <c>REPORTS_ACCEPT_SNAPSHOTS=1</c> the verified file is overwritten instead.
/// </summary>
/// <remarks>Shared by the test projects as a linked file.</remarks>
internal static class Snapshot
{
    /// <summary>Set to 1 to accept the received text as the new verified text.</summary>
    public const string AcceptVariable = "REPORTS_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Compares <paramref name="actual"/> with the verified file of the calling test.</summary>
    /// <param name="actual">The text the test produced.</param>
    /// <param name="extension">The file extension without its dot (<c>cs</c>, <c>md</c>).</param>
    /// <param name="name">A name within the test (Verify's <c>#name</c>), such as a generated file's hint name.</param>
    /// <param name="parameters">The theory parameters, appended as <c>_parameters</c>.</param>
    /// <param name="sourceFile">Filled by the compiler: the test's source file, whose name is the test class.</param>
    /// <param name="testName">Filled by the compiler: the test method.</param>
    public static void Match(
        string actual,
        string extension,
        string? name = null,
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testName = "")
    {
        var fileName = Path.GetFileNameWithoutExtension(sourceFile) + "." + testName
            + (parameters is null ? string.Empty : "_" + parameters)
            + (name is null ? string.Empty : "#" + name);
        var directory = Path.Combine(ProjectDirectory(sourceFile), "Snapshots");
        var verified = Path.Combine(directory, fileName + ".verified." + extension);
        var received = Path.Combine(directory, fileName + ".received." + extension);
        var failure = Compare(verified, received, actual, Accepting);
        if (failure is not null)
        {
            throw new XunitException(failure);
        }
    }

    /// <summary>
    /// Fails when the calling test has verified files named (<c>#name</c>) other than <paramref name="names"/>: a file
    /// the code under test no longer produces. Accepting deletes them instead.
    /// </summary>
    /// <param name="names">The names the test produced, as passed to <see cref="Match"/>.</param>
    /// <param name="extension">The file extension without its dot.</param>
    /// <param name="parameters">The theory parameters.</param>
    /// <param name="sourceFile">Filled by the compiler.</param>
    /// <param name="testName">Filled by the compiler.</param>
    public static void NoOtherNames(
        IEnumerable<string> names,
        string extension,
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testName = "")
    {
        var prefix = Path.GetFileNameWithoutExtension(sourceFile) + "." + testName
            + (parameters is null ? string.Empty : "_" + parameters) + "#";
        var directory = Path.Combine(ProjectDirectory(sourceFile), "Snapshots");
        var failure = CompareNames(directory, prefix, ".verified." + extension, names, Accepting);
        if (failure is not null)
        {
            throw new XunitException(failure);
        }
    }

    /// <summary>
    /// Compares the verified files in <paramref name="directory"/> named <paramref name="prefix"/>, a name and
    /// <paramref name="suffix"/> with <paramref name="names"/>; returns null when every one is among them (or when
    /// <paramref name="accept"/> deleted the others), otherwise the failure message listing the others.
    /// </summary>
    public static string? CompareNames(string directory, string prefix, string suffix, IEnumerable<string> names, bool accept)
    {
        var produced = new HashSet<string>(names.Select(n => prefix + n + suffix), StringComparer.Ordinal);
        var stale = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*" + suffix)
                .Where(f => Path.GetFileName(f) is var name && name.StartsWith(prefix, StringComparison.Ordinal) && !produced.Contains(name))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList()
            : new List<string>();
        if (stale.Count == 0)
        {
            return null;
        }

        if (accept)
        {
            stale.ForEach(File.Delete);
            return null;
        }

        return "Verified snapshots that the test no longer produces (review, then run the tests with " + AcceptVariable
            + "=1 to delete them):\n" + string.Join("\n", stale.Select(Path.GetFileName));
    }

    /// <summary>Whether <see cref="AcceptVariable"/> asks to accept received texts.</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>
    /// Compares <paramref name="actual"/> with the file at <paramref name="verifiedPath"/>; returns null when they are equal
    /// (or when <paramref name="accept"/> wrote the new text), otherwise the failure message after writing the received file.
    /// </summary>
    public static string? Compare(string verifiedPath, string receivedPath, string actual, bool accept)
    {
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
        if (accept)
        {
            File.WriteAllText(verifiedPath, actual, Utf8NoBom);
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, actual, Utf8NoBom);
        var message = new StringBuilder();
        if (expected is null)
        {
            message.Append("No verified snapshot yet: ").Append(verifiedPath).Append('\n');
        }
        else
        {
            message.Append("The text differs from the verified snapshot ").Append(verifiedPath).Append('\n');
            message.Append(UnidiffRenderer.GenerateUnidiff(expected, actual, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath),
                ignoreWhitespace: false, ignoreCase: false, contextLines: 3));
        }

        message.Append("The actual text is in ").Append(receivedPath).Append('\n');
        message.Append("Review it, then rename it to .verified or run the tests with ").Append(AcceptVariable).Append("=1 to accept it.");
        return message.ToString();
    }

    /// <summary>
    /// The verified files in <paramref name="projectDirectory"/>/Snapshots whose test method no longer exists in
    /// <paramref name="testAssembly"/> (a renamed or deleted test leaves its snapshot behind).
    /// </summary>
    public static IEnumerable<string> VerifiedFilesWithoutTest(Assembly testAssembly, string projectDirectory)
    {
        var directory = Path.Combine(projectDirectory, "Snapshots");
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        var types = testAssembly.GetTypes();
        foreach (var file in Directory.EnumerateFiles(directory, "*.verified.*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            name = name.Substring(0, name.IndexOf(".verified.", StringComparison.Ordinal));
            var hash = name.IndexOf('#');
            if (hash >= 0)
            {
                name = name.Substring(0, hash);
            }

            var dot = name.IndexOf('.');
            var className = dot < 0 ? name : name.Substring(0, dot);
            var test = dot < 0 ? string.Empty : name.Substring(dot + 1);
            var owner = types.Where(t => t.Name == className);
            if (!owner.SelectMany(t => t.GetMethods()).Any(m => test == m.Name || test.StartsWith(m.Name + "_", StringComparison.Ordinal)))
            {
                yield return file;
            }
        }
    }

    /// <summary>The test project directory recorded at build time.</summary>
    public static string ProjectDirectoryOf(Assembly testAssembly) =>
        testAssembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value
        ?? throw new InvalidOperationException($"{testAssembly.GetName().Name} records no ProjectDirectory metadata.");

    /// <summary>
    /// The directory of the test project that holds <paramref name="sourceFile"/>; when the compiler mapped source paths
    /// (deterministic CI builds), the directory recorded at build time.
    /// </summary>
    private static string ProjectDirectory(string sourceFile)
    {
        for (var directory = Path.GetDirectoryName(sourceFile); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(directory) && Directory.EnumerateFiles(directory, "*.csproj").Any())
            {
                return directory;
            }
        }

        return ProjectDirectoryOf(typeof(Snapshot).Assembly);
    }
}
