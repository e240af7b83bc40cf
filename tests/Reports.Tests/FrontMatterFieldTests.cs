using System;
using System.Linq;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// Fields written as the YAML front matter that opens the file (<c>status: accepted</c> between <c>---</c> lines), as MADR's
/// decision records carry their metadata: the template to the byte, what people and agents write there, YAML's quoting.
/// </summary>
public sealed class FrontMatterFieldTests
{
    private const string Template = """
        ---
        # These are optional elements. Feel free to remove any of them.
        status: {proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005](0005-example.md)}
        date: {YYYY-MM-DD when the decision was last updated}
        deciders: {list everyone involved in the decision}
        ---
        # {short title of solved problem and solution}

        ## Context and Problem Statement

        {Describe the context and problem statement.}

        """;

    private const string Filled = """
        ---
        status: accepted
        date: 2026-03-14
        deciders: "Alice, Bob: the platform team" # who signed off
        ---

        # Use PostgreSQL for the orders service

        ## Context and Problem Statement

        Orders need transactions across three tables.
        """;

    [Fact]
    public void The_blank_template_shows_the_front_matter_lines_with_their_placeholders_to_the_byte()
    {
        Assert.Equal(Template.Replace("\r\n", "\n", StringComparison.Ordinal), FrontMatterAdr.RenderTemplate());

        var blank = FrontMatterAdr.Parse(FrontMatterAdr.MarkdownTemplate);
        Assert.Null(blank.Date);
        Assert.Contains(blank.CheckCompleteness().Issues, i => i.Path == "date");
    }

    [Fact]
    public void A_filled_record_reads_its_front_matter_and_round_trips()
    {
        var adr = FrontMatterAdr.Parse(Filled);

        Assert.Equal("accepted", adr.Status);
        Assert.Equal(new DateOnly(2026, 3, 14), adr.Date);
        Assert.Equal("Alice, Bob: the platform team", adr.Deciders);
        Assert.Equal("Use PostgreSQL for the orders service", adr.Title);
        Assert.True(adr.CheckCompleteness().IsComplete);

        var written = adr.ToMarkdown();
        Assert.StartsWith("---\nstatus: accepted\ndate: 2026-03-14\ndeciders: \"Alice, Bob: the platform team\"\n---\n# Use PostgreSQL", written, StringComparison.Ordinal);
        Assert.Equal(adr, FrontMatterAdr.Parse(written));
    }

    [Fact]
    public void Keys_in_any_case_single_quotes_comments_and_the_templates_own_lines_read()
    {
        var text = Filled
            .Replace("status: accepted", "# These are optional elements. Feel free to remove any of them.\nStatus: 'accepted'", StringComparison.Ordinal)
            .Replace("\"Alice, Bob: the platform team\" # who signed off", "'Alice, Bob: the platform team''s leads'", StringComparison.Ordinal);

        var adr = FrontMatterAdr.Parse(text);

        Assert.Equal("accepted", adr.Status);
        Assert.Equal("Alice, Bob: the platform team's leads", adr.Deciders);
    }

    [Fact]
    public void A_record_a_chat_model_put_in_a_markdown_fence_reads_its_front_matter_there()
    {
        var fenced = "Here is the decision record:\n\n```markdown\n" + Filled + "\n```\n";

        Assert.Equal(FrontMatterAdr.Parse(Filled), FrontMatterAdr.Parse(fenced));
        Assert.False(FrontMatterAdr.TryParse(fenced.Replace("date: 2026-03-14", "date: soon", StringComparison.Ordinal), out _, out var errors));
        Assert.Equal(("RPT0202", 6), (Assert.Single(errors).Code, errors[0].Line));
    }

    [Fact]
    public void A_record_without_front_matter_reads_with_those_fields_missing()
    {
        var adr = FrontMatterAdr.Parse(Filled.Substring(Filled.IndexOf("# Use", StringComparison.Ordinal)));

        Assert.Null(adr.Status);
        Assert.Equal("Use PostgreSQL for the orders service", adr.Title);
        Assert.Contains(adr.CheckCompleteness().Issues, i => i.Path == "status" && i.Kind == CompletenessIssueKind.Missing);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("2026")]
    [InlineData("-1")]
    [InlineData(".5")]
    [InlineData("2026-03-14")]
    [InlineData("a: b")]
    [InlineData("a:b")]
    [InlineData("ends with:")]
    [InlineData("# not a comment")]
    [InlineData("x #y")]
    [InlineData("x#y")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("two\nlines")]
    [InlineData("tab\there")]
    [InlineData("quote \" inside")]
    [InlineData("\"quoted\"")]
    [InlineData("'single'")]
    [InlineData("back\\slash \\n")]
    [InlineData("-")]
    [InlineData("- item")]
    [InlineData("-dash")]
    [InlineData("? key")]
    [InlineData("[a, b]")]
    [InlineData("{a: b}")]
    [InlineData("&anchor")]
    [InlineData("*alias")]
    [InlineData("!tag")]
    [InlineData("| block")]
    [InlineData("> folded")]
    [InlineData("%directive")]
    [InlineData("@at")]
    [InlineData("`tick`")]
    [InlineData("---")]
    [InlineData("…")]
    [InlineData("🚀 launch")]
    [InlineData("\u0001 control \u007F")]
    [InlineData("line\u2028separator\u0085next")]
    [InlineData("\uFEFFbom")]
    [InlineData("**bold** <b>html</b> [link](x)")]
    public void Any_text_value_round_trips_through_the_front_matter(string value)
    {
        var adr = new FrontMatterAdr { Status = value, Deciders = value, Title = "T", Date = new DateOnly(2026, 1, 2), Context = "c" };

        var read = FrontMatterAdr.Parse(adr.ToMarkdown());

        Assert.Equal(value, read.Status);
        Assert.Equal(adr, read);
    }

    [Theory]
    [InlineData("\"a\\x00b\"", "a\uFFFDb")]
    [InlineData("\"a\\u0000b\"", "a\uFFFDb")]
    [InlineData("\"\\ud83d\\ude80 go\"", "\U0001F680 go")]
    [InlineData("\"\\U0001F680\"", "\U0001F680")]
    [InlineData("\"\\ud83d alone\"", "\uFFFD alone")]
    public void Escapes_read_as_yaml_and_json_writers_mean_them(string written, string value)
    {
        var adr = FrontMatterAdr.Parse(Filled.Replace("status: accepted", "status: " + written, StringComparison.Ordinal));

        Assert.Equal(value, adr.Status);
        Assert.Equal(adr, FrontMatterAdr.Parse(adr.ToMarkdown()));
    }

    [Fact]
    public void A_front_matter_key_named_like_a_body_field_leaves_that_field_its_own()
    {
        var report = new FrontMatterRelease { Title = "2.4", Build = 7, Notes = "n" };
        var named = new FrontMatterSameLabel { Status = "draft", BodyStatus = "green", Title = "T" };

        Assert.Equal(report, FrontMatterRelease.Parse(report.ToMarkdown()));
        Assert.Equal(named, FrontMatterSameLabel.Parse(named.ToMarkdown()));
        Assert.True(FrontMatterSameLabel.TryParse(FrontMatterSameLabel.MarkdownTemplate, out _, out var errors), string.Join("\n", errors));
    }

    [Fact]
    public void A_value_markdown_cannot_carry_is_refused_with_its_key()
    {
#pragma warning disable RPT0101 // left out on purpose: the refusal comes first
        var adr = new FrontMatterAdr { Status = "a\0b", Title = "T" };
#pragma warning restore RPT0101

        var error = Assert.Throws<ReportRenderException>(() => adr.ToMarkdown());
        Assert.Equal("status", error.Path);
    }

    [Fact]
    public void Typed_values_are_written_plain_and_read_quoted_or_not()
    {
        var release = new FrontMatterRelease { Stage = ReleaseStage.Canary, Shipped = true, Build = 42, Title = "2.4" };

        var written = release.ToMarkdown();

        Assert.StartsWith("---\nstage: 🐤 CANARY\nshipped: true\nbuild: 42\n---\n\n# Release 2.4\n", written, StringComparison.Ordinal);
        Assert.Equal(release, FrontMatterRelease.Parse(written));
        Assert.Equal(release, FrontMatterRelease.Parse(written.Replace("stage: 🐤 CANARY", "stage: \"canary\"", StringComparison.Ordinal)
            .Replace("shipped: true", "shipped: yes", StringComparison.Ordinal).Replace("build: 42", "build: '42'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Optional_fields_left_out_write_no_front_matter()
    {
        var release = new FrontMatterRelease { Title = "2.4" };

        var written = release.ToMarkdown();

        Assert.StartsWith("# Release 2.4\n", written, StringComparison.Ordinal);
        Assert.Equal(release, FrontMatterRelease.Parse(written));
        Assert.StartsWith("---\nbuild: 7\n---\n\n# Release", (release with { Build = 7 }).ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_field_left_out_is_written_as_its_template_line()
    {
#pragma warning disable RPT0101 // left out on purpose
        var adr = new FrontMatterAdr { Title = "T", Status = "accepted", Context = "c" };
#pragma warning restore RPT0101

        var written = adr.ToMarkdown();

        Assert.Contains("\ndate: {YYYY-MM-DD when the decision was last updated}\n", written, StringComparison.Ordinal);
        Assert.Equal(adr, FrontMatterAdr.Parse(written));
    }

    [Theory]
    [InlineData("owner: Alice", "RPT0203", 3, "the key 'owner', which the report has no field for")]
    [InlineData("status: proposed", "RPT0201", 3, "it a second time (first on line 2)")]
    [InlineData("  - Carol", "RPT0203", 3, "a value nested in or continuing the line above")]
    [InlineData("just words", "RPT0203", 3, "which is not a 'key: value' line")]
    public void A_line_that_is_not_one_of_the_fields_is_an_error_at_its_line(string line, string code, int number, string found)
    {
        var text = Filled.Replace("date: 2026-03-14", line + "\ndate: 2026-03-14", StringComparison.Ordinal);

        Assert.False(FrontMatterAdr.TryParse(text, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(number, error.Line);
        Assert.Contains(found, error.Found, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: next week", 3, 7, "a date")]
    [InlineData("date: \"2026-03-14", 3, 7, "never closed")]
    [InlineData("date: \"2026-03-14\" later", 3, 7, "after the quoted value")]
    [InlineData("date: \"\\q\"", 3, 7, "an escape YAML does not know")]
    public void A_value_that_does_not_read_is_an_error_at_its_column(string line, int number, int column, string text)
    {
        var wrong = Filled.Replace("date: 2026-03-14", line, StringComparison.Ordinal);

        Assert.False(FrontMatterAdr.TryParse(wrong, out _, out var errors));

        var error = Assert.Single(errors);
        Assert.Equal(("RPT0202", number, column, "date"), (error.Code, error.Line, error.Column, error.Path));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_the_front_matter_and_in_the_body_are_all_listed_at_the_files_lines()
    {
        var wrong = Filled.Replace("date: 2026-03-14", "date: soon", StringComparison.Ordinal)
            .Replace("## Context and Problem Statement", "## Consequences", StringComparison.Ordinal);

        Assert.False(FrontMatterAdr.TryParse(wrong, out _, out var errors));

        Assert.Equal(new[] { ("RPT0202", 3), ("RPT0200", 9) }, errors.Select(e => (e.Code, e.Line)));
    }
}

[Report("{Title}", FrontMatter = "# These are optional elements. Feel free to remove any of them.", CompactFrontMatter = true)]
public partial record FrontMatterAdr
{
    [Field("status", Layout = FieldLayout.FrontMatter), Placeholder("{proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005](0005-example.md)}")]
    public string? Status { get; init; }

    [Field("date", Layout = FieldLayout.FrontMatter), Placeholder("{YYYY-MM-DD when the decision was last updated}")]
    public DateOnly? Date { get; init; }

    [Field("deciders", Layout = FieldLayout.FrontMatter, Optional = true), Placeholder("{list everyone involved in the decision}")]
    public string? Deciders { get; init; }

    [TitleValue, Placeholder("{short title of solved problem and solution}")]
    public string? Title { get; init; }

    [Section("Context and Problem Statement"), Placeholder("{Describe the context and problem statement.}")]
    public string? Context { get; init; }
}

public enum ReleaseStage
{
    [Option("CANARY", Emoji = "🐤")] Canary = 1,
    [Option("GENERAL", Emoji = "🌍")] General,
}

[Report("Release {Title}")]
public partial record FrontMatterRelease
{
    [TitleValue]
    public string? Title { get; init; }

    [Field("stage", Layout = FieldLayout.FrontMatter, Optional = true)]
    public ReleaseStage? Stage { get; init; }

    [Field("shipped", Layout = FieldLayout.FrontMatter, Optional = true)]
    public bool? Shipped { get; init; }

    [Field("build", Layout = FieldLayout.FrontMatter, Optional = true)]
    public int? Build { get; init; }

    [Field("Notes", Optional = true)]
    public string? Notes { get; init; }
}

[Report("Same {Title}")]
public partial record FrontMatterSameLabel
{
    [TitleValue]
    public string? Title { get; init; }

    [Field("status", Layout = FieldLayout.FrontMatter, Optional = true)]
    public string? Status { get; init; }

    [Field("Status", Optional = true)]
    public string? BodyStatus { get; init; }
}
