using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Agent OS's spec template (<c>instructions/core/templates/spec-template.md</c>): fields in a block quote under the title
/// (<c>&gt; Spec: [SPEC_NAME]</c>), user stories headed by their titles, written to the byte and read back as filled.
/// </summary>
public sealed class AgentOsSpecTests
{
    private const string Template = """
        # Spec Requirements Document

        > Agent-OS: v2.2.1
        > Spec: [SPEC_NAME]
        > Created: [CURRENT_DATE]
        > Status: Planning

        ## Overview

        [1-2_SENTENCE_GOAL_AND_OBJECTIVE]

        ## User Stories

        ### [STORY_TITLE]

        As a [USER_TYPE], I want to [ACTION], so that [BENEFIT].

        [DETAILED_WORKFLOW_DESCRIPTION]

        ## Spec Scope

        1. **[FEATURE_NAME]** - [ONE_SENTENCE_DESCRIPTION]
        2. **[FEATURE_NAME]** - [ONE_SENTENCE_DESCRIPTION]

        ## Out of Scope

        - [EXCLUDED_FUNCTIONALITY_1]
        - [EXCLUDED_FUNCTIONALITY_2]

        ## Expected Deliverable

        1. [TESTABLE_OUTCOME_1]
        2. [TESTABLE_OUTCOME_2]

        """;

    private const string Filled = """
        # Spec Requirements Document

        > Agent-OS: v2.2.1
        > Spec: Password Reset
        > Created: 2026-12-07
        > Status: Planning

        ## Overview

        Let users reset a forgotten password by email.

        ## User Stories

        ### Forgotten password

        As a user, I want to reset my password, so that I can sign in again.

        The user asks for a link, opens it within an hour and sets a new password.

        ## Spec Scope

        1. **Reset link** - An emailed link valid for one hour
        2. **Lockout** - Five failed attempts lock the account

        ## Out of Scope

        - SMS reset

        ## Expected Deliverable

        1. A user can reset a password from the sign-in page
        """;

    [Fact]
    public void The_blank_template_is_the_projects_file_to_the_byte()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), AgentOsSpec.RenderTemplate());
        Assert.True(AgentOsSpec.TryParse(AgentOsSpec.MarkdownTemplate, out _, out _));
    }

    [Fact]
    public void A_filled_spec_reads_with_or_without_its_quote_markers_and_round_trips()
    {
        var spec = AgentOsSpec.Parse(Filled);

        Assert.Equal("Password Reset", spec.Spec);
        Assert.Equal(new DateOnly(2026, 12, 7), spec.Created);
        Assert.Equal("Planning", spec.Status);
        Assert.Equal("Forgotten password", Assert.Single(spec.Stories).Title);
        Assert.Equal(spec, AgentOsSpec.Parse(spec.ToMarkdown()));
        Assert.Equal(spec, AgentOsSpec.Parse(Filled.Replace("> ", string.Empty, StringComparison.Ordinal)));
        Assert.True(spec.CheckCompleteness().IsComplete);
        Assert.Contains("\n> Agent-OS: v2.2.1\n> Spec: Password Reset\n> Created: 2026-12-07\n> Status: Planning\n", spec.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_value_in_the_quote_is_an_error_at_its_line()
    {
        Assert.False(AgentOsSpec.TryParse(Filled.Replace("2026-12-07", "someday", StringComparison.Ordinal), out _, out var errors));

        Assert.Contains(errors, e => e.Line == 5 && e.Code == "RPT0202");
    }
}

[Report("Spec Requirements Document")]
public partial record AgentOsSpec
{
    [Field("Agent-OS", Layout = FieldLayout.Quote, LabelStyle = LabelStyle.Plain, Optional = true), Placeholder("v2.2.1")]
    public string? AgentOs { get; init; }

    [Field("Spec", Layout = FieldLayout.Quote, LabelStyle = LabelStyle.Plain), Placeholder("[SPEC_NAME]")]
    public string? Spec { get; init; }

    [Field("Created", Layout = FieldLayout.Quote, LabelStyle = LabelStyle.Plain), Placeholder("[CURRENT_DATE]")]
    public DateOnly? Created { get; init; }

    [Field("Status", Layout = FieldLayout.Quote, LabelStyle = LabelStyle.Plain), Placeholder("Planning")]
    public string? Status { get; init; }

    [Section("Overview"), Placeholder("[1-2_SENTENCE_GOAL_AND_OBJECTIVE]")]
    public string? Overview { get; init; }

    [Section("User Stories")]
    public AgentOsStories? UserStories { get; init; }

    [Section("Spec Scope"), List(Numbered = true, TemplateItems = 2)]
    public ReportList<ScopeFeature> Scope { get; init; } = [];

    [Section("Out of Scope"), Placeholder("[EXCLUDED_FUNCTIONALITY_1]", "[EXCLUDED_FUNCTIONALITY_2]")]
    public ReportList<string> OutOfScope { get; init; } = [];

    [Section("Expected Deliverable"), List(Numbered = true), Placeholder("[TESTABLE_OUTCOME_1]", "[TESTABLE_OUTCOME_2]")]
    public ReportList<string> Deliverables { get; init; } = [];

    public ReportList<AgentOsStory> Stories => UserStories?.Stories ?? [];
}

public partial record AgentOsStories
{
    [Section("{Title}")]
    public ReportList<AgentOsStory> Stories { get; init; } = [];
}

public partial record AgentOsStory
{
    [TitleValue, Placeholder("[STORY_TITLE]")]
    public string? Title { get; init; }

    [Text, Placeholder("As a [USER_TYPE], I want to [ACTION], so that [BENEFIT].\n\n[DETAILED_WORKFLOW_DESCRIPTION]")]
    public string? Story { get; init; }
}

[Inline("**{Name}** - {Description}")]
public sealed record ScopeFeature(
    [property: Placeholder("[FEATURE_NAME]")] string Name,
    [property: Placeholder("[ONE_SENTENCE_DESCRIPTION]")] string Description);
