using System;
using System.Linq;
using CsCheck;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>The one placeholder rule set (<see cref="Placeholders"/>), and the small completeness value types.</summary>
public sealed class PlaceholderTests
{
    [Theory]
    [InlineData("[Date]", "[Date]")]
    [InlineData("  [Date]  ", "[Date]")]
    [InlineData("TASK-XXX", "TASK-XXX")]
    [InlineData("src/Orders/[filename]", "src/[path]/[filename]")]
    [InlineData("[Anything in brackets]", null)]
    [InlineData("[Description of the change]", "[Purpose]")]
    [InlineData("[ ]", null)]
    [InlineData("TBD", null)]
    [InlineData("tbd", null)]
    [InlineData("TODO: write this", null)]
    [InlineData("TBA.", null)]
    [InlineData("X", null)]
    [InlineData("Y", null)]
    [InlineData("XX", null)]
    [InlineData("Coverage is XX%", null)]
    [InlineData("Next: TASK-XXX", null)]
    [InlineData("Score [X]/10", null)]
    [InlineData("Due YYYY-MM-DD", null)]
    [InlineData("FIXME: the parser", null)]
    [InlineData("v1.XX", null)]
    [InlineData("DD/MM/YYYY", null)]
    [InlineData("...", null)]
    [InlineData("…", null)]
    [InlineData("???", null)]
    [InlineData("Lorem ipsum dolor sit amet", null)]
    [InlineData("SRC/[PATH]/[FILENAME]", "src/[path]/[filename]")]
    public void Placeholders_are_recognised(string value, string? placeholder)
    {
        Assert.True(Placeholders.IsPlaceholder(value, placeholder));
    }

    [Theory]
    [InlineData("2026-01-02", "[Date]")]
    [InlineData("TASK-142", "TASK-XXX")]
    [InlineData("src/Orders/Limiter.cs", "src/[path]/[filename]")]
    [InlineData("Happy Path", "Happy Path")]
    [InlineData("Unit Tests", "Unit Tests")]
    [InlineData("Todos are done", null)]
    [InlineData("x", null)]
    [InlineData("X-RateLimit-Remaining header", null)]
    [InlineData("See [the spec](specs/a.md) for details", null)]
    [InlineData("Adds XXL buckets", null)]
    [InlineData("[1, 2, 3]", null)]
    [InlineData("[\"a\"]", null)]
    [InlineData("Todo list component", null)]
    [InlineData("N/A", null)]
    [InlineData(".", null)]
    [InlineData("HTTP 429 with a Retry-After header (RFC 6585)", null)]
    [InlineData("", "[Date]")]
    [InlineData("   ", "[Date]")]
    [InlineData(null, "[Date]")]
    public void Real_values_are_not_placeholders(string? value, string? placeholder)
    {
        Assert.False(Placeholders.IsPlaceholder(value, placeholder));
    }

    [Fact]
    public void A_default_is_never_a_placeholder()
    {
        Assert.False(Placeholders.IsPlaceholder("Backend Developer Agent", null, defaultValue: "Backend Developer Agent"));
        Assert.False(Placeholders.IsPlaceholder("[Default]", "[Default]", defaultValue: "[Default]"));
    }

    [Fact]
    public void Allowing_look_alikes_keeps_only_the_members_own_placeholder()
    {
        Assert.False(Placeholders.IsPlaceholder("[1, 2]", "[json]", allowPlaceholderLike: true));
        Assert.False(Placeholders.IsPlaceholder("TBD", "[json]", allowPlaceholderLike: true));
        Assert.True(Placeholders.IsPlaceholder("[json]", "[json]", allowPlaceholderLike: true));
        Assert.True(Placeholders.IsPlaceholder("TASK-XXX", "TASK-XXX", allowPlaceholderLike: true));
    }

    [Fact]
    public void Options_add_markers_and_a_rule_or_turn_look_alikes_off()
    {
        var options = new CompletenessOptions { Markers = new[] { "<fill in>" }, IsPlaceholder = v => v == "n/a" };

        Assert.True(Placeholders.IsPlaceholder("<fill in> later", null, options: options));
        Assert.True(Placeholders.IsPlaceholder("n/a", null, options: options));
        Assert.False(Placeholders.IsPlaceholder("<fill in> later", null));
        Assert.False(Placeholders.IsPlaceholder("n/a", null));
        Assert.True(Placeholders.LooksLikePlaceholder("<fill in>", options));

        var off = new CompletenessOptions { DetectPlaceholderLike = false };
        Assert.False(Placeholders.IsPlaceholder("TBD", null, options: off));
        Assert.True(Placeholders.IsPlaceholder("[Date]", "[Date]", options: off));
    }

    /// <summary>
    /// Values at the edges of the completeness check's quick test get the full rules' verdict: a value as long as its own
    /// placeholder, in another case or with the placeholder padded, is still compared with it; a lone X (a header name),
    /// leading punctuation and words that start like a marker word are filled; marked values are left to the full rules.
    /// </summary>
    [Theory]
    [InlineData("abc-xx", "ABC-XX", true)]
    [InlineData("abc-xx", "  ABC-XX ", true)]
    [InlineData("abc-xx", "ABC-XX-Y", false)]
    [InlineData("src/orders/[filename]", "src/[path]/[filename]", true)]
    [InlineData("Happy Path", "Happy Path", false)]
    [InlineData("GET", "[METHOD]", false)]
    [InlineData("6 hours", "[Approximate time spent]", false)]
    [InlineData("X-RateLimit-Remaining counts down to 0", "[Any relevant notes]", false)]
    [InlineData("MULTI/EXEC with XML docs", "[Decision]", false)]
    [InlineData("TASK-142", "TASK-XXX", false)]
    [InlineData("task-xxx", "TASK-XXX", true)]
    [InlineData("/api/orders/{id}", "[PATH]", false)]
    [InlineData("+0.3 ms median", "[Average response times]", false)]
    [InlineData("...", "[Notes]", true)]
    [InlineData(".NET 10 runtime", "[Runtime dependencies]", false)]
    [InlineData("Local pre-check for small clients", "[Areas]", false)]
    [InlineData("Lorem ipsum dolor sit amet", "[Areas]", true)]
    [InlineData("PLACEHOLDER!!!!!!!!!", "[Areas]", true)]
    [InlineData("FIXME: ask the team", "[Areas]", true)]
    [InlineData("Fixed in TASK-151", "[Areas]", false)]
    [InlineData("Sizes XXL and v1.XX", "[Size]", true)]
    [InlineData("Due YYYY-MM-DD", "[Date]", true)]
    [InlineData("Due YYY", "[Date]", false)]
    [InlineData("See [Link to spec]", "[Link to spec]", true)]
    [InlineData("See [Link]", "[Link to spec]", false)]
    public void Values_at_the_edges_of_the_quick_test_get_the_full_rules_verdict(string value, string placeholder, bool isPlaceholder)
    {
        var check = new CompletenessCollector(null, null);
        check.Text(value, "Value", "fill it in", placeholder);

        var result = check.ToResult();
        Assert.Equal(isPlaceholder, !result.IsComplete);
        Assert.Equal(isPlaceholder ? new[] { CompletenessIssueKind.Placeholder } : Array.Empty<CompletenessIssueKind>(), result.Issues.Select(i => i.Kind));
        Assert.Equal(isPlaceholder, Placeholders.IsPlaceholder(value, placeholder));
    }

    /// <summary>Text made of the pieces every placeholder rule looks at, so that the generated values hit each rule's edges.</summary>
    private static readonly Gen<string> PlaceholderLike = Gen.OneOf(
            Gen.Const("X"), Gen.Const("Y"), Gen.Const("Z"), Gen.Const("XX"), Gen.Const("xx"), Gen.Const("XXX"), Gen.Const("yyyy"), Gen.Const("YYYY"), Gen.Const("[X]"), Gen.Const("["),
            Gen.Const("]"), Gen.Const("[Date]"), Gen.Const("TBD"), Gen.Const("tbd"), Gen.Const("TODO"), Gen.Const("Todo"), Gen.Const("FIXME"),
            Gen.Const("placeholder"), Gen.Const("Lorem ipsum"), Gen.Const("lorem"), Gen.Const("..."), Gen.Const("…"), Gen.Const("?"), Gen.Const("_"),
            Gen.Const("T"), Gen.Const("F"), Gen.Const("P"), Gen.Const("t"), Gen.Const("Task"), Gen.Const("PASSED"), Gen.Const("Fixed"),
            Gen.Const(" "), Gen.Const("\t"), Gen.Const("\n"), Gen.Const(":"), Gen.Const("."), Gen.Const("-"), Gen.Const("%"), Gen.Const("/"),
            Gen.Const("a"), Gen.Const("1"), Gen.Const("é"), Gen.Const("fıxme"), Gen.Const("fixme"), Gen.Const("lorem ipsum"), Gen.Const("Placeholder"), Gen.Const("Tb"), Gen.Const("po"), Gen.Const("Lo"), Gen.Const("Tests"), Gen.Const("src/"), Gen.Const("TASK-"), Gen.Const("142"), Gen.Const("long enough words"),
            Gen.Const("X-"), Gen.Const("Xy"), Gen.Const("YY"), Gen.Const("YYY"), Gen.Const("ZX"), Gen.Const("XZ"), Gen.Const("Z["), Gen.Const("#"),
            Gen.Const("+"), Gen.Const(".N"), Gen.Const("LOREM IPSUM"), Gen.Const("PLACEHOLDER"), Gen.Const("!"), Gen.Const("\u00A0"), Gen.Const("Happy Path"))
        .Array[0, 6].Select(parts => string.Concat(parts));

    /// <summary>
    /// The completeness check decides most values with a quick test before the full rules; with the built-in rules
    /// only it must agree with the full rules (forced here by a custom rule that accepts everything) on every value.
    /// </summary>
    [Fact]
    public void The_quick_test_agrees_with_the_full_rules()
    {
        var fullRules = new CompletenessOptions { IsPlaceholder = _ => false };
        Gen.Select(Gen.OneOf(PlaceholderLike, Strings.Any), Gen.OneOf(PlaceholderLike.Select(p => (string?)null), PlaceholderLike.Select(p => (string?)p)), Gen.Bool)
            .Sample((value, placeholder, required) =>
            {
                var quick = new CompletenessCollector(null, null);
                quick.Text(value, "Value", "fill it in", placeholder, required: required);
                var full = new CompletenessCollector(null, fullRules);
                full.Text(value, "Value", "fill it in", placeholder, required: required);

                var expected = full.ToResult();
                var actual = quick.ToResult();
                return actual.Required == expected.Required && actual.Filled == expected.Filled
                    && string.Join("|", actual.Issues) == string.Join("|", expected.Issues);
            }, iter: 200_000);
    }

    [Fact]
    public void Paths_are_joined_only_when_asked()
    {
        Assert.Equal("Code Review › Status", new ReportPath("Code Review › Status").ToString());
        Assert.Equal("Revision 2 › Revision Date", new ReportPath("Revision ", 2, " › Revision Date").ToString());
        Assert.Equal("Revision 2 › Issues Addressed › 1 › Fix", new ReportPath("Revision ", 2, " › Issues Addressed › ", 1, " › Fix").ToString());
        Assert.Equal("A 1 › B 2 › C 3", new ReportPath("A ", 1, " › B ", 2, " › C ", 3, string.Empty).ToString());
        ReportPath fromString = "Task Name";
        Assert.Equal("Task Name", fromString.ToString());
    }

    [Fact]
    public void Results_and_issues_describe_themselves()
    {
        var issue = new CompletenessIssue("Task Name", CompletenessIssueKind.Missing, "Task Name is missing: fill in [Task Name].");
        var result = new CompletenessResult(new[] { issue }, filled: 2, required: 3, role: null);

        Assert.Equal("Incomplete: 2 of 3 required values filled; 1 issue.", result.ToString());
        Assert.Equal("line 12: Task Name is missing: fill in [Task Name].", (issue with { Line = 12 }).ToString());
        Assert.True(default(CompletenessResult).IsComplete);
        Assert.Empty(default(CompletenessResult).Issues);
        Assert.Equal("Complete: 0 of 0 required values filled.", default(CompletenessResult).ToString());
    }
}
