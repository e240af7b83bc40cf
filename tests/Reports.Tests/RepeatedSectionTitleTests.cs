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
