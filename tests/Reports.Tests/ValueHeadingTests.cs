using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Sections repeated per item and headed by the item's values alone (spec-kit's checklist template: <c>## [Category 1]</c>
/// over each category's checks): any heading no other section claims starts an item.
/// </summary>
public sealed class ValueHeadingTests
{
    [Fact]
    public void The_template_heads_each_example_item_with_its_placeholder()
    {
        Assert.Equal(
            """
            # Checklist: [FEATURE]

            **Purpose**: [Purpose]

            <!--
              IMPORTANT: The checklist items below are SAMPLE ITEMS.
            -->

            ## [Category]

            - [ ] [Check]

            ## Notes

            [Notes]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            CategoryChecklist.RenderTemplate());

        var blank = CategoryChecklist.Parse(CategoryChecklist.MarkdownTemplate);
        Assert.Equal("[Category]", Assert.Single(blank.Categories).Name);
        Assert.False(blank.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void Items_headed_by_their_values_write_and_read_back()
    {
        var report = new CategoryChecklist
        {
            Feature = "Login",
            Purpose = "Release gate",
            Categories =
            [
                new ChecklistCategory { Name = "Requirement Completeness", Checks = [new ChecklistItem("CHK001 All flows specified", true)] },
                new ChecklistCategory { Name = "Edge Cases", Checks = [new ChecklistItem("CHK002 Lockout covered")] },
            ],
            Notes = "Reviewed twice.",
        };
        var markdown = report.ToMarkdown();

        Assert.Contains("\n## Requirement Completeness\n\n- [x] CHK001 All flows specified\n\n## Edge Cases\n\n- [ ] CHK002 Lockout covered\n\n## Notes\n", markdown, StringComparison.Ordinal);
        Assert.Equal(report, CategoryChecklist.Parse(markdown));
    }

    [Fact]
    public void A_fixed_section_is_never_taken_for_an_item_even_written_loosely()
    {
        var report = CategoryChecklist.Parse("# Checklist: Login\n\n**Purpose**: Gate\n\n<!--\n  IMPORTANT: The checklist items below are SAMPLE ITEMS.\n-->\n\n## Security\n\n- [ ] CHK009 Tokens hashed\n\n## **Notes:**\n\nNone.\n");

        Assert.Equal("Security", Assert.Single(report.Categories).Name);
        Assert.Equal("None.", report.Notes);
    }

    [Theory]
    [InlineData("Nots")]
    [InlineData("Notes!")]
    [InlineData("Note")]
    public void A_heading_a_letter_off_a_fixed_section_is_an_error_not_a_category(string heading)
    {
        Assert.False(CategoryChecklist.TryParse("# Checklist: Login\n\n**Purpose**: Gate\n\n## Security\n\n- [ ] CHK009 Tokens hashed\n\n## " + heading + "\n\nNone.\n", out _, out var errors));

        Assert.Contains(errors, e => e.Code == "RPT0200" && e.Message.Contains(heading, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Notes")]
    [InlineData("**Notes:**")]
    [InlineData("Note")]
    public void A_category_whose_name_is_a_fixed_sections_heading_is_refused_when_written(string name)
    {
        var report = new CategoryChecklist { Feature = "F", Purpose = "P", Categories = [new ChecklistCategory { Name = name, Checks = [new ChecklistItem("x")] }], Notes = "n" };

        Assert.Throws<ReportRenderException>(() => report.ToMarkdown());
    }
}

[Report("Checklist: {Feature}")]
public partial record CategoryChecklist
{
    [TitleValue, Placeholder("[FEATURE]")]
    public string? Feature { get; init; }

    [Field("Purpose", Layout = FieldLayout.Paragraph), Placeholder("[Purpose]")]
    public string? Purpose { get; init; }

    [Section("{Name}", GuidanceAbove = "<!--\n  IMPORTANT: The checklist items below are SAMPLE ITEMS.\n-->")]
    public ReportList<ChecklistCategory> Categories { get; init; } = [];

    [Section("Notes", Optional = true), Placeholder("[Notes]")]
    public string? Notes { get; init; }
}

public partial record ChecklistCategory
{
    [TitleValue, Placeholder("[Category]")]
    public string? Name { get; init; }

    [Checklist, Placeholder("[Check]")]
    public ReportList<ChecklistItem> Checks { get; init; } = [];
}

/// <summary>A comment the template shows above a section's heading.</summary>
public sealed class GuidanceAboveTests
{
    [Fact]
    public void The_comment_stands_above_the_heading_in_the_template_only()
    {
        var report = new AboveReport { Summary = "s", Notes = "n" };

        Assert.Equal("# Above\n\n## Summary\n\n[Summary]\n\n<!-- Notes are optional. -->\n\n## Notes\n\n[Notes]\n", AboveReport.RenderTemplate());
        Assert.Equal("# Above\n\n## Summary\n\ns\n\n## Notes\n\nn\n", report.ToMarkdown());
        Assert.Equal(report, AboveReport.Parse(AboveReport.MarkdownTemplate.Replace("[Summary]", "s", StringComparison.Ordinal).Replace("[Notes]", "n", StringComparison.Ordinal)));
    }
}

[Report("Above")]
public partial record AboveReport
{
    [Section("Summary")]
    public string? Summary { get; init; }

    [Section("Notes", GuidanceAbove = "<!-- Notes are optional. -->")]
    public string? Notes { get; init; }
}
