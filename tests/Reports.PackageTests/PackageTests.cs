using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace Reports.PackageTests;

[Trait("Category", "Package")]
public sealed class PackageTests : IClassFixture<PackageFixture>
{
    private const string ConsumerReport = """
        using System;
        using Reports;

        namespace Consumer;

        [Report("Incident {Id}")]
        public partial record Incident
        {
            [TitleValue, Placeholder("INC-XXX")]
            public string? Id { get; init; }

            [Field("Severity", Layout = FieldLayout.Line)]
            public Severity? Severity { get; init; }

            [Field("Owner", Layout = FieldLayout.Line), Placeholder("[Owner]")]
            public string? Owner { get; init; }

            [Section("Timeline")]
            [List(Numbered = true), Placeholder("[What happened, when]")]
            public ReportList<string> Timeline { get; init; } = ReportList<string>.Empty;
        }

        public enum Severity
        {
            [Option("SEV1", Emoji = "🔴")] Sev1 = 1,
            [Option("SEV2", Emoji = "🟠")] Sev2,
        }
        """;

    private const string ConsumerProgram = """
        using System;
        using Consumer;
        using Reports;

        var incident = new Incident
        {
            Id = "INC-7",
            Severity = Severity.Sev1,
            Owner = "On-call | **platform** team",
            Timeline = ReportList.Of("09:02 alert fired", "09:10 # rollback started", "09:31 - [x] resolved"),
        };

        var markdown = incident.ToMarkdown();
        Console.Write(markdown);
        var back = Incident.Parse(markdown);
        Console.WriteLine(back == incident ? "ROUND-TRIP-OK" : "ROUND-TRIP-FAILED");
        Console.WriteLine(Incident.RenderTemplate().StartsWith("# Incident INC-XXX") ? "TEMPLATE-OK" : "TEMPLATE-FAILED");

        // A program that checks a report now and then runs the check's unoptimized first-call code: it allocates nothing either.
        incident.CheckCompleteness();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var check = incident.CheckCompleteness();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(check.IsComplete && allocated == 0 ? "CHECK-0B-OK" : "CHECK-ALLOCATED " + allocated + " B, complete: " + check.IsComplete);
        """;

    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void The_package_holds_the_runtime_for_both_targets_and_the_generator_and_nothing_else()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var files = archive.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal) && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

        var expected = new[]
        {
            "README.md",
            "Reports.nuspec",
            "analyzers/dotnet/cs/Reports.CodeFixes.dll",
            "analyzers/dotnet/cs/Reports.Generators.dll",
            "lib/net8.0/Reports.dll",
            "lib/net8.0/Reports.xml",
            "lib/netstandard2.0/Reports.dll",
            "lib/netstandard2.0/Reports.xml",
        }.Where(f => f != "analyzers/dotnet/cs/Reports.CodeFixes.dll" || File.Exists(Path.Combine(_package.RepositoryRoot, "src", "Reports.CodeFixes", "Reports.CodeFixes.csproj")))
        .ToArray();

        Assert.Equal(expected, files);
    }

    [Fact]
    public void The_nuspec_carries_license_readme_repository_and_only_runtime_dependencies()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        using var reader = new StreamReader(archive.GetEntry("Reports.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();

        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.Contains("<repository type=\"git\"", nuspec);
        Assert.Contains("id=\"Markdig\"", nuspec);
        Assert.DoesNotContain("Reports.Generators", nuspec);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspec);
        Assert.DoesNotContain("PolySharp", nuspec);
        Assert.True(File.Exists(Path.ChangeExtension(_package.PackagePath, ".snupkg")), "a symbols package is produced beside the package");
    }

    [Theory]
    [InlineData("net10.0", "latest", "enable")]
    [InlineData("net8.0", "latest", "enable")]
    [InlineData("net8.0", "9", "enable")]
    [InlineData("net10.0", "9", "disable")]
    public void A_consumer_renders_parses_back_and_reads_the_template(string framework, string languageVersion, string nullable)
    {
        var directory = CreateConsumer($"consumer-{framework}-cs{languageVersion}-{nullable}", framework, languageVersion, nullable,
            ("Incident.cs", ConsumerReport), ("Program.cs", ConsumerProgram));

        var (exitCode, output) = PackageFixture.Run("dotnet", "run -c Release", directory, ("DOTNET_ROLL_FORWARD", "Major"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("# Incident INC-7", output);
        Assert.Contains("**Severity**: 🔴 SEV1", output);
        Assert.Contains("ROUND-TRIP-OK", output);
        Assert.Contains("TEMPLATE-OK", output);
        Assert.Equal("CHECK-0B-OK", output.Split('\n').Select(line => line.Trim()).LastOrDefault(line => line.StartsWith("CHECK-", StringComparison.Ordinal)));
        Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_netstandard20_library_restores_and_builds_without_warnings()
    {
        // Markdig needs System.Memory 4.6.3 on netstandard2.0: a lower pin of ours would be a package downgrade (NU1605,
        // an error by default) in every netstandard2.0 consumer. (Records need their own IsExternalInit there.)
        var directory = CreateConsumer("consumer-netstandard20", "netstandard2.0", "latest", "enable", ("Incident.cs", ConsumerReport),
            ("IsExternalInit.cs", "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }"));
        File.WriteAllText(Path.Combine(directory, "consumer-netstandard20.csproj"),
            File.ReadAllText(Path.Combine(directory, "consumer-netstandard20.csproj")).Replace("<OutputType>Exe</OutputType>", "<OutputType>Library</OutputType>", StringComparison.Ordinal));

        var (exitCode, output) = PackageFixture.Run("dotnet", "build -c Release", directory);

        Assert.True(exitCode == 0, output);
        Assert.Contains(" 0 Warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_type_defined_wrongly_shows_the_analyzer_diagnostic_in_dotnet_build()
    {
        const string wrong = """
            using Reports;

            namespace Consumer;

            [Report("Broken")]
            public record Broken
            {
                [Field("Name")]
                public string? Name { get; init; }
            }
            """;
        var directory = CreateConsumer("consumer-wrong", "net10.0", "latest", "enable", ("Broken.cs", wrong), ("Program.cs", "System.Console.WriteLine();"));

        var (exitCode, output) = PackageFixture.Run("dotnet", "build -c Release", directory);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error RPT0001: Report type 'Broken' must be declared partial", output);
    }

    [Fact]
    public void An_incomplete_builder_chain_in_a_consumer_shows_the_analyzer_warning_in_dotnet_build()
    {
        const string program = """
            using Consumer;

            var incident = Incident.CreateBuilder().Id("INC-9").Build();
            System.Console.WriteLine(incident.ToMarkdown());
            """;
        var directory = CreateConsumer("consumer-chain", "net10.0", "latest", "enable", ("Incident.cs", ConsumerReport), ("Program.cs", program));

        var (exitCode, output) = PackageFixture.Run("dotnet", "build -c Release", directory);

        Assert.True(exitCode == 0, output);
        Assert.Contains("warning RPT0100: 'Incident.CreateBuilder()…Build()' never sets 3 required values: Severity, Owner, Timeline", output);
    }

    private string CreateConsumer(string name, string framework, string languageVersion, string nullable, params (string File, string Content)[] files)
    {
        var directory = Path.Combine(_package.Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="reports-test-feed" value="{_package.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{framework}</TargetFramework>
                <LangVersion>{languageVersion}</LangVersion>
                <Nullable>{nullable}</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Reports" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (file, content) in files)
        {
            var text = content;
            if (languageVersion == "9")
            {
                // C# 9 has no file-scoped namespaces or raw strings; keep the consumer's own code valid.
                text = text.Replace("namespace Consumer;", "namespace Consumer {") + (text.Contains("namespace Consumer;") ? "\n}" : string.Empty);
            }

            if (nullable == "disable")
            {
                // Without nullable annotations the consumer's own `string?` would warn (CS8632); the generated code must not.
                text = text.Replace("string?", "string");
            }

            File.WriteAllText(Path.Combine(directory, file), text);
        }

        return directory;
    }
}
