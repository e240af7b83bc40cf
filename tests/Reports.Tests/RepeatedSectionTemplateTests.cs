using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A repeated section's example instances in the blank template (how many, with a rule after each), as spec-kit's spec
/// template shows three prioritized user stories, each closed by <c>---</c>, then its repeat guidance.
/// </summary>
public sealed class RepeatedSectionTemplateTests
{
    [Fact]
    public void The_template_shows_the_instances_asked_for_each_closed_by_a_rule()
    {
        Assert.Equal(
            """
            # Spec

            ## User Scenarios & Testing *(mandatory)*

            ### User Story 1 - [Brief Title] (Priority: P1)

            [Describe this user journey in plain language]

            **Acceptance Scenarios**:

            1. **Given** [initial state], **When** [action], **Then** [expected outcome]

            ---

            ### User Story 2 - [Brief Title] (Priority: P2)

            [Describe this user journey in plain language]

            **Acceptance Scenarios**:

            1. **Given** [initial state], **When** [action], **Then** [expected outcome]

            ---

            ### User Story 3 - [Brief Title] (Priority: P3)

            [Describe this user journey in plain language]

            **Acceptance Scenarios**:

            1. **Given** [initial state], **When** [action], **Then** [expected outcome]

            ---

            [Add more user stories as needed, each with an assigned priority]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            StorySpec.RenderTemplate());
    }

    [Fact]
    public void Stories_closed_by_rules_read_back_and_the_blank_template_reads()
    {
        var spec = new StorySpec
        {
            Scenarios = new StoryScenarios
            {
                Stories =
                [
                    new UserStory { Title = "Reset by email", Priority = "P1", Journey = "A user asks for a link.", Scenarios = [new Scenario("no session", "asks", "gets a link")] },
                    new UserStory { Title = "Lockout", Priority = "P2", Journey = "Too many tries lock.", Scenarios = [new Scenario("5 failures", "tries again", "is locked")] },
                ],
            },
        };
        var markdown = spec.ToMarkdown();

        Assert.Contains("**Then** is locked\n\n---\n", markdown, StringComparison.Ordinal);
        Assert.Equal(spec, StorySpec.Parse(markdown));
        Assert.Equal(3, StorySpec.Parse(StorySpec.MarkdownTemplate).Scenarios!.Stories.Count);
    }

    [Fact]
    public void TemplateItems_sets_the_number_of_instances_whatever_the_placeholders()
    {
        Assert.Equal("# Risks\n\n## Risk 1: [Name]\n\n## Risk 2: [Name]\n", RiskHeadingList.RenderTemplate());
    }
}

[Report("Risks")]
public partial record RiskHeadingList
{
    [Section("Risk {n}: {Name}", TemplateItems = 2)]
    public ReportList<RiskHeadingItem> Risks { get; init; } = [];
}

public partial record RiskHeadingItem
{
    [TitleValue, Placeholder("[Name]")]
    public string? Name { get; init; }
}

[Report("Spec")]
public partial record StorySpec
{
    [Section("User Scenarios & Testing", Condition = "*(mandatory)*")]
    public StoryScenarios? Scenarios { get; init; }
}

public partial record StoryScenarios
{
    [Section("User Story {n} - {Title} (Priority: {Priority})", TemplateItems = 3, RuleAfter = true, RepeatGuidance = "[Add more user stories as needed, each with an assigned priority]")]
    public ReportList<UserStory> Stories { get; init; } = [];
}

public partial record UserStory
{
    [TitleValue, Placeholder("[Brief Title]")]
    public string? Title { get; init; }

    [TitleValue, Placeholder("P1", "P2", "P3")]
    public string? Priority { get; init; }

    [Text, Placeholder("[Describe this user journey in plain language]")]
    public string? Journey { get; init; }

    [List("Acceptance Scenarios", Numbered = true, BlankLineAfterLabel = true)]
    public ReportList<Scenario> Scenarios { get; init; } = [];
}

[Inline("**Given** {Given}, **When** {When}, **Then** {Then}")]
public sealed record Scenario(
    [property: Placeholder("[initial state]")] string Given,
    [property: Placeholder("[action]")] string When,
    [property: Placeholder("[expected outcome]")] string Then);
