using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// <c>[Report(SectionLevel = 3)]</c>: sections as level-3 headings under no title, the shape GitHub's issue forms give
/// an issue's body (<c>### What happened?</c>, then the answer).
/// </summary>
public sealed class SectionLevelTests
{
    private static readonly BugIssue Issue = new()
    {
        WhatHappened = "The export **fails** for large files.",
        Version = "2.4.0",
        Logs = "error: out of memory",
        Environment = new BugEnvironment { Details = new BugDetails { Os = "Linux", Browser = "Firefox" } },
    };

    [Fact]
    public void The_template_has_level_3_sections_and_no_title()
    {
        Assert.Equal(
            "### What happened?\n\n[Describe the bug]\n\n### Version\n\n[X.Y.Z]\n\n### Relevant log output\n\n```shell\n[Paste logs]\n```\n\n### Environment\n\n#### Details\n\n- **OS**: [OS]\n- **Browser**: [Browser]\n",
            BugIssue.MarkdownTemplate);
    }

    [Fact]
    public void A_filled_issue_reads_back_and_as_GitHub_would_write_it_with_other_levels()
    {
        var markdown = Issue.ToMarkdown();
        Assert.StartsWith("### What happened?\n\nThe export \\*\\*fails\\*\\* for large files.\n", markdown, StringComparison.Ordinal);
        Assert.Equal(Issue, BugIssue.Parse(markdown));

        var shallower = markdown.Replace("### ", "## ", StringComparison.Ordinal).Replace("#### ", "### ", StringComparison.Ordinal);
        Assert.Equal(Issue, BugIssue.Parse(shallower));
    }
}

[Report(SectionLevel = 3)]
public partial record BugIssue
{
    [Section("What happened?"), Placeholder("[Describe the bug]")]
    public string? WhatHappened { get; init; }

    [Section("Version"), Placeholder("[X.Y.Z]")]
    public string? Version { get; init; }

    [Section("Relevant log output"), CodeBlock(Language = "shell"), Placeholder("[Paste logs]")]
    public string? Logs { get; init; }

    [Section("Environment")]
    public BugEnvironment? Environment { get; init; }
}

public partial record BugEnvironment
{
    [Section("Details")]
    public BugDetails? Details { get; init; }
}

public partial record BugDetails
{
    [Field("OS"), Placeholder("[OS]")]
    public string? Os { get; init; }

    [Field("Browser"), Placeholder("[Browser]")]
    public string? Browser { get; init; }
}

/// <summary>Level-1 sections in a report without a title, as Rust's RFC template writes them.</summary>
public sealed class LevelOneSectionTests
{
    [Fact]
    public void A_report_without_a_title_may_have_level_one_sections()
    {
        Assert.Equal(
            "- Feature Name: (fill me in with a unique ident, `my_awesome_feature`)\n- Start Date: (fill me in with today's date, YYYY-MM-DD)\n\n"
            + "# Summary\n\nOne paragraph explanation of the feature.\n\n# Motivation\n\nWhy are we doing this?\n",
            RustRfc.RenderTemplate());

        var rfc = RustRfc.Parse("- Feature Name: `let_chains`\n- Start Date: 2026-03-14\n\n# Summary\n\nChain `let` in `if`.\n\n# Motivation\n\nFewer nested blocks.\n\n## Examples\n\nSee below.\n");

        Assert.Equal(("`let_chains`", "Chain `let` in `if`.", "Fewer nested blocks.\n\n## Examples\n\nSee below."), (rfc.FeatureName, rfc.Summary?.Markdown, rfc.Motivation?.Markdown));
        Assert.Equal(rfc, RustRfc.Parse(rfc.ToMarkdown()));
    }
}

[Report(SectionLevel = 1)]
public partial record RustRfc
{
    [Field("Feature Name", LabelStyle = LabelStyle.Plain), Placeholder("(fill me in with a unique ident, `my_awesome_feature`)")]
    public string? FeatureName { get; init; }

    [Field("Start Date", LabelStyle = LabelStyle.Plain), Placeholder("(fill me in with today's date, YYYY-MM-DD)")]
    public string? StartDate { get; init; }

    [Section("Summary"), Placeholder("One paragraph explanation of the feature.")]
    public MarkdownText? Summary { get; init; }

    [Section("Motivation"), Placeholder("Why are we doing this?")]
    public MarkdownText? Motivation { get; init; }
}

/// <summary>
/// Rust's RFC template (<c>0000-template.md</c> of rust-lang/rfcs) whole: level-1 sections under no title, each with the
/// link reference definition that anchors it right under its heading, and prose, lists and code as placeholders.
/// </summary>
public sealed class RustRfcTemplateTests
{
    private const string Template = """
        - Feature Name: (fill me in with a unique ident, `my_awesome_feature`)
        - Start Date: (fill me in with today's date, YYYY-MM-DD)
        - RFC PR: [rust-lang/rfcs#0000](https://github.com/rust-lang/rfcs/pull/0000)
        - Rust Issue: [rust-lang/rust#0000](https://github.com/rust-lang/rust/issues/0000)

        # Summary
        [summary]: #summary

        One paragraph explanation of the feature.

        # Motivation
        [motivation]: #motivation

        Why are we doing this? What use cases does it support? What is the expected outcome?

        # Guide-level explanation
        [guide-level-explanation]: #guide-level-explanation

        Explain the proposal as if it was already included in the language and you were teaching it to another Rust programmer. That generally means:

        - Introducing new named concepts.
        - Explaining the feature largely in terms of examples.
        - Explaining how Rust programmers should *think* about the feature, and how it should impact the way they use Rust. It should explain the impact as concretely as possible.
        - If applicable, provide sample error messages, deprecation warnings, or migration guidance.
        - If applicable, describe the differences between teaching this to existing Rust programmers and new Rust programmers.
        - Discuss how this impacts the ability to read, understand, and maintain Rust code. Code is read and modified far more often than written; will the proposed feature make code easier to maintain?

        For implementation-oriented RFCs (e.g. for compiler internals), this section should focus on how compiler contributors should think about the change, and give examples of its concrete impact. For policy RFCs, this section should provide an example-driven introduction to the policy, and explain its impact in concrete terms.

        # Reference-level explanation
        [reference-level-explanation]: #reference-level-explanation

        This is the technical portion of the RFC. Explain the design in sufficient detail that:

        - Its interaction with other features is clear.
        - It is reasonably clear how the feature would be implemented.
        - Corner cases are dissected by example.

        The section should return to the examples given in the previous section, and explain more fully how the detailed proposal makes those examples work.

        # Drawbacks
        [drawbacks]: #drawbacks

        Why should we *not* do this?

        # Rationale and alternatives
        [rationale-and-alternatives]: #rationale-and-alternatives

        - Why is this design the best in the space of possible designs?
        - What other designs have been considered and what is the rationale for not choosing them?
        - What is the impact of not doing this?
        - If this is a language proposal, could this be done in a library or macro instead? Does the proposed change make Rust code easier or harder to read, understand, and maintain?

        # Prior art
        [prior-art]: #prior-art

        Discuss prior art, both the good and the bad, in relation to this proposal.
        A few examples of what this can include are:

        - For language, library, cargo, tools, and compiler proposals: Does this feature exist in other programming languages and what experience have their community had?
        - For community proposals: Is this done by some other community and what were their experiences with it?
        - For other teams: What lessons can we learn from what other communities have done here?
        - Papers: Are there any published papers or great posts that discuss this? If you have some relevant papers to refer to, this can serve as a more detailed theoretical background.

        This section is intended to encourage you as an author to think about the lessons from other languages, provide readers of your RFC with a fuller picture.
        If there is no prior art, that is fine - your ideas are interesting to us whether they are brand new or if it is an adaptation from other languages.

        Note that while precedent set by other languages is some motivation, it does not on its own motivate an RFC.
        Please also take into consideration that rust sometimes intentionally diverges from common language features.

        # Unresolved questions
        [unresolved-questions]: #unresolved-questions

        - What parts of the design do you expect to resolve through the RFC process before this gets merged?
        - What parts of the design do you expect to resolve through the implementation of this feature before stabilization?
        - What related issues do you consider out of scope for this RFC that could be addressed in the future independently of the solution that comes out of this RFC?

        # Future possibilities
        [future-possibilities]: #future-possibilities

        Think about what the natural extension and evolution of your proposal would
        be and how it would affect the language and project as a whole in a holistic
        way. Try to use this section as a tool to more fully consider all possible
        interactions with the project and language in your proposal.
        Also consider how this all fits into the roadmap for the project
        and of the relevant sub-team.

        This is also a good place to "dump ideas", if they are out of scope for the
        RFC you are writing but otherwise related.

        If you have tried and cannot think of any future possibilities,
        you may simply state that you cannot think of anything.

        Note that having something written down in the future-possibilities section
        is not a reason to accept the current or a future RFC; such notes should be
        in the section on motivation or rationale in this or subsequent RFCs.
        The section merely provides additional information.

        """;

    private const string Filled = """
        - Feature Name: `async_drop`
        - Start Date: 2026-03-14
        - RFC PR: [rust-lang/rfcs#3812](https://github.com/rust-lang/rfcs/pull/3812)
        - Rust Issue: [rust-lang/rust#140001](https://github.com/rust-lang/rust/issues/140001)

        # Summary
        [summary]: #summary

        Add an `AsyncDrop` trait so that values can run asynchronous cleanup.

        # Motivation
        [motivation]: #motivation

        Many resources need async cleanup:

        - network connections
        - database transactions

        # Guide-level explanation
        [guide-level-explanation]: #guide-level-explanation

        Implement the trait:

        ```rust
        impl AsyncDrop for Conn {
            async fn drop(self: Pin<&mut Self>) { self.close().await; }
        }
        ```

        ## Interaction with `Drop`

        Both may be implemented.

        # Reference-level explanation
        [reference-level-explanation]: #reference-level-explanation

        The compiler inserts an await point.

        # Drawbacks
        [drawbacks]: #drawbacks

        Complexity.

        # Rationale and alternatives
        [rationale-and-alternatives]: #rationale-and-alternatives

        - Do nothing.

        # Prior art
        [prior-art]: #prior-art

        C# has `IAsyncDisposable`.

        # Unresolved questions
        [unresolved-questions]: #unresolved-questions

        - Naming.

        # Future possibilities
        [future-possibilities]: #future-possibilities

        None yet.
        """;

    [Fact]
    public void The_blank_template_is_the_projects_file_to_the_byte_and_reads_back()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), RustRfcTemplate.RenderTemplate());

        var blank = RustRfcTemplate.Parse(RustRfcTemplate.MarkdownTemplate);
        Assert.Equal(13, blank.CheckCompleteness().Issues.Count);
    }

    [Fact]
    public void A_filled_rfc_that_keeps_its_anchors_reads_with_its_prose_lists_code_and_subheadings()
    {
        var rfc = RustRfcTemplate.Parse(Filled);

        Assert.Equal("`async_drop`", rfc.FeatureName);
        Assert.Equal("Many resources need async cleanup:\n\n- network connections\n- database transactions", rfc.Motivation?.Markdown);
        Assert.Contains("## Interaction with `Drop`", rfc.GuideLevelExplanation?.Markdown, StringComparison.Ordinal);
        Assert.True(rfc.CheckCompleteness().IsComplete);
        Assert.Equal(rfc, RustRfcTemplate.Parse(rfc.ToMarkdown()));
        Assert.Equal(rfc, RustRfcTemplate.Parse(string.Join("\n", Filled.Split('\n').Where(l => !l.StartsWith('[')))));
    }
}

[Report(SectionLevel = 1)]
public partial record RustRfcTemplate
{
    [Field("Feature Name", LabelStyle = LabelStyle.Plain), Placeholder("(fill me in with a unique ident, `my_awesome_feature`)")]
    public string? FeatureName { get; init; }

    [Field("Start Date", LabelStyle = LabelStyle.Plain), Placeholder("(fill me in with today's date, YYYY-MM-DD)")]
    public string? StartDate { get; init; }

    [Field("RFC PR", LabelStyle = LabelStyle.Plain), Placeholder("[rust-lang/rfcs#0000](https://github.com/rust-lang/rfcs/pull/0000)")]
    public MarkdownText? RfcPr { get; init; }

    [Field("Rust Issue", LabelStyle = LabelStyle.Plain), Placeholder("[rust-lang/rust#0000](https://github.com/rust-lang/rust/issues/0000)")]
    public MarkdownText? RustIssue { get; init; }

    [Section("Summary", Compact = true, Guidance = "[summary]: #summary"), Placeholder("One paragraph explanation of the feature.")]
    public MarkdownText? Summary { get; init; }

    [Section("Motivation", Compact = true, Guidance = "[motivation]: #motivation"), Placeholder("Why are we doing this? What use cases does it support? What is the expected outcome?")]
    public MarkdownText? Motivation { get; init; }

    [Section("Guide-level explanation", Compact = true, Guidance = "[guide-level-explanation]: #guide-level-explanation"), Placeholder("Explain the proposal as if it was already included in the language and you were teaching it to another Rust programmer. That generally means:\n\n- Introducing new named concepts.\n- Explaining the feature largely in terms of examples.\n- Explaining how Rust programmers should *think* about the feature, and how it should impact the way they use Rust. It should explain the impact as concretely as possible.\n- If applicable, provide sample error messages, deprecation warnings, or migration guidance.\n- If applicable, describe the differences between teaching this to existing Rust programmers and new Rust programmers.\n- Discuss how this impacts the ability to read, understand, and maintain Rust code. Code is read and modified far more often than written; will the proposed feature make code easier to maintain?\n\nFor implementation-oriented RFCs (e.g. for compiler internals), this section should focus on how compiler contributors should think about the change, and give examples of its concrete impact. For policy RFCs, this section should provide an example-driven introduction to the policy, and explain its impact in concrete terms.")]
    public MarkdownText? GuideLevelExplanation { get; init; }

    [Section("Reference-level explanation", Compact = true, Guidance = "[reference-level-explanation]: #reference-level-explanation"), Placeholder("This is the technical portion of the RFC. Explain the design in sufficient detail that:\n\n- Its interaction with other features is clear.\n- It is reasonably clear how the feature would be implemented.\n- Corner cases are dissected by example.\n\nThe section should return to the examples given in the previous section, and explain more fully how the detailed proposal makes those examples work.")]
    public MarkdownText? ReferenceLevelExplanation { get; init; }

    [Section("Drawbacks", Compact = true, Guidance = "[drawbacks]: #drawbacks"), Placeholder("Why should we *not* do this?")]
    public MarkdownText? Drawbacks { get; init; }

    [Section("Rationale and alternatives", Compact = true, Guidance = "[rationale-and-alternatives]: #rationale-and-alternatives"), Placeholder("- Why is this design the best in the space of possible designs?\n- What other designs have been considered and what is the rationale for not choosing them?\n- What is the impact of not doing this?\n- If this is a language proposal, could this be done in a library or macro instead? Does the proposed change make Rust code easier or harder to read, understand, and maintain?")]
    public MarkdownText? RationaleAndAlternatives { get; init; }

    [Section("Prior art", Compact = true, Guidance = "[prior-art]: #prior-art"), Placeholder("Discuss prior art, both the good and the bad, in relation to this proposal.\nA few examples of what this can include are:\n\n- For language, library, cargo, tools, and compiler proposals: Does this feature exist in other programming languages and what experience have their community had?\n- For community proposals: Is this done by some other community and what were their experiences with it?\n- For other teams: What lessons can we learn from what other communities have done here?\n- Papers: Are there any published papers or great posts that discuss this? If you have some relevant papers to refer to, this can serve as a more detailed theoretical background.\n\nThis section is intended to encourage you as an author to think about the lessons from other languages, provide readers of your RFC with a fuller picture.\nIf there is no prior art, that is fine - your ideas are interesting to us whether they are brand new or if it is an adaptation from other languages.\n\nNote that while precedent set by other languages is some motivation, it does not on its own motivate an RFC.\nPlease also take into consideration that rust sometimes intentionally diverges from common language features.")]
    public MarkdownText? PriorArt { get; init; }

    [Section("Unresolved questions", Compact = true, Guidance = "[unresolved-questions]: #unresolved-questions"), Placeholder("- What parts of the design do you expect to resolve through the RFC process before this gets merged?\n- What parts of the design do you expect to resolve through the implementation of this feature before stabilization?\n- What related issues do you consider out of scope for this RFC that could be addressed in the future independently of the solution that comes out of this RFC?")]
    public MarkdownText? UnresolvedQuestions { get; init; }

    [Section("Future possibilities", Compact = true, Guidance = "[future-possibilities]: #future-possibilities"), Placeholder("Think about what the natural extension and evolution of your proposal would\nbe and how it would affect the language and project as a whole in a holistic\nway. Try to use this section as a tool to more fully consider all possible\ninteractions with the project and language in your proposal.\nAlso consider how this all fits into the roadmap for the project\nand of the relevant sub-team.\n\nThis is also a good place to \"dump ideas\", if they are out of scope for the\nRFC you are writing but otherwise related.\n\nIf you have tried and cannot think of any future possibilities,\nyou may simply state that you cannot think of anything.\n\nNote that having something written down in the future-possibilities section\nis not a reason to accept the current or a future RFC; such notes should be\nin the section on motivation or rationale in this or subsequent RFCs.\nThe section merely provides additional information.")]
    public MarkdownText? FuturePossibilities { get; init; }
}
