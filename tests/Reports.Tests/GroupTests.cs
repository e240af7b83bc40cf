using System;
using System.Linq;
using Reports.Tests.Model;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// GitHub's default bug report template whole (<c>.github/ISSUE_TEMPLATE/bug_report.md</c>): its front matter, and the
/// <c>Desktop</c> and <c>Smartphone</c> groups of plain <c>OS: [e.g. iOS]</c> and <c>Browser [e.g. chrome, safari]</c>
/// bullets under a bold label, written to the byte and read back as people and agents fill them.
/// </summary>
public sealed class GitHubBugIssueTests
{
    private const string Template = """
        ---
        name: Bug report
        about: Create a report to help us improve
        title: ''
        labels: ''
        assignees: ''

        ---

        **Describe the bug**
        A clear and concise description of what the bug is.

        **To Reproduce**
        Steps to reproduce the behavior:
        1. Go to '...'
        2. Click on '....'
        3. Scroll down to '....'
        4. See error

        **Expected behavior**
        A clear and concise description of what you expected to happen.

        **Screenshots**
        If applicable, add screenshots to help explain your problem.

        **Desktop (please complete the following information):**
         - OS: [e.g. iOS]
         - Browser [e.g. chrome, safari]
         - Version [e.g. 22]

        **Smartphone (please complete the following information):**
         - Device: [e.g. iPhone6]
         - OS: [e.g. iOS8.1]
         - Browser [e.g. stock browser, safari]
         - Version [e.g. 22]

        **Additional context**
        Add any other context about the problem here.

        """;

    private const string Filled = """
        **Describe the bug**
        Saving a draft crashes the editor.

        **To Reproduce**
        Steps to reproduce the behavior:
        1. Open a draft
        2. Press Ctrl+S

        **Expected behavior**
        The draft is saved.

        **Screenshots**
        ![The crash dialog](https://example.com/crash.png)

        **Desktop (please complete the following information):**
         - OS: Windows 11
         - Browser Firefox 120
         - Version 3.2.1

        **Smartphone (please complete the following information):**
         - Device: [e.g. iPhone6]
         - OS: [e.g. iOS8.1]
         - Browser [e.g. stock browser, safari]
         - Version [e.g. 22]

        **Additional context**
        Only with drafts over 1 MB.
        """;

    [Fact]
    public void The_template_is_written_as_GitHub_ships_it()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), GitHubBugIssue.RenderTemplate());
    }

    [Fact]
    public void A_filled_issue_reads_its_groups_and_leaves_the_untouched_one_out()
    {
        var issue = GitHubBugIssue.Parse(Filled);

        Assert.Equal(new GitHubDesktop { OS = "Windows 11", Browser = "Firefox 120", Version = "3.2.1" }, issue.Desktop);
        Assert.Null(issue.Smartphone);
        Assert.Equal("![The crash dialog](https://example.com/crash.png)", issue.Screenshots?.Markdown);
        Assert.True(issue.CheckCompleteness().IsComplete, string.Join("\n", issue.CheckCompleteness().Issues));
        Assert.Equal(issue, GitHubBugIssue.Parse(issue.ToMarkdown()));
    }

    [Fact]
    public void A_filled_issue_is_written_as_the_template_lays_it_out()
    {
        var issue = GitHubBugIssue.Parse(Filled);

        var written = issue.ToMarkdown();

        Assert.Contains("**Desktop (please complete the following information):**\n - OS: Windows 11\n - Browser Firefox 120\n - Version 3.2.1\n\n**Additional context**", written, StringComparison.Ordinal);
        Assert.DoesNotContain("Smartphone", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- OS: Windows 11\n- Browser: Firefox 120\n- Version: 3.2.1")]
    [InlineData(" - **OS**: Windows 11\n - **Browser**: Firefox 120\n - **Version**: 3.2.1")]
    [InlineData("- os: Windows 11\n- BROWSER Firefox 120\n- Version:3.2.1")]
    [InlineData("* OS: Windows 11\n* Browser Firefox 120\n* Version 3.2.1")]
    public void The_fields_of_a_group_read_in_the_forms_agents_write_them(string desktop)
    {
        var text = Filled.Replace(" - OS: Windows 11\n - Browser Firefox 120\n - Version 3.2.1", desktop, StringComparison.Ordinal);

        var issue = GitHubBugIssue.Parse(text);

        Assert.Equal(new GitHubDesktop { OS = "Windows 11", Browser = "Firefox 120", Version = "3.2.1" }, issue.Desktop);
    }

    [Fact]
    public void The_blank_template_reads_as_nothing_filled()
    {
        var parsed = GitHubBugIssue.Parse(GitHubBugIssue.MarkdownTemplate);

        Assert.Null(parsed.Desktop);
        Assert.Null(parsed.Smartphone);
        Assert.Contains(parsed.CheckCompleteness().Issues, i => i.Path == "Describe the bug");
    }

    [Fact]
    public void A_group_answered_with_none_is_left_out()
    {
        var text = Filled.Replace("**Smartphone (please complete the following information):**\n - Device: [e.g. iPhone6]\n - OS: [e.g. iOS8.1]\n - Browser [e.g. stock browser, safari]\n - Version [e.g. 22]",
            "**Smartphone (please complete the following information):** N/A", StringComparison.Ordinal);

        var issue = GitHubBugIssue.Parse(text);

        Assert.Null(issue.Smartphone);
        Assert.Equal("3.2.1", issue.Desktop?.Version);
    }

    [Fact]
    public void A_partly_filled_group_keeps_its_placeholders_for_the_completeness_check()
    {
        var text = Filled.Replace(" - Version 3.2.1", " - Version [e.g. 22]", StringComparison.Ordinal);

        var issue = GitHubBugIssue.Parse(text);

        Assert.Equal("Windows 11", issue.Desktop?.OS);
        var issueFound = Assert.Single(issue.CheckCompleteness().Issues);
        Assert.Equal("Desktop (please complete the following information) › Version", issueFound.Path);
        Assert.Equal(CompletenessIssueKind.Placeholder, issueFound.Kind);
    }

    [Fact]
    public void A_line_of_a_group_that_names_no_field_is_an_error_naming_the_line()
    {
        var text = Filled.Replace(" - Version 3.2.1", " - Version 3.2.1\n - Resolution: 4K", StringComparison.Ordinal);

        Assert.False(GitHubBugIssue.TryParse(text, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal("RPT0203", error.Code);
        Assert.Equal(19, error.Line);
        Assert.Contains("Resolution: 4K", error.Message, StringComparison.Ordinal);
        Assert.Contains("'OS', 'Browser', 'Version'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_of_a_group_written_without_its_label_are_errors_that_say_so()
    {
        var text = Filled.Replace("**Desktop (please complete the following information):**\n", string.Empty, StringComparison.Ordinal);

        Assert.False(GitHubBugIssue.TryParse(text, out _, out var errors));

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Contains("a part of the group 'Desktop (please complete the following information)': write the group's label", e.Message, StringComparison.Ordinal));
        Assert.Contains("'Desktop (please complete the following information)'", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_given_twice_is_an_error()
    {
        var desktop = "**Desktop (please complete the following information):**\n - OS: Windows 11\n - Browser Firefox 120\n - Version 3.2.1\n";
        var text = Filled.Replace("**Additional context**", desktop + "\n**Additional context**", StringComparison.Ordinal);

        Assert.False(GitHubBugIssue.TryParse(text, out _, out var errors));

        Assert.Contains(errors, e => e.Code == "RPT0201" && e.Message.Contains("Desktop", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_that_starts_like_a_label_end_reads_back_as_written()
    {
        var issue = new GitHubBugIssue
        {
            Bug = "Crash",
            Steps = ["Open it"],
            Expected = "No crash",
            Desktop = new GitHubDesktop { OS = ": colon first", Browser = ": also", Version = "**bold** 1" },
        };

        Assert.Equal(issue, GitHubBugIssue.Parse(issue.ToMarkdown()));
    }
}

[Report(FrontMatter = "name: Bug report\nabout: Create a report to help us improve\ntitle: ''\nlabels: ''\nassignees: ''\n\n")]
public partial record GitHubBugIssue
{
    [Field("Describe the bug", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("A clear and concise description of what the bug is.")]
    public string? Bug { get; init; }

    [List("To Reproduce", Numbered = true, LabelStyle = LabelStyle.NoColon, Guidance = "Steps to reproduce the behavior:")]
    [Placeholder("Go to '...'", "Click on '....'", "Scroll down to '....'", "See error")]
    public ReportList<string> Steps { get; init; } = [];

    [Field("Expected behavior", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon), Placeholder("A clear and concise description of what you expected to happen.")]
    public string? Expected { get; init; }

    [Field("Screenshots", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon, Optional = true), Placeholder("If applicable, add screenshots to help explain your problem.")]
    public MarkdownText? Screenshots { get; init; }

    [Group("Desktop (please complete the following information)", LabelStyle = LabelStyle.ColonInsideBold, Indent = 1, Optional = true)]
    public GitHubDesktop? Desktop { get; init; }

    [Group("Smartphone (please complete the following information)", LabelStyle = LabelStyle.ColonInsideBold, Indent = 1, Optional = true)]
    public GitHubSmartphone? Smartphone { get; init; }

    [Field("Additional context", Layout = FieldLayout.Block, LabelStyle = LabelStyle.NoColon, Optional = true), Placeholder("Add any other context about the problem here.")]
    public string? Context { get; init; }
}

public sealed record GitHubDesktop
{
    [Field("OS", LabelStyle = LabelStyle.Plain), Placeholder("[e.g. iOS]")]
    public string? OS { get; init; }

    [Field("Browser", LabelStyle = LabelStyle.PlainNoColon), Placeholder("[e.g. chrome, safari]")]
    public string? Browser { get; init; }

    [Field("Version", LabelStyle = LabelStyle.PlainNoColon), Placeholder("[e.g. 22]")]
    public string? Version { get; init; }
}

public sealed record GitHubSmartphone
{
    [Field("Device", LabelStyle = LabelStyle.Plain), Placeholder("[e.g. iPhone6]")]
    public string? Device { get; init; }

    [Field("OS", LabelStyle = LabelStyle.Plain), Placeholder("[e.g. iOS8.1]")]
    public string? OS { get; init; }

    [Field("Browser", LabelStyle = LabelStyle.PlainNoColon), Placeholder("[e.g. stock browser, safari]")]
    public string? Browser { get; init; }

    [Field("Version", LabelStyle = LabelStyle.PlainNoColon), Placeholder("[e.g. 22]")]
    public string? Version { get; init; }
}

/// <summary>Groups of every kind of part, in sections and in repeated blocks, written and read back.</summary>
public sealed class GroupShapeTests
{
    [Fact]
    public void The_template_shows_each_group_under_its_label()
    {
        Assert.Equal(
            """
            # Groups: [Name]

            ## Environment

            > Build: [build]
            > **Channel:** [channel]

            **Test Configuration**:
            - **OS:** [OS]
            - **Runtime:** `[Runtime]`
            - **Notes:** [Notes]
            - **Cores:** [Cores]
            - **Mood:** 🟢 GOOD / 🟡 IN_DOUBT / 🔴 BAD
            - **Source:** `src/[path]` - [Purpose]

            - [ ] Clean machine

            **Tools:**
            - [Tools]

            **Desktop (please complete the following information):**
             - OS: [e.g. iOS]
             - Browser [e.g. chrome, safari]
             - Version [e.g. 22]
             - Details: [Details]

            **Machine**
            <!-- hostname -f -->
            Host: [host]  
            Memory [GB]

            Steps to Reproduce:

            1.
            2.

            - **Verdict:** [Verdict]

            ## Runs

            **Run 1: [Run Label]**
            - **Result:** [Result]

            **Setup:**
            - **Seed:** [Seed]
            - Flags: [Flags]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            GroupsReport.RenderTemplate());
    }

    [Fact]
    public void The_template_reads_back_with_its_comment_and_empty_steps()
    {
        var blank = GroupsReport.Parse(GroupsReport.MarkdownTemplate);
        var kept = GroupsReport.Parse(GroupsReport.MarkdownTemplate.Replace("[host]", "build-7", StringComparison.Ordinal).Replace("[GB]", "16", StringComparison.Ordinal));

        Assert.Null(blank.Environment?.Machine);
        Assert.Empty(blank.Environment!.Steps);
        Assert.Contains(blank.CheckCompleteness().Issues, i => i.Path == "Environment › Steps to Reproduce");
        Assert.Equal(new MachineLines { Host = "build-7", Memory = "16" }, kept.Environment?.Machine);
    }
}

/// <summary>Labels an agent wrote without their bold, read where the line would otherwise be an error.</summary>
public sealed class PlainLabelDriftTests
{
    [Fact]
    public void Bold_fields_and_list_labels_written_plain_read_as_their_parts()
    {
        var drifted = """
            # Groups: Nightly

            ## Environment

            **Test Configuration**:
            - OS: Ubuntu 24.04
            - Runtime: `net10.0`
            - Cores: 8

            - [x] Clean machine

            Tools:
            - dotnet
            - git

            - **Verdict**: stable
            """;

        var report = GroupsReport.Parse(drifted);

        var configuration = report.Environment!.Configuration!;
        Assert.Equal(("Ubuntu 24.04", "net10.0", 8, true), (configuration.OS, configuration.Runtime, configuration.Cores, configuration.Clean));
        Assert.Equal(["dotnet", "git"], configuration.Tools);
        Assert.Equal("stable", report.Environment.Verdict);
    }

    [Fact]
    public void A_plain_line_that_names_no_part_is_still_an_error()
    {
        var drifted = "# Groups: Nightly\n\n## Environment\n\n**Test Configuration**:\n- OS: Ubuntu\n- Kernel: 6.8\n";

        Assert.False(GroupsReport.TryParse(drifted, out _, out var errors));

        Assert.Contains(errors, e => e.Code == "RPT0203" && e.Message.Contains("Kernel: 6.8", StringComparison.Ordinal));
    }
}

/// <summary>Plain labels kept apart from the text and the values around them (survey re-run findings).</summary>
public sealed class PlainLabelBoundaryTests
{
    [Theory]
    [InlineData("Browser crashes on start.")]
    [InlineData("browser: crashes")]
    [InlineData("By design, the cluster has no quorum.")]
    [InlineData("Browser")]
    public void Free_text_that_starts_like_a_plain_label_reads_back_as_text(string body)
    {
        var report = new PlainLinesReport { Browser = "Firefox", By = "Ana", Body = body, Notes = body };

        var markdown = report.ToMarkdown();

        Assert.Equal(report, PlainLinesReport.Parse(markdown));
    }

    [Fact]
    public void A_group_answered_none_under_its_label_or_as_its_only_item_is_not_given()
    {
        var below = GitHubBugIssueText("**Smartphone (please complete the following information):**\nN/A");
        var item = GitHubBugIssueText("**Smartphone (please complete the following information):**\n- N/A");
        var blank = GitHubBugIssueText("**Smartphone (please complete the following information):**\n\nNone");

        Assert.Null(GitHubBugIssue.Parse(below).Smartphone);
        Assert.Null(GitHubBugIssue.Parse(item).Smartphone);
        Assert.Null(GitHubBugIssue.Parse(blank).Smartphone);
        Assert.Equal("3.2.1", GitHubBugIssue.Parse(item).Desktop?.Version);
    }

    [Fact]
    public void A_group_whose_first_line_names_no_field_reports_against_the_group_s_parts()
    {
        var text = GitHubBugIssueText("**Smartphone (please complete the following information):**\n - Model: Pixel 8\n - OS: Android 15");

        Assert.False(GitHubBugIssue.TryParse(text, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.StartsWith("Smartphone (please complete the following information): expected one of the parts 'Device', 'OS', 'Browser', 'Version'", error.Message, StringComparison.Ordinal);
    }

    private static string GitHubBugIssueText(string smartphone) =>
        "**Describe the bug**\nCrash.\n\n**To Reproduce**\n1. Open it\n\n**Expected behavior**\nNo crash.\n\n"
        + "**Desktop (please complete the following information):**\n - OS: Windows 11\n - Browser Firefox 120\n - Version 3.2.1\n\n"
        + smartphone + "\n\n**Additional context**\nNone.\n";
}

[Report]
public partial record PlainLinesReport
{
    [Field("Browser", Layout = FieldLayout.Line, LabelStyle = LabelStyle.PlainNoColon), Placeholder("[e.g. chrome]")]
    public string? Browser { get; init; }

    [Field("By", Layout = FieldLayout.Line, LabelStyle = LabelStyle.Plain), Placeholder("(Names)")]
    public string? By { get; init; }

    [Text, Placeholder("[Body]")]
    public string? Body { get; init; }

    [Section("Notes"), Placeholder("[Notes]")]
    public string? Notes { get; init; }
}

/// <summary>Findings of the adversarial review of groups and plain labels, each kept from coming back.</summary>
public sealed class GroupBoundaryTests
{
    [Theory]
    [InlineData("Browser crashes on start.")]
    [InlineData("os: y")]
    [InlineData("OS")]
    [InlineData("OS:")]
    [InlineData("browser")]
    [InlineData("Runtime: 8")]
    [InlineData("none")]
    public void Text_after_a_group_reads_back_as_text(string body)
    {
        var report = new GroupTextReport { Env = new GroupTextEnv { OS = "Linux" }, Body = body };

        Assert.Equal(report, GroupTextReport.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void A_group_with_no_values_reads_back_as_a_group()
    {
        var report = new GroupTextReport { Env = new GroupTextEnv(), Body = "Text" };

        Assert.Equal(report, GroupTextReport.Parse(report.ToMarkdown()));
    }

    [Fact]
    public void A_group_that_starts_with_a_labelled_list_reads_back()
    {
        var report = new GroupListReport { Env = new GroupListEnv { Items = ["a", "b"], Host = "h" } };

        Assert.Equal("**Env**:\n\n**Items**:\n- a\n- b\n\n- **Host**: h\n", report.ToMarkdown());
        Assert.Equal(report, GroupListReport.Parse(report.ToMarkdown()));
        Assert.True(GroupListReport.TryParse(GroupListReport.MarkdownTemplate, out _, out var errors), string.Join("\n", errors));
    }
}

[Report]
public partial record GroupTextReport
{
    [Group("Env", Optional = true)]
    public GroupTextEnv? Env { get; init; }

    [Text(Optional = true)]
    public string? Body { get; init; }
}

public partial record GroupTextEnv
{
    [Field("OS", LabelStyle = LabelStyle.Plain, Optional = true)]
    public string? OS { get; init; }

    [Field("Browser", LabelStyle = LabelStyle.PlainNoColon, Optional = true)]
    public string? Browser { get; init; }

    [Field("Runtime", Optional = true)]
    public string? Runtime { get; init; }
}

[Report]
public partial record GroupListReport
{
    [Group("Env", Optional = true)]
    public GroupListEnv? Env { get; init; }
}

public partial record GroupListEnv
{
    [List("Items")]
    public ReportList<string> Items { get; init; } = [];

    [Field("Host")]
    public string? Host { get; init; }
}

/// <summary>Findings of the second adversarial run, kept from coming back.</summary>
public sealed class GroupSecondReviewTests
{
    [Theory]
    [InlineData("hello")]
    [InlineData("Run 2")]
    [InlineData("Run 2: y")]
    public void Free_text_of_a_repeated_block_after_its_fields_reads_back(string notes)
    {
        var report = new RunNotesReport { Runs = [new RunNotes { Result = "ok", Notes = notes }, new RunNotes { Result = "fail", Notes = "second" }] };

        Assert.Equal(report, RunNotesReport.Parse(report.ToMarkdown()));
        Assert.True(RunNotesReport.TryParse(RunNotesReport.MarkdownTemplate, out _, out var errors), string.Join("\n", errors));
    }

    [Fact]
    public void An_unbolded_next_title_or_a_plain_field_of_the_record_around_is_not_a_block_s_text()
    {
        var markdown = "## Runs\n\n**Run 1**\n- **Result**: ok\n\nfirst notes\n\nRun 2\n- **Result**: fail\n\nsecond notes\n\nVerdict: stable\n";

        var report = RunVerdictReport.Parse(markdown);

        Assert.Equal([new RunNotes { Result = "ok", Notes = "first notes" }, new RunNotes { Result = "fail", Notes = "second notes" }], report.Runs!.Runs);
        Assert.Equal("stable", report.Runs.Verdict);
    }

    [Theory]
    [InlineData("Run 2")]
    [InlineData("Verdict: stable")]
    [InlineData("verdict")]
    public void A_block_s_text_that_starts_like_a_title_or_a_field_around_reads_back(string notes)
    {
        var report = new RunVerdictReport { Runs = new RunVerdictPart { Runs = [new RunNotes { Result = "ok", Notes = notes }], Verdict = "v" } };

        Assert.Equal(report, RunVerdictReport.Parse(report.ToMarkdown()));
    }

    [Theory]
    [InlineData("None")]
    [InlineData("N/A")]
    [InlineData("n/a.")]
    public void Text_saying_none_after_a_group_of_no_values_is_kept(string body)
    {
        var report = new GroupTextReport { Env = new GroupTextEnv(), Body = body };

        Assert.Equal(report, GroupTextReport.Parse(report.ToMarkdown()));
    }
}

[Report]
public partial record RunNotesReport
{
    [Section("Runs"), Repeated("Run {n}")]
    public ReportList<RunNotes> Runs { get; init; } = [];
}

public partial record RunNotes
{
    [Field("Result"), Placeholder("[Result]")]
    public string? Result { get; init; }

    [Text, Placeholder("[Notes]")]
    public string? Notes { get; init; }
}

/// <summary>A group that starts with a labelled list, inside repeated blocks (second adversarial run).</summary>
public sealed class GroupInRepeatedTests
{
    [Fact]
    public void A_group_starting_with_a_labelled_list_inside_repeated_blocks_reads_back()
    {
        var report = new RepeatedGroupReport
        {
            Runs = [new RepeatedGroupRun { Result = "ok", Env = new GroupListEnv { Items = ["a", "b"], Host = "h" } }, new RepeatedGroupRun { Result = "fail", Env = new GroupListEnv { Items = ["c"], Host = "k" } }],
        };

        Assert.Equal(report, RepeatedGroupReport.Parse(report.ToMarkdown()));
        Assert.True(RepeatedGroupReport.TryParse(RepeatedGroupReport.MarkdownTemplate, out _, out var errors), string.Join("\n", errors));
    }
}

[Report]
public partial record RepeatedGroupReport
{
    [Section("Runs"), Repeated("Run {n}")]
    public ReportList<RepeatedGroupRun> Runs { get; init; } = [];
}

public partial record RepeatedGroupRun
{
    [Field("Result"), Placeholder("[Result]")]
    public string? Result { get; init; }

    [Group("Env")]
    public GroupListEnv? Env { get; init; }
}

[Report]
public partial record RunVerdictReport
{
    [Section("Runs")]
    public RunVerdictPart? Runs { get; init; }
}

public partial record RunVerdictPart
{
    [Repeated("Run {n}")]
    public ReportList<RunNotes> Runs { get; init; } = [];

    [Field("Verdict"), Placeholder("[Verdict]")]
    public string? Verdict { get; init; }
}

/// <summary>A paragraph field's later lines may start like a plain line field's label (third adversarial run).</summary>
public sealed class ParagraphBesidePlainLinesTests
{
    [Theory]
    [InlineData("First line.\nBrowser crashes.")]
    [InlineData("First line.\nBy: Ana")]
    public void A_paragraph_field_keeps_its_lines_beside_plain_line_fields(string details)
    {
        var report = new PlainLinesWithParagraph { Browser = "Firefox", By = "Ana", Details = details };

        Assert.Equal(report, PlainLinesWithParagraph.Parse(report.ToMarkdown()));
    }
}

[Report]
public partial record PlainLinesWithParagraph
{
    [Field("Browser", Layout = FieldLayout.Line, LabelStyle = LabelStyle.PlainNoColon), Placeholder("[e.g. chrome]")]
    public string? Browser { get; init; }

    [Field("By", Layout = FieldLayout.Line, LabelStyle = LabelStyle.Plain), Placeholder("(Names)")]
    public string? By { get; init; }

    [Field("Details", Layout = FieldLayout.Paragraph), Placeholder("[Details]")]
    public string? Details { get; init; }
}

/// <summary>A repeated block whose first part is a group (final regression check).</summary>
public sealed class RepeatedBlockStartingWithGroupTests
{
    [Fact]
    public void A_repeated_block_starting_with_a_group_reads_back()
    {
        var report = new GroupFirstReport { Runs = [new GroupFirstRun { Extra = new RunSetup { Seed = "1", Flags = "-O2" }, Outcome = "ok" }] };

        Assert.Equal(report, GroupFirstReport.Parse(report.ToMarkdown()));
        Assert.True(GroupFirstReport.TryParse(GroupFirstReport.MarkdownTemplate, out _, out var errors), string.Join("\n", errors));
    }
}

[Report]
public partial record GroupFirstReport
{
    [Section("Runs"), Repeated("Run {n}")]
    public ReportList<GroupFirstRun> Runs { get; init; } = [];
}

public partial record GroupFirstRun
{
    [Group("Extra")]
    public RunSetup? Extra { get; init; }

    [Field("Outcome"), Placeholder("[Outcome]")]
    public string? Outcome { get; init; }
}

/// <summary>A repeated block's free text that reads like its group's list label (final regression check, N1).</summary>
public sealed class BlockTextBesideGroupListTests
{
    [Theory]
    [InlineData("Items:")]
    [InlineData("items: a, b")]
    public void Free_text_like_a_group_s_list_label_reads_back(string notes)
    {
        var report = new RunGroupTextReport { Runs = [new RunGroupText { Result = "ok", Extra = new GroupListEnv { Items = ["a"], Host = "h" }, Notes = notes }] };

        Assert.Equal(report, RunGroupTextReport.Parse(report.ToMarkdown()));
    }
}

[Report]
public partial record RunGroupTextReport
{
    [Section("Runs"), Repeated("Run {n}")]
    public ReportList<RunGroupText> Runs { get; init; } = [];
}

public partial record RunGroupText
{
    [Field("Result"), Placeholder("[Result]")]
    public string? Result { get; init; }

    [Group("Extra")]
    public GroupListEnv? Extra { get; init; }

    [Text, Placeholder("[Notes]")]
    public string? Notes { get; init; }
}
