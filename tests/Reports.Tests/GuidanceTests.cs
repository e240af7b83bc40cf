using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Guidance of several blocks (a block quote note, an italic hint) is template text: a filled report may keep it or
/// drop it, block by block, and reads the same; a quote that holds anything else is still an error.
/// </summary>
public sealed class GuidanceTests
{
    private const string Template = """
        # Release Notes

        ## Summary

        > **Note:** fill this in before the review.

        *Keep it short.*

        [Summary]

        ## Risks

        - **Level**: [Level]

        """;

    private static readonly ReleaseNotes Filled = new() { Summary = "Adds retries.", Risks = new ReleaseRisks { Level = "Low" } };

    [Fact]
    public void Guidance_of_several_blocks_is_written_in_the_blank_template()
    {
        Assert.Equal(Template, ReleaseNotes.RenderTemplate());
    }

    [Theory]
    [InlineData("kept whole", "")]
    [InlineData("the quote dropped", "> **Note:** fill this in before the review.\n\n")]
    [InlineData("the hint dropped", "*Keep it short.*\n\n")]
    public void A_filled_report_that_keeps_any_of_the_guidance_reads_the_same(string variation, string dropped)
    {
        var markdown = Template.Replace("[Summary]", "Adds retries.", StringComparison.Ordinal).Replace("[Level]", "Low", StringComparison.Ordinal);
        if (dropped.Length > 0)
        {
            markdown = markdown.Replace(dropped, string.Empty, StringComparison.Ordinal);
        }

        Assert.True(ReleaseNotes.TryParse(markdown, out var report, out var errors), variation + ": " + string.Join("\n", errors));
        Assert.Equal(Filled, report);
    }

    [Fact]
    public void A_quote_that_holds_more_than_the_guidance_is_an_error()
    {
        var markdown = Filled.ToMarkdown().Replace("## Summary\n\n", "## Summary\n\n> **Note:** fill this in before the review.\n> Reviewed by Sam.\n\n", StringComparison.Ordinal);
        Assert.False(ReleaseNotes.TryParse(markdown, out _, out var errors));
        Assert.Equal("(5,1): error RPT0203: Summary: expected report content (labelled values, lists, tables, code fences), found a block quote.", Assert.Single(errors).ToString());
    }
}

[Report("Release Notes")]
public partial record ReleaseNotes
{
    [Section("Summary", Guidance = "> **Note:** fill this in before the review.\n\n*Keep it short.*")]
    public string? Summary { get; init; }

    [Section("Risks")]
    public ReleaseRisks? Risks { get; init; }
}

public partial record ReleaseRisks
{
    [Field("Level")]
    public string? Level { get; init; }
}

/// <summary>Guidance of several paragraphs or lines, kept by the agent, over a Markdown body or a record of fields.</summary>
public sealed class LongGuidanceTests
{
    [Fact]
    public void A_comment_of_two_paragraphs_kept_over_a_markdown_body_is_not_part_of_it()
    {
        var blank = LongGuidanceReport.Parse(LongGuidanceReport.MarkdownTemplate);
        var kept = LongGuidanceReport.Parse(LongGuidanceReport.MarkdownTemplate.Replace("<!--\nFirst part.\n\nSecond part.\n-->\n", "<!--\nFirst part.\n\nSecond part.\n-->\n\nFixes a crash.\n", StringComparison.Ordinal));

        Assert.True(string.IsNullOrEmpty(blank.Description?.Markdown));
        Assert.Equal("Fixes a crash.", kept.Description?.Markdown);
        Assert.Equal(kept, LongGuidanceReport.Parse(kept.ToMarkdown()));
    }

    [Fact]
    public void Plain_guidance_of_two_lines_kept_over_fields_is_skipped()
    {
        var kept = "## Description\n\nFixes a crash.\n\n## Environment\n\nPlease fill the list below.\n(or run the script).\n\n- OS: Linux\n";

        var report = LongGuidanceReport.Parse(kept);

        Assert.Equal("Linux", report.Environment?.OS);
        Assert.True(LongGuidanceReport.TryParse(LongGuidanceReport.MarkdownTemplate, out _, out var errors), string.Join("\n", errors));
    }
}

[Report]
public partial record LongGuidanceReport
{
    [Section("Description", Guidance = "<!--\nFirst part.\n\nSecond part.\n-->"), Placeholder("")]
    public MarkdownText? Description { get; init; }

    [Section("Environment", Guidance = "Please fill the list below.\n(or run the script).")]
    public LongGuidanceEnvironment? Environment { get; init; }
}

public partial record LongGuidanceEnvironment
{
    [Field("OS", LabelStyle = LabelStyle.Plain), Placeholder("")]
    public string? OS { get; init; }
}

/// <summary>Guidance right over the content (<c>CompactGuidance</c>): Django's pull request template, to the byte.</summary>
public sealed class CompactGuidanceTests
{
    private const string Template = """
        #### Trac ticket number
        <!-- Replace XXXXX with the corresponding Trac ticket number. -->
        <!-- Or delete the line and write "N/A" if this is a trivial PR. -->

        ticket-XXXXX

        #### Branch description
        Provide a concise overview of the issue or rationale behind the proposed changes.

        #### AI Assistance Disclosure (REQUIRED)
        <!-- Please select exactly ONE of the following: -->
        - [ ] **No AI tools were used** in preparing this PR.
        - [ ] **If AI tools were used**, I have disclosed which ones, and fully reviewed and verified their output.

        #### Checklist
        - [ ] This PR targets the `main` branch.
        - [ ] I have added or updated relevant tests.

        """;

    [Fact]
    public void The_template_puts_the_checks_right_under_their_comment()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), DjangoPullRequest.RenderTemplate());
    }

    [Fact]
    public void A_filled_pull_request_reads_with_the_comments_kept_or_not()
    {
        var kept = Template.Replace("ticket-XXXXX", "ticket-36012", StringComparison.Ordinal)
            .Replace("Provide a concise overview of the issue or rationale behind the proposed changes.", "Fixes the admin's date filter.", StringComparison.Ordinal)
            .Replace("- [ ] **No AI tools were used**", "- [x] **No AI tools were used**", StringComparison.Ordinal)
            .Replace("- [ ] This PR targets", "- [x] This PR targets", StringComparison.Ordinal);
        var removed = string.Join("\n", kept.Split('\n').Where(l => !l.StartsWith("<!--", StringComparison.Ordinal)));

        var pr = DjangoPullRequest.Parse(kept);

        Assert.Equal(("ticket-36012", "Fixes the admin's date filter.", true, false, true), (pr.Ticket, pr.Description, pr.NoAi, pr.AiDisclosed, pr.TargetsMain));
        Assert.Equal(pr, DjangoPullRequest.Parse(removed));
        Assert.Equal(pr, DjangoPullRequest.Parse(pr.ToMarkdown()));
    }
}

[Report(SectionLevel = 4, CompactHeadingLevel = 4)]
public partial record DjangoPullRequest
{
    [Section("Trac ticket number", Compact = true, Guidance = "<!-- Replace XXXXX with the corresponding Trac ticket number. -->\n<!-- Or delete the line and write \"N/A\" if this is a trivial PR. -->")]
    [Placeholder("ticket-XXXXX")]
    public string? Ticket { get; init; }

    [Section("Branch description"), Placeholder("Provide a concise overview of the issue or rationale behind the proposed changes.")]
    public string? Description { get; init; }

    [Section("AI Assistance Disclosure (REQUIRED)", Guidance = "<!-- Please select exactly ONE of the following: -->", CompactGuidance = true)]
    public DjangoAiDisclosure? Ai { get; init; }

    [Section("Checklist")]
    public DjangoChecklist? Checklist { get; init; }

    public bool NoAi => Ai?.NoAi ?? false;

    public bool AiDisclosed => Ai?.Disclosed ?? false;

    public bool TargetsMain => Checklist?.TargetsMain ?? false;
}

public partial record DjangoAiDisclosure
{
    [Check("**No AI tools were used** in preparing this PR.")]
    public bool NoAi { get; init; }

    [Check("**If AI tools were used**, I have disclosed which ones, and fully reviewed and verified their output.")]
    public bool Disclosed { get; init; }
}

public partial record DjangoChecklist
{
    [Check("This PR targets the `main` branch.")]
    public bool TargetsMain { get; init; }

    [Check("I have added or updated relevant tests.")]
    public bool Tests { get; init; }
}

/// <summary>Guidance that closes a section (<c>TrailingGuidance</c>): Atom's issue template opens with its checks and a pointer after them.</summary>
public sealed class TrailingGuidanceTests
{
    private const string Template = """
        ### Prerequisites

        * [ ] Did you check the [FAQs on Discuss](https://discuss.atom.io/c/faq)?
        * [ ] Are you reporting to the [correct repository](https://github.com/atom/atom/blob/master/CONTRIBUTING.md#atom-and-packages)?

        For more information on how to write a good bug report, see the `CONTRIBUTING` guide.

        ### Description

        [Description of the bug or feature]

        ### Steps to Reproduce

        1. [First Step]
        2. [Second Step]
        3. [and so on...]

        **Expected behavior:** [What you expected to happen]

        **Actual behavior:** [What actually happened]

        """;

    [Fact]
    public void A_pointer_kept_after_a_markdown_body_is_not_part_of_it()
    {
        var kept = "## Notes\n\nThe tree view **flickers**.\n\nSee the `CONTRIBUTING` guide.\n";

        Assert.Equal("The tree view **flickers**.", ClosedNotes.Parse(kept).Notes?.Markdown);
        Assert.Equal("## Notes\n\n[Notes]\n\nSee the `CONTRIBUTING` guide.\n", ClosedNotes.RenderTemplate());
    }

    [Fact]
    public void The_template_closes_the_section_with_its_pointer()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), AtomIssue.RenderTemplate());
    }

    [Fact]
    public void A_filled_issue_reads_with_the_pointer_kept_or_not()
    {
        var kept = Template.Replace("* [ ] Did you check", "* [x] Did you check", StringComparison.Ordinal)
            .Replace("[Description of the bug or feature]", "The tree view flickers.", StringComparison.Ordinal)
            .Replace("1. [First Step]\n2. [Second Step]\n3. [and so on...]", "1. Open a folder\n2. Collapse it", StringComparison.Ordinal)
            .Replace("[What you expected to happen]", "It collapses.", StringComparison.Ordinal)
            .Replace("[What actually happened]", "It flickers.", StringComparison.Ordinal);
        var removed = kept.Replace("For more information on how to write a good bug report, see the `CONTRIBUTING` guide.\n\n", string.Empty, StringComparison.Ordinal);

        var issue = AtomIssue.Parse(kept);

        Assert.True(issue.Prerequisites!.Faq);
        Assert.Equal(["Open a folder", "Collapse it"], issue.Steps!.Steps);
        Assert.Equal(issue, AtomIssue.Parse(removed));
        Assert.Equal(issue, AtomIssue.Parse(issue.ToMarkdown()));
        Assert.True(issue.CheckCompleteness().IsComplete, string.Join("\n", issue.CheckCompleteness().Issues));
    }
}

[Report]
public partial record ClosedNotes
{
    [Section("Notes", TrailingGuidance = "See the `CONTRIBUTING` guide."), Placeholder("[Notes]")]
    public MarkdownText? Notes { get; init; }
}

[Report(SectionLevel = 3, Bullet = '*', LabelStyle = LabelStyle.ColonInsideBold)]
public partial record AtomIssue
{
    [Section("Prerequisites", TrailingGuidance = "For more information on how to write a good bug report, see the `CONTRIBUTING` guide.")]
    public AtomPrerequisites? Prerequisites { get; init; }

    [Section("Description"), Placeholder("[Description of the bug or feature]")]
    public string? Description { get; init; }

    [Section("Steps to Reproduce")]
    public AtomSteps? Steps { get; init; }
}

public partial record AtomPrerequisites
{
    [Check("Did you check the [FAQs on Discuss](https://discuss.atom.io/c/faq)?")]
    public bool Faq { get; init; }

    [Check("Are you reporting to the [correct repository](https://github.com/atom/atom/blob/master/CONTRIBUTING.md#atom-and-packages)?")]
    public bool Repository { get; init; }
}

public partial record AtomSteps
{
    [List(Numbered = true), Placeholder("[First Step]", "[Second Step]", "[and so on...]")]
    public ReportList<string> Steps { get; init; } = [];

    [Field("Expected behavior", Layout = FieldLayout.Paragraph), Placeholder("[What you expected to happen]")]
    public string? Expected { get; init; }

    [Field("Actual behavior", Layout = FieldLayout.Paragraph), Placeholder("[What actually happened]")]
    public string? Actual { get; init; }
}

/// <summary>A Markdown body that starts or ends with its section's guidance, which a reader skips, is refused on writing.</summary>
public sealed class MarkdownBodyGuidanceTests
{
    [Theory]
    [InlineData("Describe it:\nThe crash on save.")]
    [InlineData("The crash on save.\n\nSee the `CONTRIBUTING` guide.")]
    public void A_body_that_would_lose_lines_to_the_guidance_is_refused(string body)
    {
        var report = new GuidedBodyReport { Notes = new MarkdownText(body) };

        var error = Assert.Throws<ReportRenderException>(() => report.ToMarkdown());

        Assert.Contains("Notes", error.Message, StringComparison.Ordinal);
        Assert.Contains("guidance", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_bodies_read_back_and_kept_guidance_is_skipped()
    {
        var report = new GuidedBodyReport { Notes = new MarkdownText("The crash on save.\n\nDescribe it: later.") };

        Assert.Equal(report, GuidedBodyReport.Parse(report.ToMarkdown()));
        Assert.Equal("Fixed.", GuidedBodyReport.Parse("## Notes\n\nDescribe it:\n\nFixed.\n\nSee the `CONTRIBUTING` guide.\n").Notes?.Markdown);
    }
}

[Report]
public partial record GuidedBodyReport
{
    [Section("Notes", Guidance = "Describe it:", TrailingGuidance = "See the `CONTRIBUTING` guide."), Placeholder("[Notes]")]
    public MarkdownText? Notes { get; init; }
}
