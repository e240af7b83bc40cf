using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>Findings of the adversarial review of the day's template shapes, each kept from coming back.</summary>
public sealed class TemplateShapeReviewTests
{
    [Fact]
    public void A_heading_field_beside_a_section_headed_by_values_is_the_field_not_an_item()
    {
        var report = new StatusCategories { Status = ReviewVerdict.Approved, Categories = [new StatusCategory { Name = "Security", Body = "b" }] };

        Assert.Equal(report, StatusCategories.Parse(report.ToMarkdown()));
        Assert.Null(StatusCategories.Parse(StatusCategories.MarkdownTemplate).Status);
        Assert.Single(StatusCategories.Parse(StatusCategories.MarkdownTemplate).Categories);
        Assert.Throws<ReportRenderException>(() => new StatusCategories { Status = ReviewVerdict.Approved, Categories = [new StatusCategory { Name = "Status: x", Body = "b" }] }.ToMarkdown());
    }

    [Fact]
    public void A_heading_field_written_as_a_plain_line_is_the_field_and_text_starting_so_is_escaped()
    {
        var drifted = StatusCategories.Parse("# Review\n\nStatus: APPROVED\n\nWhy it passed.\n\n## Security\n\nb\n");
        var text = new StatusCategories { Status = ReviewVerdict.Approved, Intro = "Status: fine", Categories = [new StatusCategory { Name = "S", Body = "b" }] };

        Assert.Equal(ReviewVerdict.Approved, drifted.Status);
        Assert.Equal("Why it passed.", drifted.Intro);
        Assert.Equal(text, StatusCategories.Parse(text.ToMarkdown()));
    }

    [Fact]
    public void A_deeper_heading_under_an_item_is_an_error_not_an_item_before_it()
    {
        Assert.False(StatusCategories.TryParse("# Review\n\n## Security\n\nb\n\n### Details\n\nmore\n", out _, out var errors));

        Assert.Contains(errors, e => e.Code == "RPT0200" && e.Message.Contains("Details", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## Notes (optional)")]
    [InlineData("## Notes *(optional)*")]
    public void A_section_written_with_words_in_parentheses_is_not_an_item(string heading)
    {
        Assert.False(CategoryChecklist.TryParse("# Checklist: Login\n\n**Purpose**: Gate\n\n## Security\n\n- [ ] CHK9 x\n\n" + heading + "\n\nNone.\n", out _, out var errors));

        Assert.Contains(errors, e => e.Code == "RPT0200");
        Assert.Throws<ReportRenderException>(() => new CategoryChecklist { Feature = "F", Purpose = "P", Categories = [new ChecklistCategory { Name = "Notes (draft)", Checks = [new ChecklistItem("x")] }] }.ToMarkdown());
    }

    [Fact]
    public void A_drifted_quote_line_is_an_error_not_free_text_and_the_lines_after_it_still_read()
    {
        Assert.False(QuoteAndText.TryParse("# Q\n\n> Spec: login\n> Ownr: ann\n> Created: 2024-05-06\n", out _, out var errors));

        Assert.Contains(errors, e => e.Line == 4 && e.Column == 3 && e.Message.Contains("Ownr", StringComparison.Ordinal));
        Assert.Equal("Intro.", QuoteAndText.Parse("# Q\n\n> Spec: login\n> Created: 2024-05-06\n\nIntro.\n").Intro);
    }

    [Fact]
    public void Two_fields_on_one_line_are_an_error_not_one_value()
    {
        Assert.False(PlanHead.TryParse("# Implementation Plan: X\n\n**Branch**: `b`\n**Input**: Feature specification from spec.md | **Date**: 2026-12-07\n", out _, out var errors));

        Assert.Contains(errors, e => e.Message.Contains("'Date'", StringComparison.Ordinal) && e.Message.Contains("own line", StringComparison.Ordinal));
    }

    [Fact]
    public void Loose_empty_items_under_a_plain_label_are_all_the_lists()
    {
        var blank = LooseEmptySteps.Parse(LooseEmptySteps.MarkdownTemplate);

        Assert.Equal("Steps:\n\n1.\n\n2.\n\n[Text]\n", LooseEmptySteps.RenderTemplate());
        Assert.Empty(blank.Steps);
        Assert.Equal("[Text]", blank.Text);
    }

    [Fact]
    public void A_group_with_a_plain_list_label_over_empty_items_reads_its_template()
    {
        Assert.True(GroupedSteps.TryParse(GroupedSteps.MarkdownTemplate, out _, out var errors), string.Join("\n", errors));

        var filled = GroupedSteps.Parse(GroupedSteps.MarkdownTemplate.Replace("[OS]", "Linux", StringComparison.Ordinal));
        Assert.Equal("Linux", filled.Env!.OS);
        Assert.Empty(filled.Env.Steps);
    }

    [Theory]
    [InlineData("_(optional)_")]
    [InlineData("*(optional)*")]
    public void A_condition_in_its_own_emphasis_reads_in_any_label_style(string kept)
    {
        Assert.Equal("x", InsideBoldCondition.Parse(InsideBoldCondition.MarkdownTemplate.Replace("[User description]", "x", StringComparison.Ordinal)).Input);
        Assert.Equal("x", InsideBoldCondition.Parse("**Input " + kept + ":** x\n").Input);
        Assert.Equal("## Entities **(include if any)**\n\n- [Entity]\n", BoldCondition.RenderTemplate());
        Assert.True(BoldCondition.TryParse(BoldCondition.MarkdownTemplate, out _, out _));
    }
}

[Report("Review")]
public partial record StatusCategories
{
    [Field("Status", Layout = FieldLayout.Heading)]
    public ReviewVerdict? Status { get; init; }

    [Text(Optional = true)]
    public string? Intro { get; init; }

    [Section("{Name}")]
    public ReportList<StatusCategory> Categories { get; init; } = [];
}

public partial record StatusCategory
{
    [TitleValue, Placeholder("[Category]")]
    public string? Name { get; init; }

    [Text, Placeholder("[Body]")]
    public string? Body { get; init; }
}

[Report("Q")]
public partial record QuoteAndText
{
    [Field("Spec", Layout = FieldLayout.Quote, LabelStyle = LabelStyle.Plain)]
    public string? Spec { get; init; }

    [Field("Owner", Layout = FieldLayout.Quote, Optional = true)]
    public string? Owner { get; init; }

    [Field("Created", Layout = FieldLayout.Quote, LabelStyle = LabelStyle.Plain, Optional = true)]
    public DateOnly? Created { get; init; }

    [Text(Optional = true)]
    public string? Intro { get; init; }
}

[Report]
public partial record LooseEmptySteps
{
    [List("Steps", Numbered = true, LabelStyle = LabelStyle.Plain, Loose = true), Placeholder("", "")]
    public ReportList<string> Steps { get; init; } = [];

    [Text]
    public string? Text { get; init; }
}

[Report]
public partial record GroupedSteps
{
    [Group("Env")]
    public StepsGroup? Env { get; init; }

    [Field("After")]
    public string? After { get; init; }
}

public partial record StepsGroup
{
    [Field("OS"), Placeholder("[OS]")]
    public string? OS { get; init; }

    [List("Steps", Numbered = true, LabelStyle = LabelStyle.Plain, BlankLineAfterLabel = true), Placeholder("", "")]
    public ReportList<string> Steps { get; init; } = [];
}

[Report(LabelStyle = LabelStyle.ColonInsideBold)]
public partial record InsideBoldCondition
{
    [Field("Input", Layout = FieldLayout.Paragraph, Condition = "_(optional)_", Optional = true), Placeholder("[User description]")]
    public string? Input { get; init; }
}

[Report]
public partial record BoldCondition
{
    [Section("Entities", Condition = "**(include if any)**", Optional = true), Placeholder("[Entity]")]
    public ReportList<string> Entities { get; init; } = [];
}

/// <summary>A field's value that holds another field's label in code or in a web address is the value's.</summary>
public sealed class LabelInsideValueTests
{
    [Theory]
    [InlineData("`**Date**: x`")]
    [InlineData("see https://host/repo**Date**:x")]
    public void A_label_in_code_or_an_address_is_the_values(string value)
    {
        var plan = new PlanHead { Feature = "F", Branch = "b", Input = value };

        Assert.Equal(plan, PlanHead.Parse(plan.ToMarkdown()));
        Assert.Equal(value, PlanHead.Parse("# Implementation Plan: F\n\n**Branch**: `b`\n**Input**: Feature specification from " + value + "\n").Input);
    }
}

/// <summary>A section repeated under two values whose joined heading reads as a section beside it.</summary>
public sealed class TwoValueHeadingTests
{
    [Fact]
    public void A_heading_of_two_values_that_reads_as_a_section_is_refused_and_a_near_miss_is_an_item()
    {
        Assert.Throws<ReportRenderException>(() => new VersionedAreas { Areas = [new VersionedArea { Name = "*Summary*", Version = "**" }], Summary = "s" }.ToMarkdown());

        var near = new VersionedAreas { Areas = [new VersionedArea { Name = "Summary", Version = "2" }], Summary = "s" };
        Assert.Equal(near, VersionedAreas.Parse(near.ToMarkdown()));
    }
}

[Report("Areas")]
public partial record VersionedAreas
{
    [Section("{Name} {Version}")]
    public ReportList<VersionedArea> Areas { get; init; } = [];

    [Section("Summary")]
    public string? Summary { get; init; }
}

public partial record VersionedArea
{
    [TitleValue, Placeholder("[Name]")]
    public string? Name { get; init; }

    [TitleValue, Placeholder("[Version]")]
    public string? Version { get; init; }
}
