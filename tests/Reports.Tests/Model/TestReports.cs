using System;
using System.Diagnostics.CodeAnalysis;
using Reports;

// Focused report types for the round-trip, injection and fuzz tests. Together they use every attribute
// of the vocabulary: all field layouts, prefix/suffix, code fields, enums with and without emoji, text,
// title values, plain/numbered/loose/record/inline lists, repeated blocks, tables with bold and code
// columns, checklists, checks, indicators, code blocks, aligned blocks and repeated sections.
[assembly: SuppressMessage("Design", "CA1050", Justification = "Test models.")]

namespace Reports.Tests.Model;

public enum Mood
{
    [Option("GOOD", Emoji = "🟢")] Good = 1,
    [Option("IN_DOUBT", Emoji = "🟡")] InDoubt,
    [Option("BAD", Emoji = "🔴")] Bad,
}

public enum Level
{
    [Option("LOW")] Low = 1,
    [Option("HIGH")] High,
}

public enum Mark
{
    [Option("MET", Emoji = "✅")] Met = 1,
    [Option("PARTIAL", Emoji = "⚠️")] Partial,
    [Option("NOT_MET", Emoji = "❌")] NotMet,
}

/// <summary>An inline record in code: <c>`{Path}` - {Purpose}</c>.</summary>
[Inline("`{Path}` - {Purpose}")]
public sealed record FileRef(
    [property: Placeholder("src/[path]")] string Path,
    [property: Placeholder("[Purpose]")] string Purpose);

/// <summary>Two values in one code span: <c>`{Method} {Path}`: {Description}</c>.</summary>
[Inline("`{Method} {Path}`: {Description}")]
public sealed record Endpoint(
    [property: Placeholder("[METHOD]")] string Method,
    [property: Placeholder("[PATH]")] string Path,
    [property: Placeholder("[Description]")] string Description);

/// <summary>A bold name and a description: <c>**{Name}**: {Description}</c>.</summary>
[Inline("**{Name}**: {Description}")]
public sealed record Named(
    [property: Placeholder("[Name]")] string Name,
    [property: Placeholder("[Description]")] string Description);

/// <summary>Typed holes: <c>{Suite}: {Passed} passed, {Failed} failed</c>.</summary>
[Inline("{Suite}: {Passed} passed, {Failed} failed")]
public sealed record Tally(
    [property: Placeholder("[Suite]")] string Suite,
    [property: Placeholder("X")] int? Passed,
    [property: Placeholder("Y")] int? Failed);

// ---- Fields: every layout and value kind ----

[Report("Fields: {Name} v{Version}")]
public partial record FieldsReport
{
    [TitleValue, Placeholder("[Name]")]
    public string? Name { get; init; }

    [TitleValue, Placeholder("[Version]")]
    public int? Version { get; init; }

    [Field("Owner", Layout = FieldLayout.Line), Placeholder("[Owner]")]
    public string? Owner { get; init; }

    [Field("Mood", Layout = FieldLayout.Line)]
    public Mood? Mood { get; init; }

    [Field("Level", Layout = FieldLayout.Line, OptionSeparator = " | ")]
    public Level? Level { get; init; }

    [Field("Quiet Mood", Layout = FieldLayout.Line, HideEmoji = true, TrailingBreak = true)]
    public Mood? QuietMood { get; init; }

    [Section("Bullets")]
    public BulletFields? Bullets { get; init; }

    [Section("Lines", Compact = true)]
    public LineFields? Lines { get; init; }

    [Section("Paragraphs")]
    public ParagraphFields? Paragraphs { get; init; }

    [Field("owner-id", Layout = FieldLayout.FrontMatter, Optional = true)]
    public string? FrontOwner { get; init; }

    [Field("mood", Layout = FieldLayout.FrontMatter, Optional = true)]
    public Mood? FrontMood { get; init; }
}

public partial record BulletFields
{
    [Field("Plain"), Placeholder("[Plain]")]
    public string? Plain { get; init; }

    [Field("Code", Code = true), Placeholder("[Code]")]
    public string? Code { get; init; }

    [Field("Version", Prefix = "v"), Placeholder("[X.Y]")]
    public string? Version { get; init; }

    [Field("Latency", Suffix = " ms"), Placeholder("[N]")]
    public string? Latency { get; init; }

    [Field("Wrapped", Prefix = "(", Suffix = ")"), Placeholder("[Wrapped]")]
    public string? Wrapped { get; init; }

    [Field("Coverage", Suffix = "%"), Placeholder("XX")]
    public int? Coverage { get; init; }

    [Field("Count")]
    public long? Count { get; init; }

    [Field("Amount")]
    public decimal? Amount { get; init; }

    [Field("Ratio")]
    public double? Ratio { get; init; }

    [Field("Flag")]
    public bool? Flag { get; init; }

    [Field("Day"), Placeholder("[Date]")]
    public DateOnly? Day { get; init; }

    [Field("When"), Placeholder("[Date and time]")]
    public DateTime? When { get; init; }

    [Field("Stamp"), Placeholder("[Timestamp]")]
    public DateTimeOffset? Stamp { get; init; }

    [Field("Mood")]
    public Mood? Mood { get; init; }

    [Field("File")]
    public FileRef? File { get; init; }

    [Field("Endpoint")]
    public Endpoint? Endpoint { get; init; }

    [Field("Named")]
    public Named? Named { get; init; }

    [Field("Tally")]
    public Tally? Tally { get; init; }

    [Field("Maybe", Condition = "if any", Optional = true), Placeholder("[Maybe]")]
    public string? Maybe { get; init; }

    [Field("Assigned To", Default = "Some Agent")]
    public string? AssignedTo { get; init; }
}

public partial record LineFields
{
    [Field("First", Layout = FieldLayout.Line), Placeholder("[First]")]
    public string? First { get; init; }

    [Field("Second", Layout = FieldLayout.Line, Code = true), Placeholder("[Second]")]
    public string? Second { get; init; }

    [Field("Optional Line", Layout = FieldLayout.Line, Optional = true), Placeholder("[Optional]")]
    public string? OptionalLine { get; init; }

    [Field("Last", Layout = FieldLayout.Line, Suffix = " units"), Placeholder("[N]")]
    public int? Last { get; init; }
}

public partial record ParagraphFields
{
    [Field("Summary", Layout = FieldLayout.Paragraph), Placeholder("[Summary]")]
    public string? Summary { get; init; }

    [Field("Details", Layout = FieldLayout.Block), Placeholder("[Details]")]
    public string? Details { get; init; }

    [Field("Extra", Layout = FieldLayout.Block, Condition = "if any", Optional = true), Placeholder("[Extra]")]
    public string? Extra { get; init; }

    [Field("Code Line", Layout = FieldLayout.Paragraph, Code = true), Placeholder("[Code]")]
    public string? CodeLine { get; init; }
}

// ---- Free text ----

[Report("Text Report")]
public partial record TextReport
{
    [Text, Placeholder("[Introduction]")]
    public string? Introduction { get; init; }

    [Section("Narrative")]
    public Narrative? Narrative { get; init; }

    [Section("Notes", Emoji = "📝"), Placeholder("[Notes]")]
    public string? Notes { get; init; }

    [Section("Limitations", Condition = "if any", Optional = true), Placeholder("[Limitations]")]
    public string? Limitations { get; init; }
}

public partial record Narrative
{
    [Text, Placeholder("[Narrative text]")]
    public string? Body { get; init; }

    [Field("Conclusion", Layout = FieldLayout.Paragraph), Placeholder("[Conclusion]")]
    public string? Conclusion { get; init; }
}

// ---- Lists and repeated blocks ----

[Report("Lists Report")]
public partial record ListsReport
{
    [Section("Plain Lists")]
    public PlainLists? Plain { get; init; }

    [Section("Record Lists")]
    public RecordLists? Records { get; init; }

    [Section("Decisions")]
    [Repeated("Decision {n}: {Name}", RepeatGuidance = "[Repeat for each decision]")]
    public ReportList<DecisionBlock> Decisions { get; init; } = ReportList<DecisionBlock>.Empty;

    [Section("Deviations")]
    [Repeated("Deviation {n}", AsLabel = true, Condition = "if any", Optional = true, EmptyText = "None. All as planned.")]
    public ReportList<DeviationBlock> Deviations { get; init; } = ReportList<DeviationBlock>.Empty;

    [Section("Steps"), Placeholder("[Step]")]
    public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;
}

public partial record PlainLists
{
    [List("Bullets"), Placeholder("[Item]")]
    public ReportList<string> Bullets { get; init; } = ReportList<string>.Empty;

    [List("Numbered", Numbered = true), Placeholder("[First]", "[Second]")]
    public ReportList<string> Numbered { get; init; } = ReportList<string>.Empty;

    [List("Loose", Loose = true), Placeholder("[Loose item]")]
    public ReportList<string> Loose { get; init; } = ReportList<string>.Empty;

    [List("Numbers")]
    public ReportList<int> Numbers { get; init; } = ReportList<int>.Empty;

    [List("Levels")]
    public ReportList<Mood> Moods { get; init; } = ReportList<Mood>.Empty;

    [List("Maybe", Condition = "if applicable", Optional = true), Placeholder("[None or list]")]
    public ReportList<string> Maybe { get; init; } = ReportList<string>.Empty;

    [List("Or None", Optional = true, EmptyText = "None")]
    public ReportList<string> OrNone { get; init; } = ReportList<string>.Empty;
}

public partial record RecordLists
{
    [List("Files")]
    public ReportList<FileRef> Files { get; init; } = ReportList<FileRef>.Empty;

    [List("Endpoints", Optional = true)]
    public ReportList<Endpoint> Endpoints { get; init; } = ReportList<Endpoint>.Empty;

    [List("Components", Numbered = true)]
    public ReportList<Named> Components { get; init; } = ReportList<Named>.Empty;

    [List("Tallies")]
    public ReportList<Tally> Tallies { get; init; } = ReportList<Tally>.Empty;

    [List("Cases", Numbered = true, Loose = true, ItemTitle = "Case: {Name}", RepeatGuidance = "[List all cases]")]
    public ReportList<CaseItem> Cases { get; init; } = ReportList<CaseItem>.Empty;

    [List("Issues", Numbered = true, Condition = "if rejected", Optional = true)]
    public ReportList<IssueItem> Issues { get; init; } = ReportList<IssueItem>.Empty;
}

public partial record CaseItem
{
    [TitleValue, Placeholder("[Case]")]
    public string? Name { get; init; }

    [Field("Action"), Placeholder("[Action]")]
    public string? Action { get; init; }

    [Field("Outcome")]
    public Mood? Outcome { get; init; }
}

public partial record IssueItem
{
    [Field("Issue"), Placeholder("[Issue]")]
    public string? Issue { get; init; }

    [Field("Level")]
    public Level? Level { get; init; }

    [Field("Fix"), Placeholder("[Fix]")]
    public string? Fix { get; init; }
}

public partial record DecisionBlock
{
    [TitleValue, Placeholder("[Decision Name]")]
    public string? Name { get; init; }

    [Field("Context"), Placeholder("[Context]")]
    public string? Context { get; init; }

    [Field("Choice"), Placeholder("[Choice]")]
    public string? Choice { get; init; }
}

public partial record DeviationBlock
{
    [Field("Plan"), Placeholder("[Plan]")]
    public string? Plan { get; init; }

    [Field("Actual"), Placeholder("[Actual]")]
    public string? Actual { get; init; }
}

// ---- Tables, checklists, checks, indicators ----

[Report("Tables Report")]
public partial record TablesReport
{
    [Section("Components")]
    [Table]
    public ReportList<ComponentRow> Components { get; init; } = ReportList<ComponentRow>.Empty;

    [Section("Metrics")]
    public MetricsPart? Metrics { get; init; }

    [Section("Checks")]
    public ChecksPart? Checks { get; init; }

    [Section("Todo")]
    public ReportList<ChecklistItem> Todo { get; init; } = ReportList<ChecklistItem>.Empty;
}

public partial record ComponentRow
{
    [Column("Component", Bold = true), Placeholder("[Component A]", "[Component B]")]
    public string? Name { get; init; }

    [Column("Path", Code = true), Placeholder("[Path]")]
    public string? Path { get; init; }

    [Column("Notes"), Placeholder("[Notes]")]
    public string? Notes { get; init; }

    [Column("Source")]
    public FileRef? Source { get; init; }
}

public partial record MetricRow
{
    [Column("Metric"), Placeholder("[Metric]")]
    public string? Metric { get; init; }

    [Column("Value")]
    public int? Value { get; init; }

    [Column("Level")]
    public Level? Level { get; init; }

    [Column("Mood")]
    public Mood? Mood { get; init; }
}

public partial record MetricsPart
{
    [Table("Measured")]
    public ReportList<MetricRow> Measured { get; init; } = ReportList<MetricRow>.Empty;

    [Table("Skipped", Optional = true, EmptyText = "Nothing skipped.")]
    public ReportList<MetricRow> Skipped { get; init; } = ReportList<MetricRow>.Empty;
}

public partial record ChecksPart
{
    [Indicator("Standards")]
    public Mark? Standards { get; init; }

    [Indicator("Docs", Description = "Public API documented")]
    public Mark? Docs { get; init; }

    [Check("All requirements implemented")]
    public bool Requirements { get; init; }

    [Check("Tests pass")]
    public bool Tests { get; init; }

    [Checklist("Required Changes", Condition = "if rejected", Optional = true), Placeholder("[Change 1]", "[Change 2]")]
    public ReportList<ChecklistItem> RequiredChanges { get; init; } = ReportList<ChecklistItem>.Empty;
}

// ---- Code blocks and aligned blocks ----

[Report("Code Report")]
public partial record CodeReport
{
    [Section("Example")]
    [CodeBlock(LanguagePlaceholder = "[language]"), Placeholder("// example\n[Code]")]
    public CodeBlock? Example { get; init; }

    [Section("Parts")]
    public CodeParts? Parts { get; init; }
}

public partial record CodeParts
{
    [CodeBlock(Language = "json"), Placeholder("{ }")]
    public string? Config { get; init; }

    [AlignedBlock]
    public AlignedFigures? Figures { get; init; }

    [Field("After"), Placeholder("[After]")]
    public string? After { get; init; }
}

public partial record AlignedFigures
{
    [Field("Name"), Placeholder("[Name]")]
    public string? Name { get; init; }

    [Field("Unit Tests")]
    public Tally? Unit { get; init; }

    [Field("Count")]
    public int? Count { get; init; }

    [Field("Mood")]
    public Mood? Mood { get; init; }
}

// ---- Repeated sections and optional sections ----

[Report("Revisions: {Title}", Footer = "*Generated for tests.*", RuleBeforeFooter = true)]
public partial record RevisionsReport
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Section("Review", RuleBefore = true, Guidance = "[Reviewer fills this section]")]
    public ReviewPart? Review { get; init; }

    [Section("Revision {n}", Condition = "if rejected", Optional = true, RuleBefore = true,
        Guidance = "[Developer fills this section]", RepeatGuidance = "[Repeat \"Revision N\" sections as needed]")]
    public ReportList<RevisionPart> Revisions { get; init; } = ReportList<RevisionPart>.Empty;

    [Section("Appendix", Optional = true, RuleBefore = true)]
    public AppendixPart? Appendix { get; init; }
}

public partial record ReviewPart
{
    [Field("Status", Layout = FieldLayout.Line)]
    public Mood? Status { get; init; }

    [Field("Reviewer", Layout = FieldLayout.Line, Default = "Reviewer Agent")]
    public string? Reviewer { get; init; }

    [Field("Comments", Layout = FieldLayout.Paragraph), Placeholder("[Comments]")]
    public string? Comments { get; init; }
}

public partial record RevisionPart
{
    [Field("Revision Date", Layout = FieldLayout.Line), Placeholder("[Date]")]
    public DateOnly? Date { get; init; }

    [List("Issues Addressed", Numbered = true, Loose = true)]
    public ReportList<AddressedItem> Addressed { get; init; } = ReportList<AddressedItem>.Empty;

    [Field("Re-Test Results", Layout = FieldLayout.Block), Placeholder("[Results]")]
    public string? Results { get; init; }

    [Section("Notes", Optional = true), Placeholder("[Notes]")]
    public string? Notes { get; init; }
}

public partial record AddressedItem
{
    [Field("Issue"), Placeholder("[Issue]")]
    public string? Issue { get; init; }

    [Field("Fix"), Placeholder("[Fix]")]
    public string? Fix { get; init; }
}

public partial record AppendixPart
{
    [Text, Placeholder("[Appendix]")]
    public string? Body { get; init; }

    [Section("Links"), Placeholder("[Link]")]
    public ReportList<string> Links { get; init; } = ReportList<string>.Empty;
}

// ---- Deep nesting: rich records inside numbered list items and repeated blocks ----
// (Inside numbered items the non-bullet parts are optional: a required one that is null would be written as its
// template with the item's computed indentation, which the generator does not support yet -- see the report.)

[Report("Nested Report")]
public partial record NestedReport
{
    [Section("Entries")]
    [List(Numbered = true, ItemTitle = "Entry {n}: {Name}")]
    public ReportList<EntryItem> Entries { get; init; } = ReportList<EntryItem>.Empty;

    [Section("Steps")]
    [Repeated("Step {n}: {Name}")]
    public ReportList<StepBlock> Steps { get; init; } = ReportList<StepBlock>.Empty;

    [Section("Summary")]
    public NestedSummary? Summary { get; init; }
}

public partial record EntryItem
{
    [TitleValue, Placeholder("[Entry]")]
    public string? Name { get; init; }

    [Field("Kind")]
    public Level? Kind { get; init; }

    [Field("Owner"), Placeholder("[Owner]")]
    public string? Owner { get; init; }

    [Field("Notes", Layout = FieldLayout.Paragraph, Optional = true), Placeholder("[Notes]")]
    public string? Notes { get; init; }

    [Field("Details", Layout = FieldLayout.Block, Optional = true), Placeholder("[Details]")]
    public string? Details { get; init; }

    [List("Tags", Optional = true)]
    public ReportList<string> Tags { get; init; } = ReportList<string>.Empty;

    [CodeBlock(LanguagePlaceholder = "[language]", Optional = true), Placeholder("[code]")]
    public CodeBlock? Snippet { get; init; }

    [Checklist("Todo", Optional = true)]
    public ReportList<ChecklistItem> Todo { get; init; } = ReportList<ChecklistItem>.Empty;
}

public partial record StepBlock
{
    [TitleValue, Placeholder("[Step]")]
    public string? Name { get; init; }

    [Field("Goal"), Placeholder("[Goal]")]
    public string? Goal { get; init; }

    [Field("Outcome", Layout = FieldLayout.Paragraph), Placeholder("[Outcome]")]
    public string? Outcome { get; init; }

    [Table("Measurements")]
    public ReportList<MetricRow> Measurements { get; init; } = ReportList<MetricRow>.Empty;

    [List("Sub-steps", Numbered = true)]
    public ReportList<string> SubSteps { get; init; } = ReportList<string>.Empty;

    [CodeBlock(Language = "sh"), Placeholder("[command]")]
    public string? Command { get; init; }
}

public partial record NestedSummary
{
    [Text, Placeholder("[Summary]")]
    public string? Body { get; init; }

    [List("Highlights", Numbered = true, Loose = true, ItemTitle = "Highlight: {Title}")]
    public ReportList<HighlightItem> Highlights { get; init; } = ReportList<HighlightItem>.Empty;
}

public partial record HighlightItem
{
    [TitleValue, Placeholder("[Title]")]
    public string? Title { get; init; }

    [Field("Why", Layout = FieldLayout.Block, Optional = true), Placeholder("[Why]")]
    public string? Why { get; init; }

    [List("Links", Optional = true)]
    public ReportList<FileRef> Links { get; init; } = ReportList<FileRef>.Empty;
}

// ---- Collisions: values equal to the layout's own text (empty texts, plain guidance, a plain footer) ----

[Report("Collision Report", Footer = "Generated by the collision tests")]
public partial record CollisionReport
{
    [Section("Notes", Guidance = "Fill this in")]
    public CollisionNotes? Notes { get; init; }

    [Section("Changes", RepeatGuidance = "Add more changes as needed")]
    public CollisionChanges? Changes { get; init; }

    [Field("Signed", Layout = FieldLayout.Paragraph), Placeholder("[Signed]")]
    public string? Signed { get; init; }
}

public partial record CollisionNotes
{
    [Text, Placeholder("[Notes]")]
    public string? Body { get; init; }

    [List("Items", Optional = true, EmptyText = "None")]
    public ReportList<string> Items { get; init; } = ReportList<string>.Empty;

    [Field("Remarks", Layout = FieldLayout.Block), Placeholder("[Remarks]")]
    public string? Remarks { get; init; }
}

public partial record CollisionChanges
{
    [Text, Placeholder("[Intro]")]
    public string? Intro { get; init; }

    [Repeated("Change {n}", AsLabel = true, Optional = true, EmptyText = "None")]
    public ReportList<DeviationBlock> Changes { get; init; } = ReportList<DeviationBlock>.Empty;
}

// ---- Angle brackets of the format's own: a value after "<" must not open HTML ----

[Report("Contacts: <{Owner}>")]
public partial record ContactsReport
{
    [Field("Owner"), Placeholder("[owner]")]
    public string? Owner { get; init; }

    [Field("Lead")]
    public Contact? Lead { get; init; }

    [List("Team")]
    public ReportList<Contact> Team { get; init; } = ReportList<Contact>.Empty;

    [Table("Escalation")]
    public ReportList<EscalationRow> Escalation { get; init; } = ReportList<EscalationRow>.Empty;
}

[Inline("{Name} <{Mail}>")]
public sealed record Contact(string? Name, string? Mail);

public partial record EscalationRow
{
    [Column("Level")]
    public int? Level { get; init; }

    [Column("Contact")]
    public Contact? Contact { get; init; }
}

// ---- Groups: a record's parts under a bold label, and plain field labels ----

[Report("Groups: {Name}", LabelStyle = LabelStyle.ColonInsideBold)]
public partial record GroupsReport
{
    [TitleValue, Placeholder("[Name]")]
    public string? Name { get; init; }

    [Section("Environment")]
    public EnvironmentPart? Environment { get; init; }

    [Section("Runs")]
    [Repeated("Run {n}: {Label}")]
    public ReportList<RunBlock> Runs { get; init; } = ReportList<RunBlock>.Empty;
}

public partial record EnvironmentPart
{
    [Field("Build", Layout = FieldLayout.Quote, LabelStyle = LabelStyle.Plain), Placeholder("[build]")]
    public string? Build { get; init; }

    [Field("Channel", Layout = FieldLayout.Quote, Optional = true), Placeholder("[channel]")]
    public string? Channel { get; init; }

    [Group("Test Configuration", LabelStyle = LabelStyle.ColonAfterBold)]
    public TestConfiguration? Configuration { get; init; }

    [Group("Desktop (please complete the following information)", Indent = 1, Optional = true)]
    public DesktopGroup? Desktop { get; init; }

    [Group("Machine", LabelStyle = LabelStyle.NoColon, Optional = true)]
    public MachineLines? Machine { get; init; }

    [List("Steps to Reproduce", Numbered = true, LabelStyle = LabelStyle.Plain, BlankLineAfterLabel = true), Placeholder("", "")]
    public ReportList<string> Steps { get; init; } = ReportList<string>.Empty;

    [Field("Verdict"), Placeholder("[Verdict]")]
    public string? Verdict { get; init; }
}

public partial record TestConfiguration
{
    [Field("OS"), Placeholder("[OS]")]
    public string? OS { get; init; }

    [Field("Runtime", Code = true), Placeholder("[Runtime]")]
    public string? Runtime { get; init; }

    [Field("Notes")]
    public MarkdownText? Notes { get; init; }

    [Field("Cores")]
    public int? Cores { get; init; }

    [Field("Mood")]
    public Mood? Mood { get; init; }

    [Field("Source")]
    public FileRef? Source { get; init; }

    [Check("Clean machine")]
    public bool Clean { get; init; }

    [List("Tools")]
    public ReportList<string> Tools { get; init; } = ReportList<string>.Empty;
}

public partial record DesktopGroup
{
    [Field("OS", LabelStyle = LabelStyle.Plain), Placeholder("[e.g. iOS]")]
    public string? OS { get; init; }

    [Field("Browser", LabelStyle = LabelStyle.PlainNoColon), Placeholder("[e.g. chrome, safari]")]
    public string? Browser { get; init; }

    [Field("Version", LabelStyle = LabelStyle.PlainNoColon), Placeholder("[e.g. 22]")]
    public string? BrowserVersion { get; init; }

    [Field("Details", LabelStyle = LabelStyle.Plain)]
    public MarkdownText? Details { get; init; }
}

public partial record MachineLines
{
    [Field("Host", Layout = FieldLayout.Line, LabelStyle = LabelStyle.Plain, Guidance = "<!-- hostname -f -->"), Placeholder("[host]")]
    public string? Host { get; init; }

    [Field("Memory", Layout = FieldLayout.Line, LabelStyle = LabelStyle.PlainNoColon), Placeholder("[GB]")]
    public string? Memory { get; init; }
}

public partial record RunBlock
{
    [TitleValue, Placeholder("[Run Label]")]
    public string? Label { get; init; }

    [Field("Result"), Placeholder("[Result]")]
    public string? Result { get; init; }

    [Group("Setup")]
    public RunSetup? Setup { get; init; }
}

public partial record RunSetup
{
    [Field("Seed"), Placeholder("[Seed]")]
    public string? Seed { get; init; }

    [Field("Flags", LabelStyle = LabelStyle.Plain), Placeholder("[Flags]")]
    public string? Flags { get; init; }
}
