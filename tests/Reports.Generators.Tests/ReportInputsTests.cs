using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Reports.Generators.Tests.Infrastructure;

namespace Reports.Generators.Tests;

/// <summary>
/// The models are rebuilt only when something they are made from changed (<see cref="Incremental.ReportInputs"/>):
/// after any edit, the generator's incremental output must be exactly what a fresh run over the edited compilation
/// produces, and an edit in a method body or to a type no report reaches must not rebuild a model.
/// </summary>
public sealed class ReportInputsTests
{
    // A report spread over files, as in a real project: the report, its section record, the enum of a field, the
    // constants its attributes use, and a file no report reaches.
    private static readonly string[] Project =
    [
        """
        using Reports;

        namespace Demo
        {
            [Report("Status: {Name}")]
            public partial record StatusReport
            {
                [TitleValue, Placeholder("[Name]")]
                public string? Name { get; init; }

                /// <summary>Who owns the task.</summary>
                [Field(Labels.Owner, Layout = FieldLayout.Line), Placeholder("[Owner]")]
                public string? Owner { get; init; }

                [Field("Phase", Layout = FieldLayout.Line)]
                public Phase? Phase { get; init; }

                [Section("Details")]
                public Details? Details { get; init; }

                public int Revision() { return 1; }
            }
        }
        """,
        """
        using Reports;

        namespace Demo
        {
            public sealed record Details
            {
                [Field("Scope"), Placeholder("[Scope]")]
                public string? Scope { get; init; }
            }
        }
        """,
        """
        using Reports;

        namespace Demo
        {
            public enum Phase
            {
                [Option("PLANNED")] Planned = 1,
                [Option("DONE")] Done,
            }
        }
        """,
        """
        namespace Demo
        {
            internal static class Labels
            {
                public const string Owner = "Owner";
            }
        }
        """,
        """
        namespace Unrelated
        {
            internal static class Helper
            {
                internal static int Twice(int x) => 2 * x;

                internal static string Name { get; } = "helper";
            }
        }
        """,
    ];

    /// <summary>
    /// An edit of one file of <see cref="Project"/>; whether it may keep the models; and, for one that may not, whether it
    /// changes the generated code (some rebuild the models to be safe, and the models come out the same).
    /// </summary>
    public sealed record Edit(string Name, int File, string Find, string Replace, bool KeepsModels, bool ChangesCode = false)
    {
        public override string ToString() => Name;
    }

    public static readonly Edit[] Edits =
    [
        new("a method body in an unrelated file", 4, "2 * x", "x + x", KeepsModels: true),
        new("a method added to an unrelated type", 4, "internal static string Name", "internal static int Thrice(int x) => 3 * x;\n\n        internal static string Name", KeepsModels: true),
        new("a property initializer in an unrelated file", 4, "\"helper\"", "\"helper 2\"", KeepsModels: true),
        new("a method body in the report", 0, "return 1;", "return 2;", KeepsModels: true),
        new("a comment in the report", 0, "[TitleValue", "// The task's name.\n            [TitleValue", KeepsModels: true),
        new("a constant an attribute uses", 3, "\"Owner\"", "\"Maintainer\"", KeepsModels: false, ChangesCode: true),
        new("an option added to the enum", 2, "Done,", "Done,\n        [Option(\"DROPPED\")] Dropped,", KeepsModels: false, ChangesCode: true),
        new("a section field renamed", 1, "\"Scope\"", "\"Extent\"", KeepsModels: false, ChangesCode: true),
        new("a documentation comment", 0, "Who owns the task.", "Who is accountable.", KeepsModels: false, ChangesCode: true),
        new("nullable turned off in the section file", 1, "using Reports;", "#nullable disable\nusing Reports;", KeepsModels: false),
        new("a type added beside the report", 4, "namespace Unrelated\n{", "namespace Demo\n{\n    internal sealed class Marker { }\n}\n\nnamespace Unrelated\n{", KeepsModels: false),
        new("the unrelated type named like the report's enum", 4, "class Helper", "class Phase", KeepsModels: false),
        new("a global using alias", 4, "namespace Unrelated", "global using Clock = System.DateTime;\n\nnamespace Unrelated", KeepsModels: false),
        new("a second report in the unrelated file", 4, "namespace Unrelated\n{", "namespace Unrelated\n{\n    [Reports.Report(\"Other\")]\n    public partial record OtherReport\n    {\n        [Reports.Field(\"Note\")] public string? Note { get; init; }\n    }\n", KeepsModels: false, ChangesCode: true),
        new("a directive in a method body of the report", 0, "{ return 1; }", "{\n#nullable disable\n            return 1;\n        }", KeepsModels: false),
        new("an alias of the report attribute on a new report", 4, "namespace Unrelated\n{", "namespace Unrelated\n{\n    using Reportable = Reports.ReportAttribute;\n\n    [Reportable(\"Aliased\")]\n    public partial record AliasedReport\n    {\n        [Reports.Field(\"Note\")] public string? Note { get; init; }\n    }\n", KeepsModels: false, ChangesCode: true),
        new("a method body referencing the report", 4, "2 * x", "new Demo.StatusReport().Revision() * x", KeepsModels: true),
    ];

    public static TheoryData<Edit> EditData() => new(Edits);

    [Theory]
    [MemberData(nameof(EditData))]
    public void After_an_edit_the_output_is_that_of_a_fresh_run_and_models_are_kept_only_when_nothing_they_use_changed(Edit edit)
    {
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, Project);
        var driver = GeneratorHarness.CreateDriver(LanguageVersion.Latest).RunGenerators(compilation);
        var edited = Apply(compilation, edit);

        driver = driver.RunGenerators(edited);
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Equal(Fresh(edited), Sources(result));
        var models = result.TrackedSteps[TrackingNames.ReportInputs].SelectMany(s => s.Outputs).Select(o => o.Reason).Single();
        if (edit.KeepsModels)
        {
            Assert.Equal(IncrementalStepRunReason.Unchanged, models);
            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
                output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
        else
        {
            Assert.Equal(IncrementalStepRunReason.Modified, models);
        }
    }

    [Fact]
    public void The_edits_that_rebuild_models_change_the_generated_code()
    {
        // Otherwise the theory above could not tell a kept model from a rebuilt one (and the edits that keep models
        // must indeed not change the code).
        var compilation = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, Project);
        var before = Fresh(compilation);
        foreach (var edit in Edits)
        {
            Assert.True(edit.ChangesCode != Fresh(Apply(compilation, edit)).SequenceEqual(before),
                edit.Name + (edit.ChangesCode ? " did not change the generated code" : " changed the generated code"));
        }
    }

    [Fact]
    public void Any_sequence_of_edits_gives_the_output_of_a_fresh_run()
    {
        // One driver follows a random walk of edits (each applied to the current text, or undone); after every step
        // its output must equal a fresh run's, whatever was kept from the steps before.
        var start = GeneratorHarness.CreateCompilation(LanguageVersion.Latest, Project);
        Gen.Int[0, Edits.Length - 1].Array[1, 6].Sample(steps =>
        {
            var compilation = start;
            var driver = GeneratorHarness.CreateDriver(LanguageVersion.Latest).RunGenerators(compilation);
            var texts = Project.ToArray();
            foreach (var step in steps)
            {
                var edit = Edits[step];
                var text = texts[edit.File];
                texts[edit.File] = text.Contains(edit.Replace, StringComparison.Ordinal)
                    ? text.Replace(edit.Replace, edit.Find, StringComparison.Ordinal)
                    : text.Replace(edit.Find, edit.Replace, StringComparison.Ordinal);
                compilation = Replace(compilation, edit.File, texts[edit.File]);
                driver = driver.RunGenerators(compilation);
                if (!Sources(driver.GetRunResult().Results.Single()).SequenceEqual(Fresh(compilation)))
                {
                    return false;
                }
            }

            return true;
        }, iter: 60, threads: 1);
    }

    private static CSharpCompilation Apply(CSharpCompilation compilation, Edit edit)
    {
        var text = Project[edit.File];
        Assert.Contains(edit.Find, text, StringComparison.Ordinal);
        return Replace(compilation, edit.File, text.Replace(edit.Find, edit.Replace, StringComparison.Ordinal));
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, int file, string text)
    {
        var tree = compilation.SyntaxTrees.ElementAt(file);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath));
    }

    private static List<string> Fresh(Compilation compilation) =>
        Sources(GeneratorHarness.CreateDriver(LanguageVersion.Latest).RunGenerators(compilation).GetRunResult().Results.Single());

    private static List<string> Sources(GeneratorRunResult result) =>
        result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).OrderBy(s => s, StringComparer.Ordinal).ToList();
}
