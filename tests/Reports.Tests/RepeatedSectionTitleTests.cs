using System;
using System.Linq;
using CsCheck;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A repeated section's heading holds values (<c>### Risk 1: {Title}</c>): they read back as written, escapes decoded
/// once. They used to be decoded twice (<c>a \| b</c> read as <c>a | b</c>, <c>&amp;amp;</c> as <c>&amp;</c>) and lost their blanks.
/// </summary>
public sealed class RepeatedSectionTitleTests
{
    [Theory]
    [InlineData("a \\| b")]
    [InlineData("&amp; x")]
    [InlineData("\\(x\\)")]
    [InlineData(" padded ")]
    [InlineData("🔥 hot")]
    [InlineData("plain")]
    public void A_title_value_reads_back_as_it_was(string title)
    {
        var report = new RiskRegister { Risks = [new RiskItem { Title = title, Owner = "Ada" }, new RiskItem { Title = "second", Owner = "Bo" }] };

        Assert.Equal(report, RiskRegister.Parse(report.ToMarkdown()));
    }

    [Theory]
    [InlineData("None")]
    [InlineData("N/A")]
    public void None_where_only_repeated_sections_go_reads_as_none_of_them(string nothing)
    {
        var report = RiskRegister.Parse("# Risks\n\n" + nothing + "\n");

        Assert.Empty(report.Risks);
    }

    [Fact]
    public void Other_text_where_only_repeated_sections_go_is_still_an_error()
    {
        Assert.False(RiskRegister.TryParse("# Risks\n\nNo risks this week, all good.\n", out _, out var errors));

        Assert.Equal("RPT0203", Assert.Single(errors).Code);
    }

    [Fact]
    public void Every_title_value_reads_back_as_it_was() =>
        Strings.NonEmpty.Sample(
            title =>
            {
                var report = new RiskRegister { Risks = [new RiskItem { Title = title, Owner = "Ada" }] };
                string markdown;
                try
                {
                    markdown = report.ToMarkdown();
                }
                catch (ReportRenderException)
                {
                    return true;
                }

                return RiskRegister.TryParse(markdown, out var parsed, out _) && Equals(report, parsed);
            },
            seed: Iterations.Seed,
            iter: Iterations.Count,
            print: title => title);

    [Fact]
    public void A_value_a_repeated_section_cannot_write_is_named_by_the_sections_number()
    {
        var report = new RiskRegister { Risks = [new RiskItem { Title = "Outage", Owner = "ops" }, new RiskItem { Title = "Data loss", Owner = "a\0b" }] };

        var exception = Assert.Throws<ReportRenderException>(() => report.ToMarkdown());

        Assert.Equal("Risk 2 › Owner", exception.Path);
        Assert.Equal("Risk 2 › Owner", (report with { Risks = [report.Risks[0], report.Risks[1] with { Owner = null }] }).CheckCompleteness().Issues.Single().Path);
    }
}

[Report("Risks")]
public partial record RiskRegister
{
    [Section("Risk {n}: {Title}")]
    public ReportList<RiskItem> Risks { get; init; } = ReportList<RiskItem>.Empty;
}

public partial record RiskItem
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Field("Owner"), Placeholder("[Owner]")]
    public string? Owner { get; init; }
}
