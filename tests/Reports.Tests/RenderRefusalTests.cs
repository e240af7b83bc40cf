// These tests build deliberately partial reports, to see which values rendering refuses.
#pragma warning disable RPT0101

using System;
using System.Collections.Generic;
using System.IO;
using AgentReports;
using CsCheck;
using Reports.Tests.Model;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Values that Markdown cannot carry so that they read back the same are refused with a
/// <see cref="ReportRenderException"/> that names the value, in every place a value can stand;
/// nothing is written in a lossy form instead.
/// </summary>
public sealed class RenderRefusalTests
{
    // By index: xunit would turn an unpaired surrogate in theory data into U+FFFD before the test sees it.
    private static readonly string[] UncarriableValues =
    {
        "\0",
        "a\0b",
        "\uD800",
        "x\uDBFFy",
        "\uDC00",
        "a\uDC00\uD800b",
        "ends with a high surrogate \uD83D",
    };

    public static TheoryData<int> Uncarriable()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < UncarriableValues.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static readonly FieldsReport Fields = new()
    {
        Name = "n",
        Owner = "o",
        Bullets = new BulletFields { Plain = "p", Code = "c", File = new FileRef("f", "g"), Endpoint = new Endpoint("GET", "/", "d"), Named = new Named("n", "d"), Tally = new Tally("s", 1, 2) },
        Lines = new LineFields { First = "f", Second = "s" },
        Paragraphs = new ParagraphFields { Summary = "s", Details = "d", CodeLine = "c" },
    };

    /// <summary>Every kind of place a value stands, each with its path in the exception.</summary>
    private static IEnumerable<(string Path, Func<string> Render)> Placements(string bad)
    {
        yield return ("Title › Name", () => (Fields with { Name = bad }).ToMarkdown());
        yield return ("Owner", () => (Fields with { Owner = bad }).ToMarkdown());
        yield return ("Bullets › Plain", () => (Fields with { Bullets = Fields.Bullets! with { Plain = bad } }).ToMarkdown());
        yield return ("Bullets › Code", () => (Fields with { Bullets = Fields.Bullets! with { Code = bad } }).ToMarkdown());
        yield return ("Bullets › File", () => (Fields with { Bullets = Fields.Bullets! with { File = new FileRef(bad, "x") } }).ToMarkdown());
        yield return ("Bullets › Endpoint", () => (Fields with { Bullets = Fields.Bullets! with { Endpoint = new Endpoint("GET", bad, "x") } }).ToMarkdown());
        yield return ("Bullets › Named › Description", () => (Fields with { Bullets = Fields.Bullets! with { Named = new Named("n", bad) } }).ToMarkdown());
        yield return ("Lines › Second", () => (Fields with { Lines = Fields.Lines! with { Second = bad } }).ToMarkdown());
        yield return ("Paragraphs › Summary", () => (Fields with { Paragraphs = Fields.Paragraphs! with { Summary = bad } }).ToMarkdown());
        yield return ("Paragraphs › Details", () => (Fields with { Paragraphs = Fields.Paragraphs! with { Details = bad } }).ToMarkdown());
        yield return ("Narrative", () => new TextReport { Introduction = "i", Narrative = new Narrative { Body = bad, Conclusion = "c" }, Notes = "n" }.ToMarkdown());
        yield return ("Notes › Notes", () => new TextReport { Introduction = "i", Narrative = new Narrative { Body = "b", Conclusion = "c" }, Notes = bad }.ToMarkdown());
        yield return ("Components › 1 › Component", () => new TablesReport { Components = [new ComponentRow { Name = bad, Path = "p", Notes = "n", Source = new FileRef("f", "g") }] }.ToMarkdown());
        yield return ("Components › 1 › Path", () => new TablesReport { Components = [new ComponentRow { Name = "c", Path = bad, Notes = "n", Source = new FileRef("f", "g") }] }.ToMarkdown());
        yield return ("Todo › 1", () => new TablesReport { Todo = [new ChecklistItem(bad, true)] }.ToMarkdown());
        yield return ("Steps › 1", () => new ListsReport { Steps = [bad] }.ToMarkdown());
        yield return ("Decisions › Decision 1 › Name", () => new ListsReport { Decisions = [new DecisionBlock { Name = bad }] }.ToMarkdown());
        yield return ("Example", () => new CodeReport { Example = new CodeBlock("cs", bad) }.ToMarkdown());
        yield return ("Example", () => new CodeReport { Example = new CodeBlock(bad, "code") }.ToMarkdown());
        yield return ("Parts › Name", () => new CodeReport { Parts = new CodeParts { Figures = new AlignedFigures { Name = bad } } }.ToMarkdown());
    }

    [Theory]
    [MemberData(nameof(Uncarriable))]
    public void A_value_markdown_cannot_carry_is_refused_wherever_it_stands(int index)
    {
        var bad = UncarriableValues[index];
        foreach (var (path, render) in Placements(bad))
        {
            var exception = Record.Exception(render);
            Assert.True(exception is ReportRenderException, $"{path}: expected a ReportRenderException, got {exception?.GetType().Name ?? "none"}");
            Assert.Equal(path, ((ReportRenderException)exception!).Path);
            Assert.StartsWith("Cannot write '" + path + "': the value holds ", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_exception_says_what_is_wrong_and_where()
    {
        var nul = Assert.Throws<ReportRenderException>(() => (Fields with { Owner = "a\0b" }).ToMarkdown());
        Assert.Equal("Cannot write 'Owner': the value holds U+0000 (NUL), which Markdown cannot carry; remove it.", nul.Message);

        var surrogate = Assert.Throws<ReportRenderException>(() => (Fields with { Owner = "ab\uD800" }).ToMarkdown());
        Assert.Equal("Cannot write 'Owner': the value holds an unpaired surrogate (U+D800) at index 2, which UTF-8 Markdown cannot carry.", surrogate.Message);
    }

    [Theory]
    [InlineData("a\rb")]
    [InlineData("line 1\r\nline 2")]
    [InlineData("ends with CR\r")]
    public void A_carriage_return_in_fenced_code_is_refused(string code)
    {
        var exception = Assert.Throws<ReportRenderException>(() => new CodeReport { Example = new CodeBlock("cs", code) }.ToMarkdown());
        Assert.Equal("Example", exception.Path);
        Assert.Contains("carriage return (U+000D)", exception.Message, StringComparison.Ordinal);

        var inString = Assert.Throws<ReportRenderException>(() => new CodeReport { Parts = new CodeParts { Config = code } }.ToMarkdown());
        Assert.Equal("Parts", inString.Path);
    }

    [Theory]
    [InlineData("two\nlines", "line break")]
    [InlineData(" leading", "starts or ends with a blank")]
    [InlineData("trailing\t", "starts or ends with a blank")]
    [InlineData("cr\rinside", "line break")]
    public void A_value_a_line_in_a_fence_cannot_keep_is_refused(string value, string problem)
    {
        var exception = Assert.Throws<ReportRenderException>(() => new CodeReport { Parts = new CodeParts { Figures = new AlignedFigures { Name = value } } }.ToMarkdown());
        Assert.Equal("Parts › Name", exception.Path);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: b")]
    [InlineData("ends with a colon:")]
    public void A_fenced_value_that_holds_the_text_after_it_is_refused(string suite)
    {
        // "{Suite}: {Passed} passed, ..." inside the aligned block: the reader would split at the first ": ".
        var report = new CodeReport { Parts = new CodeParts { Figures = new AlignedFigures { Name = "n", Unit = new Tally(suite, 1, 2) } } };
        if (suite.EndsWith(':'))
        {
            // "ends with a colon:" + ": " holds ": " only where the real separator is: that one is fine.
            Assert.Equal(report.Parts.Figures, CodeReport.Parse(report.ToMarkdown()).Parts!.Figures);
            return;
        }

        var exception = Assert.Throws<ReportRenderException>(() => report.ToMarkdown());
        Assert.Equal("Parts › Unit Tests › Suite", exception.Path);
    }

    [Fact]
    public void Nothing_is_written_to_a_text_writer_in_a_lossy_form()
    {
        // The exception escapes WriteMarkdown too; what was written before it is a prefix of a valid report, never a lossy value.
        using var writer = new StringWriter();
        Assert.Throws<ReportRenderException>(() => (Fields with { Paragraphs = Fields.Paragraphs! with { Summary = "x\0" } }).WriteMarkdown(writer));
        Assert.DoesNotContain("\0", writer.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Property: one bad character in any one string of any generated report makes rendering refuse it.</summary>
    [Fact]
    public void A_bad_character_in_any_string_of_any_report_is_refused()
    {
        var reports = Gen.OneOf(
            ReportGens.FieldsReport.Select(r => (object)r), ReportGens.TextReport.Select(r => (object)r), ReportGens.ListsReport.Select(r => (object)r),
            ReportGens.TablesReport.Select(r => (object)r), ReportGens.CodeReport.Select(r => (object)r), ReportGens.RevisionsReport.Select(r => (object)r),
            ReportGens.NestedReport.Select(r => (object)r), SampleGens.TaskReport.Select(r => (object)r), SampleGens.CodingImplementationReport.Select(r => (object)r));
        Gen.Select(reports, Gen.Int[0, 10_000], Gen.Int[0, UncarriableValues.Length - 1], Gen.Int[0, 100]).Sample((report, which, bad, at) =>
        {
            var kind = FullReports.Kinds[report.GetType().Name];
            var strings = 0;
            StringMapper.Map(report, (_, s) => { strings++; return s; });
            var target = which % strings;
            var seen = 0;
            var broken = StringMapper.Map(report, (_, s) =>
            {
                if (seen++ != target)
                {
                    return s;
                }

                var position = at % (s.Length + 1);
                return s.Substring(0, position) + UncarriableValues[bad] + s.Substring(position);
            });
            var exception = Record.Exception(() => kind.Render(broken));
            Assert.True(exception is ReportRenderException, $"string {target} of {strings}: {exception?.GetType().Name ?? "nothing thrown"}");
        }, seed: Iterations.Seed, iter: Math.Max(200, Iterations.Count / 4), print: t => Dump.Of(t.Item1));
    }

    [Fact]
    public void Sample_reports_refuse_a_nul_in_a_review_comment()
    {
        var report = SampleReports.TaskReport() with { Review = SampleReports.TaskReport().Review! with { Comments = "looks good\0" } };
        var exception = Assert.Throws<ReportRenderException>(() => report.ToMarkdown());
        Assert.Equal("Code Review › Comments", exception.Path);
    }
}
