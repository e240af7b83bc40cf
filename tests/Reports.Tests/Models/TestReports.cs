using System;
using System.Collections.Generic;

namespace Reports.Tests.Models;

// Small report types declared in the test project (the generator runs here too), so that builders and
// completeness checks are exercised on every attribute kind, value kind and collection type.

public enum Mood
{
    [Option("HAPPY", Emoji = "😀")] Happy = 1,
    [Option("SAD", Emoji = "😢")] Sad,
}

public enum Verdict
{
    [Option("APPROVED")] Approved = 1,
    [Option("REJECTED")] Rejected,
}

public enum Level
{
    [Option("LOW")] Low = 1,
    [Option("HIGH")] High,
}

/// <summary>A coverage figure: <c>90% (unit only)</c>.</summary>
// A value that cannot be null on purpose (RPT0011): how such values are written, read and checked.
#pragma warning disable RPT0011
[Inline("{Percent}% ({Note})")]
public sealed record Coverage(
    [property: Placeholder("[X]")] int Percent,
    [property: Placeholder("[note]")] string Note);
#pragma warning restore RPT0011

[Inline("`{Path}` - {Purpose}")]
public sealed record FileRef(
    [property: Placeholder("src/[file]")] string Path,
    [property: Placeholder("[Purpose]")] string Purpose);

/// <summary>One field of every value kind, text, a title value and a struct section; no roles.</summary>
[Report("Fields: {Title}")]
public partial record FieldsReport
{
    /// <summary>The report's title.</summary>
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Field("Name")]
    public string? Name { get; init; }

    [Field("Count")]
    public int? Count { get; init; }

    // A value that cannot be null on purpose (RPT0011): it counts as filled.
#pragma warning disable RPT0011
    [Field("Total")]
    public long Total { get; init; }
#pragma warning restore RPT0011

    [Field("Ratio")]
    public double? Ratio { get; init; }

    [Field("Amount")]
    public decimal? Amount { get; init; }

    [Field("Flag")]
    public bool? Flag { get; init; }

    [Field("Day")]
    public DateOnly? Day { get; init; }

    [Field("Stamp")]
    public DateTime? Stamp { get; init; }

    [Field("At")]
    public DateTimeOffset? At { get; init; }

    [Field("Mood")]
    public Mood? Mood { get; init; }

    [Field("Owner", Default = "Team A")]
    public string? Owner { get; init; }

    [Field("Coverage")]
    public Coverage? Coverage { get; init; }

    [Field("Json", Optional = true), AllowPlaceholderLike, Placeholder("[json]")]
    public string? Json { get; init; }

    [Field("Nickname", Optional = true)]
    public string? Nickname { get; init; }

    [Text, Placeholder("[Narrative]")]
    public string? Narrative { get; init; }

    [Section("Point")]
    public Point Where { get; init; }
}

/// <summary>A section that is a value type.</summary>
public partial record struct Point
{
    [Field("X")]
    public int? X { get; init; }

    [Field("Label")]
    public string? Label { get; init; }
}

/// <summary>
/// Sections of every kind, lists of every collection type, roles (with a nested override), and conditions: sibling,
/// dotted and from the root.
/// </summary>
[Report("Sections")]
public partial record SectionsReport
{
    [Section("Summary", FilledBy = "Writer")]
    public Summary? Summary { get; init; }

    [Section("Notes", FilledBy = "Writer")]
    public string? Notes { get; init; }

    [Section("Example", FilledBy = "Coder")]
    [CodeBlock(LanguagePlaceholder = "[language]"), Placeholder("[code]")]
    public CodeBlock? Example { get; init; }

    [Section("Script", FilledBy = "Coder")]
    [CodeBlock(Language = "bash"), Placeholder("[script]")]
    public string? Script { get; init; }

    [Section("Tags", FilledBy = "Writer"), Placeholder("[tag]")]
    public ReportList<string> Tags { get; init; } = ReportList<string>.Empty;

    [Section("Steps", FilledBy = "Coder")]
    [Table]
    public ReportList<StepRow> Steps { get; init; } = ReportList<StepRow>.Empty;

    [Section("Choices", FilledBy = "Writer")]
    [Repeated("Choice {n}: {Topic}")]
    public IReadOnlyList<Choice> Choices { get; init; } = Array.Empty<Choice>();

    [Section("Review", FilledBy = "Reviewer")]
    public Review? Review { get; init; }

    [Section("Fix {n}", Optional = true, FilledBy = "Coder")]
    [RequiredWhen("Review.Verdict", Verdict.Rejected)]
    public ReportList<Fix> Fixes { get; init; } = ReportList<Fix>.Empty;

    [Section("Metrics", FilledBy = "Coder")]
    [AlignedBlock]
    public Metrics? Metrics { get; init; }

    [Section("Quality", FilledBy = "Reviewer")]
    public Quality? Quality { get; init; }

    [Section("Todo", FilledBy = "Reviewer")]
    public ReportList<ChecklistItem> Todo { get; init; } = ReportList<ChecklistItem>.Empty;

    [List("Links", Optional = true)]
    public string[] Links { get; init; } = Array.Empty<string>();

    [List("Files")]
    public List<FileRef> Files { get; init; } = new();

    [Section("Appendix", Optional = true, FilledBy = "Writer")]
    public Appendix? Appendix { get; init; }

    [Section("Escalation", Optional = true, FilledBy = "Reviewer")]
    [RequiredWhen("Review.Escalated", true)]
    public Escalation? Escalation { get; init; }
}

public partial record Escalation
{
    [Field("Contact")]
    public string? Contact { get; init; }

    [Field("Deadline")]
    public DateOnly? Deadline { get; init; }
}

public partial record Summary
{
    [Field("Goal")]
    public string? Goal { get; init; }

    [Section("Owner")]
    public Person? Owner { get; init; }

    [Section("Sign-off", FilledBy = "Reviewer")]
    public Person? SignOff { get; init; }
}

/// <summary>A section record shared by two sections here and by <see cref="ContactReport"/>.</summary>
public partial record Person
{
    [Field("Name")]
    public string? Name { get; init; }

    [Field("Email", Optional = true)]
    public string? Email { get; init; }
}

public partial record StepRow
{
    [Column("Step")]
    public string? Name { get; init; }

    [Column("Level")]
    public Level? Level { get; init; }
}

public partial record Choice
{
    [TitleValue, Placeholder("[Topic]")]
    public string? Topic { get; init; }

    [Field("Reason")]
    public string? Reason { get; init; }
}

public partial record Review
{
    [Field("Verdict")]
    public Verdict? Verdict { get; init; }

    [Field("Comments", Layout = FieldLayout.Paragraph)]
    public string? Comments { get; init; }

    [Field("Escalated")]
    public bool? Escalated { get; init; }

    [Checklist("Changes", Optional = true)]
    [RequiredWhen(nameof(Verdict), Models.Verdict.Rejected)]
    public ReportList<ChecklistItem> Changes { get; init; } = ReportList<ChecklistItem>.Empty;

    [Field("Reason", Optional = true)]
    [RequiredWhen(nameof(Verdict), Models.Verdict.Rejected)]
    [RequiredWhen(nameof(Escalated), true)]
    public string? Reason { get; init; }
}

public partial record Fix
{
    [Field("What")]
    public string? What { get; init; }

    [List("Files", Numbered = true)]
    public ReportList<FileRef> Files { get; init; } = ReportList<FileRef>.Empty;
}

public partial record Metrics
{
    [Field("Unit")]
    public Coverage? Unit { get; init; }

    [Field("E2E")]
    public Coverage? EndToEnd { get; init; }
}

public partial record Quality
{
    [Check("Tests pass")]
    public bool TestsPass { get; init; }

    [Check("Docs updated")]
    public bool DocsUpdated { get; init; }

    [Indicator("Mood")]
    public Mood? Mood { get; init; }
}

public partial record Appendix
{
    [Field("Extra")]
    public string? Extra { get; init; }

    [Field("Reference", Optional = true)]
    [RequiredWhen("Review.Verdict", Verdict.Rejected, FromRoot = true)]
    public string? Reference { get; init; }
}

/// <summary>Shares <see cref="Person"/> with <see cref="SectionsReport"/>: both builders use the one <c>PersonBuilder</c>.</summary>
[Report]
public partial record ContactReport
{
    [Section("Contact")]
    public Person? Contact { get; init; }
}

/// <summary>A report nested in a class.</summary>
public static partial class Outer
{
    [Report("Nested")]
    public partial record NestedReport
    {
        [Field("Value")]
        public string? Value { get; init; }
    }
}
