using Reports.Generators.Completeness;
using Xunit;

namespace Reports.Generators.Tests.Analyzers;

/// <summary>The placeholder rule shared by RPT0102 and (as a linked file) the runtime's completeness check.</summary>
public sealed class PlaceholderTextTests
{
    [Theory]
    [InlineData("[Date]")]
    [InlineData("[X]")]
    [InlineData("  [Epic Name]  ")]
    [InlineData("TBD")]
    [InlineData("tbd")]
    [InlineData("TODO")]
    [InlineData("TODO: ask the team")]
    [InlineData("FIXME: the parser")]
    [InlineData("XX%")]
    [InlineData("TASK-XXX")]
    [InlineData("v1.XX")]
    [InlineData("YYYY-MM-DD")]
    [InlineData("DD/MM/YYYY")]
    [InlineData("...")]
    [InlineData("…")]
    [InlineData("???")]
    [InlineData("Lorem ipsum dolor sit amet")]
    public void Placeholders_are_recognised(string value) => Assert.True(PlaceholderText.IsPlaceholder(value));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2026-11-18")]
    [InlineData("TASK-142")]
    [InlineData("Adds XXL buckets")]
    [InlineData("Maximum of 3 retries")]
    [InlineData("[1, 2, 3]")]
    [InlineData("[\"a\"]")]
    [InlineData("See [the spec](specs/a.md)")]
    [InlineData("Todo list component")]
    [InlineData("N/A")]
    [InlineData(".")]
    [InlineData("?")]
    public void Real_values_are_not_placeholders(string value) => Assert.False(PlaceholderText.IsPlaceholder(value));

    [Fact]
    public void A_template_placeholder_with_a_bracketed_word_is_one_but_a_realistic_example_is_not()
    {
        Assert.True(PlaceholderText.IsPlaceholder("src/[path]/[filename]", new[] { "src/[path]/[filename]" }));
        Assert.False(PlaceholderText.IsPlaceholder("src/[path]/[filename]"));
        Assert.False(PlaceholderText.IsPlaceholder("Happy Path", new[] { "Happy Path", "[Error Case]" }));
    }

    [Fact]
    public void The_default_value_is_never_a_placeholder()
    {
        Assert.False(PlaceholderText.IsPlaceholder("[None]", null, "[None]"));
        Assert.True(PlaceholderText.IsPlaceholder("[None]", null, "Nothing"));
    }
}
