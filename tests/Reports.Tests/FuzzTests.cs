using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using AgentReports;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Random, truncated and mutated documents never make <c>Parse</c> throw anything but
/// <see cref="ReportParseException"/>, and never make <c>TryParse</c> throw; every error points into the
/// document. Fixed seed; <c>REPORTS_FUZZ_DOCUMENTS</c> sets how many documents (2000 by default).
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261118;

    private static readonly int Documents =
        int.TryParse(Environment.GetEnvironmentVariable("REPORTS_FUZZ_DOCUMENTS"), out var count) && count > 0 ? count : 2000;

    private static readonly string[] Fragments = Strings.Fragments.Concat(new[]
    {
        "## Code Review", "### Files Changed", "# Task Report: X - Y", "## 📋 Implementation Overview", "## Unknown Section", "####### seven",
        "**Status**: DONE", "**Status**: APPROVED", "**Status**:", "**Status**", "**", "**Created**:", "- **Task ID**: TASK-1", "- **Task ID**:",
        "1. **Test: x**", "   - **Action**: y", "- [x] All functional requirements implemented", "- ✅ **Input Validation**", "- 🤷 **Input Validation**",
        "| Component | Purpose | Dependencies | Notes |", "|---|---|---|---|", "| a | b |", "| **x** | y | z | w |", "|",
        "```", "```json", "~~~", "    indented", "> quote", "<div>", "</div>", "<!--", "---", "===", "", "\\", "None", "**Decision 1: X**",
        "**Deviation 1**:", "Unit Tests:        85% (120 tests)", "Unit Tests:", "- Unit Tests: 1 passed, 2 failed", "- `a` - b", "- `GET /x`: y",
        "&#0;", "&#xD800;", "&#99999999;", "\t", "\r", "\r\n", "\u0000", "\uFFFF", "\uD800",
    }).ToArray();

    private static IEnumerable<(string Name, string Markdown)> Sources()
    {
        yield return ("task-report seed", File.ReadAllText(TemplateFidelityTests.SeedPath("task-report.template.md")));
        yield return ("coding-implementation-report seed", File.ReadAllText(TemplateFidelityTests.SeedPath("coding-implementation-report.template.md")));
        yield return (nameof(TaskReport), SampleReports.TaskReport().ToMarkdown());
        yield return (nameof(CodingImplementationReport), SampleReports.CodingImplementationReport().ToMarkdown());
        foreach (var kind in FullReports.All)
        {
            yield return (kind.Name, kind.Render(kind.Full));
            yield return (kind.Name, kind.Render(StringMapper.All(kind.Full, "**Status**: APPROVED\n## Code Review\n- [x] | a | b |\n```")));
        }
    }

    [Fact]
    public void Mutated_documents_give_parse_errors_and_nothing_else()
    {
        var random = new Random(Seed);
        var sources = Sources().ToList();
        var kinds = FullReports.All.ToList();
        var failures = new List<string>();
        var parsed = 0;
        var rejected = 0;
        for (var n = 0; n < Documents && failures.Count < 3; n++)
        {
            var (name, source) = sources[random.Next(sources.Count)];
            var document = Mutate(source, random);

            // Mostly the report's own type; sometimes another one.
            var kind = FullReports.Kinds.TryGetValue(name, out var own) && random.Next(4) > 0 ? own
                : name.StartsWith("task", StringComparison.Ordinal) && random.Next(2) == 0 ? FullReports.Kinds[nameof(TaskReport)]
                : name.StartsWith("coding", StringComparison.Ordinal) && random.Next(2) == 0 ? FullReports.Kinds[nameof(CodingImplementationReport)]
                : kinds[random.Next(kinds.Count)];
            try
            {
                var (ok, report, errors) = kind.Parse(document);
                if (ok)
                {
                    parsed++;
                    Check(report is not null && errors.Count == 0, "TryParse returned true with no report or with errors");
                }
                else
                {
                    rejected++;
                    Check(report is null && errors.Count > 0, "TryParse returned false with a report or without errors");
                    var lines = document.Split('\n').Length;
                    foreach (var error in errors)
                    {
                        Check(error.Line >= 1 && error.Line <= lines + 1 && error.Column >= 1, "error outside the document: " + error);
                        Check(error.Code.StartsWith("RPT02", StringComparison.Ordinal) && error.Expected.Length > 0 && error.Found.Length > 0, "incomplete error: " + error);
                    }
                }
            }
            catch (Exception exception)
            {
                failures.Add($"{kind.Name} on a mutated {name}: {exception}\n--- document ---\n{Dump.Literal(document)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));

        // The mutations are not all fatal: some documents still read.
        Assert.True(parsed > Documents / 20 && rejected > Documents / 5, $"{parsed} parsed, {rejected} rejected");
    }

    [Fact]
    public void Parse_throws_only_ReportParseException()
    {
        var random = new Random(Seed + 1);
        var sources = Sources().ToList();
        for (var n = 0; n < Documents / 10; n++)
        {
            var (_, source) = sources[random.Next(sources.Count)];
            var document = Mutate(source, random);
            var exception = Record.Exception(() => TaskReport.Parse(document));
            Assert.True(exception is null or ReportParseException, $"{exception}\n--- document ---\n{Dump.Literal(document)}");
            exception = Record.Exception(() => CodingImplementationReport.Parse(document));
            Assert.True(exception is null or ReportParseException, $"{exception}\n--- document ---\n{Dump.Literal(document)}");
            if (exception is ReportParseException parseException)
            {
                Assert.NotEmpty(parseException.Errors);
                Assert.Contains(parseException.Errors[0].ToString(), parseException.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Random_text_gives_parse_errors_and_nothing_else()
    {
        var random = new Random(Seed + 2);
        for (var n = 0; n < Documents / 10; n++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(0, 40);
            for (var i = 0; i < pieces; i++)
            {
                builder.Append(random.Next(3) == 0 ? ((char)random.Next(0, 0x3000)).ToString() : Fragments[random.Next(Fragments.Length)]);
                builder.Append(random.Next(3) == 0 ? "\n" : random.Next(2) == 0 ? " " : string.Empty);
            }

            var document = builder.ToString();
            foreach (var kind in FullReports.All)
            {
                var exception = Record.Exception(() => kind.Parse(document));
                Assert.True(exception is null, $"{kind.Name}: {exception}\n--- document ---\n{Dump.Literal(document)}");
            }
        }
    }

    [Fact]
    public void Null_and_empty_input()
    {
        Assert.False(TaskReport.TryParse(null, out var report, out var errors));
        Assert.Null(report);
        Assert.Equal("(1,1): error RPT0203: expected Markdown text, found null.", Assert.Single(errors).ToString());
        Assert.Throws<ArgumentNullException>(() => TaskReport.Parse(null!));

        // An empty document has no title and no parts.
        var exception = Record.Exception(() => TaskReport.Parse(string.Empty));
        Assert.True(exception is null or ReportParseException, exception?.ToString());
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    /// <summary>One to four random edits: delete, duplicate, swap or join lines, cut, insert fragments, change heading levels, replace characters.</summary>
    private static string Mutate(string source, Random random)
    {
        var lines = source.Split('\n').ToList();
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits && lines.Count > 0; e++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0:
                    lines.RemoveRange(at, Math.Min(lines.Count - at, random.Next(1, 4)));
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 3:
                    var text = string.Join("\n", lines);
                    return text.Substring(0, random.Next(text.Length + 1));
                case 4:
                    lines.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 5:
                    var line = lines[at];
                    var offset = random.Next(line.Length + 1);
                    lines[at] = line.Substring(0, offset) + Fragments[random.Next(Fragments.Length)] + line.Substring(offset);
                    break;
                case 6:
                    var heading = lines.FindIndex(at, l => l.StartsWith('#'));
                    if (heading >= 0)
                    {
                        lines[heading] = random.Next(2) == 0 ? "#" + lines[heading] : lines[heading].Substring(1);
                    }

                    break;
                case 7:
                    if (at + 1 < lines.Count)
                    {
                        lines[at] += lines[at + 1];
                        lines.RemoveAt(at + 1);
                    }

                    break;
                default:
                    if (lines[at].Length > 0)
                    {
                        var chars = lines[at].ToCharArray();
                        const string Replacements = "*_`|#-[]\\&<>: \t1x";
                        chars[random.Next(chars.Length)] = Replacements[random.Next(Replacements.Length)];
                        lines[at] = new string(chars);
                    }

                    break;
            }
        }

        return string.Join("\n", lines);
    }
}
