using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace Reports.Generators.Tests;

/// <summary>The checks the other tests rely on can fail: each is shown catching what it is there to catch.</summary>
public sealed class HarnessTests
{
    private const string Source = """
        using Reports;

        namespace Demo
        {
            [Report("Status")]
            public partial record StatusReport
            {
                [Field("Owner"), Placeholder("[Owner]")]
                public string? Owner { get; init; }
            }
        }
        """;

    private sealed record Holder(object? Value);

    private sealed record Item(object? Value) : IEquatable<Item>;

    [Fact]
    public void Pipeline_value_check_finds_Roslyn_objects_held_in_records_and_equatable_arrays()
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, Source);
        var symbol = compilation.GetTypeByMetadataName("Demo.StatusReport")!;
        var node = compilation.SyntaxTrees.Single().GetRoot();

        var found = Assert.Single(PipelineValues.FindRoslynObjects(new Holder(new Holder(new EquatableArray<Item>([new Item(symbol)])))));
        Assert.StartsWith("value.Value.Value[0].Value is ", found, StringComparison.Ordinal);
        Assert.Single(PipelineValues.FindRoslynObjects(new Holder(new object[] { "text", node })));
        Assert.Single(PipelineValues.FindRoslynObjects(new Holder(compilation)));
        Assert.Empty(PipelineValues.FindRoslynObjects(new Holder(new EquatableArray<string>(["text"]))));
    }

    [Fact]
    public void Cache_check_fails_when_a_rerun_recomputes_the_model()
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, Source);
        var driver = GeneratorHarness.CreateDriver(LanguageVersion.Latest).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var changed = compilation.ReplaceSyntaxTree(tree,
            CSharpSyntaxTree.ParseText(Source.Replace("[Owner]", "[Name]"), (CSharpParseOptions)tree.Options, tree.FilePath));

        GeneratorHarness.AssertCached(driver, compilation.Clone(), "a clone", LanguageVersion.Latest);
        var failure = Assert.ThrowsAny<XunitException>(() => GeneratorHarness.AssertCached(driver, changed, "a changed report", LanguageVersion.Latest));
        Assert.Contains("recomputed step 'ReportInputs': Modified", failure.Message, StringComparison.Ordinal);

        // Where the inputs may change (a file added), a model that comes out different still fails the check.
        failure = Assert.ThrowsAny<XunitException>(() => GeneratorHarness.AssertCached(driver, changed, "a changed report", LanguageVersion.Latest, inputsMayChange: true));
        Assert.Contains("recomputed step 'ReportModels': Modified", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a file-scoped namespace (C# 10)", "namespace Demo;\ninternal static class Generated { }\n", "CS8773")]
    [InlineData("a nullable warning", "namespace Demo { internal static class Generated { internal static string Text() => null; } }\n", "CS8603")]
    [InlineData("an unresolved cref", "namespace Demo { /// <summary><see cref=\"Missing\"/></summary>\ninternal static class Generated { } }\n", "CS1574")]
    public void Compile_check_rejects_code_that_needs_a_newer_language_version_or_has_a_warning(string problem, string code, string id)
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.CSharp9, code);

        var failure = Assert.ThrowsAny<XunitException>(() => GeneratorHarness.AssertCompilesWithoutWarnings(compilation, LanguageVersion.CSharp9));
        Assert.True(failure.Message.Contains(id, StringComparison.Ordinal), problem + ": " + failure.Message);
    }

    [Fact]
    public void Snapshot_mismatch_writes_the_received_file_and_fails_with_a_unified_diff()
    {
        using var directory = new TemporaryDirectory();
        var verified = directory.File("Tests.Case.verified.md");
        var received = directory.File("Tests.Case.received.md");
        File.WriteAllText(verified, "# Title\n\nold line\n");

        var failure = Snapshot.Compare(verified, received, "# Title\n\nnew line\n", accept: false);

        Assert.NotNull(failure);
        Assert.Contains("-old line\n+new line", failure.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Equal("# Title\n\nnew line\n", File.ReadAllText(received));
        Assert.Equal("# Title\n\nold line\n", File.ReadAllText(verified));
    }

    [Fact]
    public void Snapshot_without_a_verified_file_fails_and_leaves_the_received_file()
    {
        using var directory = new TemporaryDirectory();
        var verified = directory.File("Tests.New.verified.cs");
        var received = directory.File("Tests.New.received.cs");

        var failure = Snapshot.Compare(verified, received, "class C { }\n", accept: false);

        Assert.Contains("No verified snapshot yet", failure, StringComparison.Ordinal);
        Assert.False(File.Exists(verified));
        Assert.Equal("class C { }\n", File.ReadAllText(received));
    }

    [Fact]
    public void Accepting_a_snapshot_overwrites_the_verified_file_and_a_match_removes_the_received_file()
    {
        using var directory = new TemporaryDirectory();
        var verified = directory.File("Tests.Case.verified.md");
        var received = directory.File("Tests.Case.received.md");
        File.WriteAllText(verified, "old\n");
        File.WriteAllText(received, "stale\n");

        Assert.Null(Snapshot.Compare(verified, received, "new\n", accept: true));
        Assert.Equal("new\n", File.ReadAllText(verified));
        Assert.False(File.Exists(received));

        File.WriteAllText(received, "stale\n");
        Assert.Null(Snapshot.Compare(verified, received, "new\n", accept: false));
        Assert.False(File.Exists(received));
    }

    [Fact]
    public void A_verified_file_that_the_test_no_longer_produces_fails_it_until_accepting_deletes_it()
    {
        using var directory = new TemporaryDirectory();
        var kept = directory.File("Tests.Case#Demo.Report.g.verified.cs");
        var dropped = directory.File("Tests.Case#Demo.Section.g.verified.cs");
        var otherTest = directory.File("Tests.CaseTwo#Demo.Section.g.verified.cs");
        foreach (var file in new[] { kept, dropped, otherTest })
        {
            File.WriteAllText(file, "class C { }\n");
        }

        var root = Path.GetDirectoryName(kept)!;
        var failure = Snapshot.CompareNames(root, "Tests.Case#", ".verified.cs", new[] { "Demo.Report.g" }, accept: false);

        Assert.NotNull(failure);
        Assert.Contains("Tests.Case#Demo.Section.g.verified.cs", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("CaseTwo", failure, StringComparison.Ordinal);
        Assert.True(File.Exists(dropped));
        Assert.Null(Snapshot.CompareNames(root, "Tests.Case#", ".verified.cs", new[] { "Demo.Report.g", "Demo.Section.g" }, accept: false));

        Assert.Null(Snapshot.CompareNames(root, "Tests.Case#", ".verified.cs", new[] { "Demo.Report.g" }, accept: true));
        Assert.False(File.Exists(dropped));
        Assert.True(File.Exists(kept));
        Assert.True(File.Exists(otherTest));
    }

    [Fact]
    public void Text_comparison_shows_trailing_spaces_in_its_diff()
    {
        var failure = Assert.ThrowsAny<XunitException>(() => TextAssert.Equal("**A**: 1  \n**B**: 2\n", "**A**: 1\n**B**: 2\n"));

        Assert.Contains("-**A**: 1··", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_verified_snapshot_belongs_to_a_test()
    {
        var assembly = typeof(HarnessTests).Assembly;

        Assert.Empty(Snapshot.VerifiedFilesWithoutTest(assembly, Snapshot.ProjectDirectoryOf(assembly)).Select(Path.GetFileName));
    }

    private sealed class TemporaryDirectory : IDisposable
    {
        private readonly string _path = Directory.CreateTempSubdirectory("reports-snapshot-").FullName;

        public string File(string name) => Path.Combine(_path, name);

        public void Dispose() => Directory.Delete(_path, recursive: true);
    }
}
