using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Conditions given as the template writes them, in their parentheses and emphasis (spec-kit's
/// <c>## User Scenarios &amp; Testing *(mandatory)*</c>), written so in the blank template and read back kept or dropped.
/// </summary>
public sealed class ConditionStyleTests
{
    [Fact]
    public void The_template_writes_the_condition_as_given()
    {
        Assert.Equal(
            """
            # Feature Specification: [FEATURE NAME]

            **Input** _(optional)_: [User description]

            ## User Scenarios & Testing *(mandatory)*

            [Primary user story]

            ### Edge Cases *(include if any)*

            - [Edge case]

            ## Key Entities (include if feature involves data)

            - [Entity]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            SpecSheet.RenderTemplate());
    }

    [Theory]
    [InlineData("*(mandatory)*", "*(include if any)*", "*(include if feature involves data)*", " _(optional)_")]
    [InlineData("(mandatory)", "(include if any)", "(include if feature involves data)", " (optional)")]
    [InlineData("", "", "", "")]
    public void A_filled_spec_reads_with_the_conditions_kept_in_any_style_or_dropped(string mandatory, string edge, string entities, string input)
    {
        var markdown = $"""
            # Feature Specification: Password reset

            **Input**{input}: Users forget passwords

            ## User Scenarios & Testing {mandatory}

            A user resets a password by email.

            ### Edge Cases {edge}

            - Expired link

            ## Key Entities {entities}

            - ResetToken

            """;
        var expected = new SpecSheet
        {
            Name = "Password reset",
            Input = "Users forget passwords",
            Scenarios = new SpecScenarios { Story = "A user resets a password by email.", EdgeCases = ["Expired link"] },
            Entities = ["ResetToken"],
        };

        Assert.Equal(expected, SpecSheet.Parse(markdown));
        Assert.Equal(expected, SpecSheet.Parse(expected.ToMarkdown()));
    }

    [Fact]
    public void Other_text_in_parentheses_after_a_heading_is_not_a_condition()
    {
        Assert.False(SpecSheet.TryParse("# Feature Specification: X\n\n## User Scenarios & Testing *(draft)*\n\nStory.\n", out _, out var errors));
        Assert.Contains(errors, e => e.Message.Contains("User Scenarios & Testing *(draft)*", StringComparison.Ordinal));
    }
}

[Report("Feature Specification: {Name}")]
public partial record SpecSheet
{
    [TitleValue, Placeholder("[FEATURE NAME]")]
    public string? Name { get; init; }

    [Field("Input", Layout = FieldLayout.Paragraph, Condition = "_(optional)_", Optional = true), Placeholder("[User description]")]
    public string? Input { get; init; }

    [Section("User Scenarios & Testing", Condition = "*(mandatory)*")]
    public SpecScenarios? Scenarios { get; init; }

    [Section("Key Entities", Condition = "(include if feature involves data)", Optional = true), Placeholder("[Entity]")]
    public ReportList<string> Entities { get; init; } = [];
}

public partial record SpecScenarios
{
    [Text, Placeholder("[Primary user story]")]
    public string? Story { get; init; }

    [Section("Edge Cases", Condition = "*(include if any)*", Optional = true), Placeholder("[Edge case]")]
    public ReportList<string> EdgeCases { get; init; } = [];
}

/// <summary>Kubernetes' pull request template: a condition given in emphasized parentheses that hold parentheses of their own.</summary>
public sealed class NestedParenthesesConditionTests
{
    public const string ConditionText = "*(optional, in `fixes #<issue number>(, fixes #<issue_number>, ...)` format, will close that issue when PR gets merged)*";

    [Fact]
    public void The_condition_is_written_as_given_and_dropped_where_kept()
    {
        Assert.Equal("**Which issue this PR fixes** " + ConditionText + ": fixes #\n", FixesLine.RenderTemplate());

        Assert.Equal("#123", FixesLine.Parse("**Which issue this PR fixes** " + ConditionText + ": fixes #123\n").Issue);
        Assert.Equal("#123", FixesLine.Parse("**Which issue this PR fixes**: fixes #123\n").Issue);
    }
}

[Report]
public partial record FixesLine
{
    [Field("Which issue this PR fixes", Layout = FieldLayout.Paragraph, Prefix = "fixes ", Condition = NestedParenthesesConditionTests.ConditionText, Optional = true), Placeholder("#")]
    public string? Issue { get; init; }
}
