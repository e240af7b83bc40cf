using System.IO;
using System.Text.RegularExpressions;

namespace Reports.Generators.Tests;

/// <summary>The README's example compiles and renders exactly the template and report the README shows.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_renders_the_template_and_report_it_shows()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")).Replace("\r\n", "\n");
        var definition = RepositoryFiles.WithBlockNamespace(Block(readme, "definition"));
        var usage = Block(readme, "usage");

        // The usage snippet runs in a method of the example's namespace.
        var example = "using System;\nusing Reports;\n\nnamespace Releases\n{\n    public static class Example\n    {\n        public static string Filled()\n        {\n"
            + usage + "\n            return markdown;\n        }\n    }\n}\n";

        var run = GeneratorHarness.Run(definition, example);
        using var assembly = run.Load();

        TextAssert.Equal(Block(readme, "template") + "\n", assembly.RenderTemplate("Releases.ReleaseReview"));
        TextAssert.Equal(Block(readme, "output") + "\n", (string)assembly.Invoke("Releases.Example", "Filled")!);
    }

    /// <summary>The content of the fenced block that follows <c>&lt;!-- example:<paramref name="name"/> --&gt;</c>.</summary>
    private static string Block(string readme, string name)
    {
        var match = Regex.Match(readme, "<!-- example:" + name + " -->\n```[a-z]*\n(.*?)\n```\n", RegexOptions.Singleline);
        Assert.True(match.Success, $"README.md has no block marked example:{name}.");
        return match.Groups[1].Value;
    }
}
