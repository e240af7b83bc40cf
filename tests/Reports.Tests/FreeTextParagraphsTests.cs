using System;
using System.Linq;
using AgentReports;
using Reports.Tests.Rendering;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Free text written as several paragraphs, as people and agents write a context or a narrative, is one value whose
/// paragraphs are apart by a blank line: the value the writer writes (as one paragraph, a backslash line between) and
/// reads back. A paragraph that is not right after the text is still refused, so nothing misplaced is merged into it.
/// </summary>
public sealed class FreeTextParagraphsTests
{
    [Fact]
    public void A_section_of_several_paragraphs_is_one_text()
    {
        var report = TestReports.Review("Ada") with { Notes = "First paragraph." };
        var markdown = report.ToMarkdown().Replace("First paragraph.\n", "First paragraph.\n\nSecond one,\nover two lines.\n\n\nThird `one`.\n", StringComparison.Ordinal);

        var parsed = Parse(markdown);

        Assert.Equal("First paragraph.\n\nSecond one,\nover two lines.\n\nThird `one`.", parsed.Notes);
        Assert.Equal(parsed, ReviewReport.Parse(parsed.ToMarkdown()));
    }

    [Fact]
    public void A_narrative_of_two_paragraphs_before_the_labels_is_one_text()
    {
        var sample = SampleReports.TaskReport();
        var task = sample with { Implementation = sample.Implementation! with { Summary = sample.Implementation.Summary! with { Narrative = "Part one. Part two." } } };
        var markdown = task.ToMarkdown().Replace("Part one. Part two.", "Part one.\n\nPart two.", StringComparison.Ordinal);

        Assert.True(TaskReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors));

        Assert.Equal("Part one.\n\nPart two.", parsed!.Implementation!.Summary!.Narrative);
        Assert.Equal(task with { Implementation = task.Implementation with { Summary = task.Implementation.Summary! with { Narrative = "Part one.\n\nPart two." } } }, parsed);
    }

    [Fact]
    public void A_paragraph_after_other_parts_is_not_merged_into_the_text()
    {
        var task = SampleReports.TaskReport();
        var markdown = task.ToMarkdown().Replace("### Deviations from Spec", "A stray paragraph.\n\n### Deviations from Spec", StringComparison.Ordinal);
        Assert.Contains("A stray paragraph.", markdown, StringComparison.Ordinal);

        Assert.False(TaskReport.TryParse(markdown, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("RPT0201", error.Code);
        Assert.Contains("expected one paragraph of free text here, found a second one, 'A stray paragraph.'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_text_in_a_section_after_a_list_names_free_text_not_the_section_twice()
    {
        var report = TestReports.Review("Ada") with { Notes = "First." };
        var markdown = report.ToMarkdown().Replace("First.\n", "First.\n\n- an item\n\nLater.\n", StringComparison.Ordinal);

        Assert.False(ReviewReport.TryParse(markdown, out _, out var errors));

        Assert.DoesNotContain(errors, e => e.Message.Contains("a second time", StringComparison.Ordinal));
    }

    private static ReviewReport Parse(string markdown)
    {
        Assert.True(ReviewReport.TryParse(markdown, out var parsed, out var errors), string.Join("\n", errors.Select(e => e.ToString())) + "\n--- Markdown ---\n" + markdown);
        return parsed!;
    }
}
