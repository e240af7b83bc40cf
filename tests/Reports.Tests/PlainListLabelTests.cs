using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// VS Code's bug report template whole (<c>.github/ISSUE_TEMPLATE/bug_report.md</c>): plain <c>- VSCode Version:</c>
/// bullets, a list under the plain label <c>Steps to Reproduce:</c> with a blank line before its empty example items
/// (<c>1.</c>, <c>2.</c>), and HTML comments right above two fields, written to the byte and read back as filled.
/// </summary>
public sealed class VsCodeBugTests
{
    private const string Template = """
        ---
        name: Bug report
        about: Create a report to help us improve
        ---

        <!--
        Please search existing issues to avoid creating duplicates.

        Also please test using the latest insiders build to make sure your issue has not already been fixed: https://code.visualstudio.com/insiders/
        -->

        <!-- Use Help > Report Issue to prefill these. -->
        - VSCode Version:
        - OS Version:

        Steps to Reproduce:

        1.
        2.

        <!-- Launch with `code --disable-extensions` to check. -->
        Does this issue occur when all extensions are disabled?: Yes/No

        """;

    [Fact]
    public void The_blank_template_is_the_projects_file_to_the_byte()
    {
        Assert.Equal(Template, VsCodeBugReport.MarkdownTemplate);
    }

    [Fact]
    public void The_blank_template_reads_back_as_nothing_filled_in()
    {
        var blank = VsCodeBugReport.Parse(Template);

        Assert.True(string.IsNullOrEmpty(blank.VsCodeVersion));
        Assert.True(string.IsNullOrEmpty(blank.OsVersion));
        Assert.Empty(blank.Steps);
        Assert.Null(blank.ExtensionsDisabled);
        var missing = blank.CheckCompleteness().Issues.Select(i => i.Path).ToArray();
        Assert.Contains("VSCode Version", missing);
        Assert.Contains("Steps to Reproduce", missing);
        Assert.Contains("Does this issue occur when all extensions are disabled?", missing);
    }

    [Fact]
    public void A_filled_issue_reads_with_the_comments_kept_or_removed()
    {
        const string Kept = """
            <!-- Use Help > Report Issue to prefill these. -->
            - VSCode Version: 1.96.2
            - OS Version: Windows 11 23H2

            Steps to Reproduce:

            1. Open a folder with a .editorconfig
            2. Save a file

            <!-- Launch with `code --disable-extensions` to check. -->
            Does this issue occur when all extensions are disabled?: No
            """;
        const string Removed = """
            - VSCode Version: 1.96.2
            - OS Version: Windows 11 23H2

            Steps to Reproduce:
            1. Open a folder with a .editorconfig
            2. Save a file

            Does this issue occur when all extensions are disabled?: No
            """;
        var expected = new VsCodeBugReport
        {
            VsCodeVersion = "1.96.2",
            OsVersion = "Windows 11 23H2",
            Steps = ["Open a folder with a .editorconfig", "Save a file"],
            ExtensionsDisabled = Answer.No,
        };

        Assert.Equal(expected, VsCodeBugReport.Parse(Kept));
        Assert.Equal(expected, VsCodeBugReport.Parse(Removed));
        Assert.True(expected.CheckCompleteness().IsComplete);
        Assert.Equal(expected, VsCodeBugReport.Parse(expected.ToMarkdown()));
        Assert.Contains("\nSteps to Reproduce:\n\n1. Open a folder with a .editorconfig\n2. Save a file\n", expected.ToMarkdown(), StringComparison.Ordinal);
    }
}

/// <summary>A list, table or checklist under a plain label (<c>Steps:</c>), and empty example items under any label.</summary>
public sealed class PlainListLabelTests
{
    [Fact]
    public void Plain_labels_write_without_bold_and_read_back()
    {
        var report = new PlainLabelledParts
        {
            Summary = "Steps: see below",
            Steps = ["Open", "Save"],
            Checks = [new ChecklistItem("Tested", Done: true)],
            Hosts = [new PlainHost { Name = "web-1", Role = "api" }],
        };
        var markdown = report.ToMarkdown();

        Assert.Contains("\nSteps:\n1. Open\n2. Save\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nChecks:\n- [x] Tested\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nHosts:\n\n| Name | Role |", markdown, StringComparison.Ordinal);
        Assert.StartsWith("&#83;teps: see below", markdown, StringComparison.Ordinal);
        Assert.Equal(report, PlainLabelledParts.Parse(markdown));
    }

    [Fact]
    public void The_blank_template_reads_back()
    {
        Assert.Contains("\nSteps:\n1. [First step]\n\nChecks (if any):\n- [ ] [Checks]\n\nHosts:\n\n| Name | Role |", PlainLabelledParts.MarkdownTemplate, StringComparison.Ordinal);

        var blank = PlainLabelledParts.Parse(PlainLabelledParts.MarkdownTemplate);

        Assert.Equal(["[First step]"], blank.Steps);
        Assert.Single(blank.Hosts);
        Assert.All(blank.CheckCompleteness().Issues, i => Assert.Equal(CompletenessIssueKind.Placeholder, i.Kind));
    }

    [Theory]
    [InlineData("**Steps**:\n1.\n2.\n")]
    [InlineData("**Steps**:\n\n1.\n2.\n")]
    [InlineData("Steps:\n\n1.\n2.\n")]
    public void Empty_example_items_under_a_label_read_as_no_items(string markdown)
    {
        var report = EmptyStepsReport.Parse(markdown);

        Assert.Empty(report.Steps);
        Assert.Contains(report.CheckCompleteness().Issues, i => i.Path == "Steps");
    }

    [Fact]
    public void A_template_with_empty_items_under_a_bold_label_reads_back()
    {
        Assert.Equal("**Steps**:\n1.\n2.\n", EmptyStepsReport.MarkdownTemplate);
        Assert.Empty(EmptyStepsReport.Parse(EmptyStepsReport.MarkdownTemplate).Steps);
    }

    [Fact]
    public void An_item_that_is_only_a_number_is_not_taken_for_an_empty_one()
    {
        var report = new EmptyStepsReport { Steps = ["1.", "2)"] };

        Assert.Equal(report, EmptyStepsReport.Parse(report.ToMarkdown()));
    }
}

[Report(FrontMatter = "name: Bug report\nabout: Create a report to help us improve\n",
    Preamble = "<!--\nPlease search existing issues to avoid creating duplicates.\n\nAlso please test using the latest insiders build to make sure your issue has not already been fixed: https://code.visualstudio.com/insiders/\n-->")]
public partial record VsCodeBugReport
{
    [Field("VSCode Version", LabelStyle = LabelStyle.Plain, Guidance = "<!-- Use Help > Report Issue to prefill these. -->"), Placeholder("")]
    public string? VsCodeVersion { get; init; }

    [Field("OS Version", LabelStyle = LabelStyle.Plain), Placeholder("")]
    public string? OsVersion { get; init; }

    [List("Steps to Reproduce", Numbered = true, LabelStyle = LabelStyle.Plain, BlankLineAfterLabel = true), Placeholder("", "")]
    public ReportList<string> Steps { get; init; } = [];

    [Field("Does this issue occur when all extensions are disabled?", Layout = FieldLayout.Line, LabelStyle = LabelStyle.Plain,
        Guidance = "<!-- Launch with `code --disable-extensions` to check. -->"), Placeholder("Yes/No")]
    public Answer? ExtensionsDisabled { get; init; }
}

public enum Answer
{
    [Option("Yes")]
    Yes = 1,

    [Option("No")]
    No,
}

[Report]
public partial record PlainLabelledParts
{
    [Text(Optional = true)]
    public string? Summary { get; init; }

    [List("Steps", Numbered = true, LabelStyle = LabelStyle.Plain), Placeholder("[First step]")]
    public ReportList<string> Steps { get; init; } = [];

    [Checklist("Checks", LabelStyle = LabelStyle.Plain, Condition = "if any", Optional = true)]
    public ReportList<ChecklistItem> Checks { get; init; } = [];

    [Table("Hosts", LabelStyle = LabelStyle.Plain, Optional = true)]
    public ReportList<PlainHost> Hosts { get; init; } = [];
}

public partial record PlainHost
{
    [Column("Name")]
    public string? Name { get; init; }

    [Column("Role")]
    public string? Role { get; init; }
}

[Report]
public partial record EmptyStepsReport
{
    [List("Steps", Numbered = true), Placeholder("", "")]
    public ReportList<string> Steps { get; init; } = [];
}

/// <summary>A part labelled like a member that is never written as a label (a title value, free text).</summary>
public sealed class LabelLikeMemberNameTests
{
    [Fact]
    public void A_field_labelled_like_a_title_value_or_text_member_reads()
    {
        var report = ChecklistHeadReport.Parse("# Checklist: Login\n\nWhy it matters.\n\n- **Feature**: spec.md\n- **Summary**: short\n");

        Assert.Equal(new ChecklistHeadReport { Feature = "Login", Summary = "Why it matters.", FeatureLink = "spec.md", ShortSummary = "short" }, report);
        Assert.Equal(report, ChecklistHeadReport.Parse(report.ToMarkdown()));
        Assert.True(ChecklistHeadReport.TryParse(ChecklistHeadReport.MarkdownTemplate, out _, out _));
    }
}

[Report("Checklist: {Feature}")]
public partial record ChecklistHeadReport
{
    [TitleValue, Placeholder("[FEATURE]")]
    public string? Feature { get; init; }

    [Text]
    public string? Summary { get; init; }

    [Field("Feature"), Placeholder("[Link]")]
    public string? FeatureLink { get; init; }

    [Field("Summary")]
    public string? ShortSummary { get; init; }
}

/// <summary>A code value's prefix written inside its code span, as spec-kit's own template writes its branch.</summary>
public sealed class PrefixInCodeSpanTests
{
    [Theory]
    [InlineData("**Feature Branch**: /feature/`012-login`")]
    [InlineData("**Feature Branch**: `/feature/012-login`")]
    [InlineData("**Feature Branch**: `/FEATURE/012-login`")]
    public void The_prefix_is_the_templates_wherever_it_stands(string line)
    {
        var report = BranchReport.Parse(line + "\n");

        Assert.Equal("012-login", report.Branch);
        Assert.Equal("**Feature Branch**: /feature/`012-login`\n", report.ToMarkdown());
    }

    [Fact]
    public void A_suffix_inside_the_code_span_is_the_templates_too()
    {
        Assert.Equal("v2", BranchReport.Parse("**Feature Branch**: /feature/`x`  \n**Tag**: `v2-rc`\n").Tag);
    }
}

[Report(SoftLineBreaks = false)]
public partial record BranchReport
{
    [Field("Feature Branch", Layout = FieldLayout.Line, Code = true, Prefix = "/feature/"), Placeholder("[###-feature-name]")]
    public string? Branch { get; init; }

    [Field("Tag", Layout = FieldLayout.Line, Code = true, Suffix = "-rc", Optional = true)]
    public string? Tag { get; init; }
}

/// <summary>PyTorch's bug template: a section's guidance, then empty example steps numbered <c>1.</c> each.</summary>
public sealed class EmptyStepsUnderGuidanceTests
{
    [Fact]
    public void The_blank_template_reads_back_with_no_steps()
    {
        Assert.Equal("## To Reproduce\n\nSteps to reproduce the behavior:\n\n1.\n2.\n3.\n", GuidedSteps.RenderTemplate());

        var blank = GuidedSteps.Parse(GuidedSteps.MarkdownTemplate);

        Assert.Empty(blank.Steps);
        Assert.Contains(blank.CheckCompleteness().Issues, i => i.Path == "To Reproduce");
        Assert.Equal(["Run it", "See the crash"], GuidedSteps.Parse("## To Reproduce\n\nSteps to reproduce the behavior:\n\n1. Run it\n2. See the crash\n").Steps);
    }
}

[Report]
public partial record GuidedSteps
{
    [Section("To Reproduce", Guidance = "Steps to reproduce the behavior:"), List(Numbered = true), Placeholder("", "", "")]
    public ReportList<string> Steps { get; init; } = [];
}

/// <summary>Steps all numbered <c>1.</c>, as PyTorch's bug template writes them (Markdown counts them).</summary>
public sealed class SameNumberTests
{
    [Fact]
    public void Every_item_is_written_one_and_reads_back_in_order()
    {
        Assert.Equal("## To Reproduce\n\nSteps to reproduce the behavior:\n\n1.\n1.\n1.\n", PyTorchSteps.RenderTemplate());
        Assert.Empty(PyTorchSteps.Parse(PyTorchSteps.MarkdownTemplate).Steps);

        var steps = new PyTorchSteps { Steps = [.. Enumerable.Range(1, 11).Select(i => "Step " + i + "\nwith a second line")] };
        var markdown = steps.ToMarkdown();

        Assert.Contains("\n1. Step 11&#10;with a second line\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n2. ", markdown, StringComparison.Ordinal);
        Assert.Equal(steps, PyTorchSteps.Parse(markdown));
    }
}

[Report]
public partial record PyTorchSteps
{
    [Section("To Reproduce", Guidance = "Steps to reproduce the behavior:"), List(Numbered = true, SameNumber = true), Placeholder("", "", "")]
    public ReportList<string> Steps { get; init; } = [];
}

/// <summary>An empty first example item left under a label, the next filled (<c>1.</c> then <c>2. Click</c>).</summary>
public sealed class EmptyFirstItemTests
{
    [Theory]
    [InlineData("**Steps**:\n1.\n2. Click the button\n")]
    [InlineData("**Steps**:\n1.\n2. Click the button\n3. See the error\n")]
    public void The_items_are_the_lists_and_the_empty_one_is_reported(string markdown)
    {
        var report = EmptyStepsReport.Parse(markdown);

        Assert.Equal("Click the button", report.Steps[1]);
        Assert.Equal(string.Empty, report.Steps[0]);
        Assert.False(report.CheckCompleteness().IsComplete);
    }

    [Fact]
    public void Lines_that_are_not_all_items_stay_an_error()
    {
        Assert.False(EmptyStepsReport.TryParse("**Steps**:\n1.\nClick the button\n", out _, out var errors));

        Assert.NotEmpty(errors);
    }
}
