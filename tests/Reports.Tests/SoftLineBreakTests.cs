using System;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// A line field followed by a plain line break where the template leaves out the two trailing spaces (spec-kit's plan:
/// <c>**Branch**: … | **Spec**: [link]</c>, then <c>**Input**: …</c> on the next line).
/// </summary>
public sealed class SoftLineBreakTests
{
    [Fact]
    public void The_template_leaves_out_the_hard_break_after_the_field()
    {
        Assert.Equal(
            """
            # Implementation Plan: [FEATURE]

            **Branch**: `[###-feature-name]`
            **Input**: Feature specification from [spec path]  
            **Date**: [DATE]

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            PlanHead.RenderTemplate());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Filled_lines_read_back_as_separate_fields_with_or_without_the_optional_one(bool withDate)
    {
        var plan = new PlanHead { Feature = "Login", Branch = "012-login", Input = "specs/012/spec.md", Date = withDate ? new DateOnly(2026, 12, 7) : null };
        var markdown = plan.ToMarkdown();

        Assert.Contains(withDate ? "`012-login`\n**Input**: Feature specification from specs/012/spec.md  \n**Date**: 2026-12-07\n" : "`012-login`\n**Input**: Feature specification from specs/012/spec.md\n", markdown, StringComparison.Ordinal);
        Assert.Equal(plan, PlanHead.Parse(markdown));
    }
}

[Report("Implementation Plan: {Feature}")]
public partial record PlanHead
{
    [TitleValue, Placeholder("[FEATURE]")]
    public string? Feature { get; init; }

    [Field("Branch", Layout = FieldLayout.Line, Code = true, SoftLineBreak = true), Placeholder("[###-feature-name]")]
    public string? Branch { get; init; }

    [Field("Input", Layout = FieldLayout.Line, Prefix = "Feature specification from "), Placeholder("[spec path]")]
    public string? Input { get; init; }

    [Field("Date", Layout = FieldLayout.Line, Optional = true), Placeholder("[DATE]")]
    public DateOnly? Date { get; init; }
}
