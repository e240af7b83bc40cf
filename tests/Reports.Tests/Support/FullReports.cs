using System;
using System.Collections.Generic;
using System.Linq;
using AgentReports;
using Reports.Tests.Model;

namespace Reports.Tests.Support;

/// <summary>
/// One report of each type with every part present: optional parts set, every list non-empty, numbered lists
/// past ten items. Its strings are meant to be replaced (<see cref="StringMapper"/>).
/// </summary>
internal static class FullReports
{
    private const string S = "s";

    private static ReportList<T> Many<T>(int count, Func<int, T> item) => Enumerable.Range(0, count).Select(item).ToArray();

    public static FieldsReport Fields { get; } = new()
    {
        Name = S, Version = 3, Owner = S, Mood = Mood.Good, Level = Level.High, QuietMood = Mood.Bad, FrontOwner = S, FrontMood = Mood.Good,
        Bullets = new BulletFields
        {
            Plain = S, Code = S, Version = S, Latency = S, Wrapped = S, Coverage = 91, Count = 7, Amount = 1.5m, Ratio = 0.25, Flag = true,
            Day = new DateOnly(2026, 11, 18), When = new DateTime(2026, 11, 18, 17, 40, 0, DateTimeKind.Utc), Stamp = new DateTimeOffset(2026, 11, 18, 17, 40, 0, TimeSpan.FromHours(2)),
            Mood = Mood.InDoubt, File = new FileRef(S, S), Endpoint = new Endpoint(S, S, S), Named = new Named(S, S), Tally = new Tally(S, 1, 2), Maybe = S, AssignedTo = S,
        },
        Lines = new LineFields { First = S, Second = S, OptionalLine = S, Last = 4 },
        Paragraphs = new ParagraphFields { Summary = S, Details = S, Extra = S, CodeLine = S },
    };

    public static TextReport Text { get; } = new()
    {
        Introduction = S,
        Narrative = new Narrative { Body = S, Conclusion = S },
        Notes = S,
        Limitations = S,
    };

    public static ListsReport Lists { get; } = new()
    {
        Plain = new PlainLists
        {
            Bullets = Many(2, _ => S), Numbered = Many(11, _ => S), Loose = Many(2, _ => S), Numbers = [1, 2], Moods = [Mood.Good, Mood.Bad],
            Maybe = Many(2, _ => S), OrNone = Many(1, _ => S),
        },
        Records = new RecordLists
        {
            Files = Many(2, _ => new FileRef(S, S)),
            Endpoints = Many(2, _ => new Endpoint(S, S, S)),
            Components = Many(11, _ => new Named(S, S)),
            Tallies = Many(2, i => new Tally(S, i, i + 1)),
            Cases = Many(11, i => new CaseItem { Name = S, Action = S, Outcome = (Mood)(i % 3 + 1) }),
            Issues = Many(11, i => new IssueItem { Issue = S, Level = Level.Low, Fix = S }),
        },
        Decisions = Many(2, _ => new DecisionBlock { Name = S, Context = S, Choice = S }),
        Deviations = Many(2, _ => new DeviationBlock { Plan = S, Actual = S }),
        Steps = Many(3, _ => S),
    };

    public static TablesReport Tables { get; } = new()
    {
        Components = Many(3, _ => new ComponentRow { Name = S, Path = S, Notes = S, Source = new FileRef(S, S) }),
        Metrics = new MetricsPart
        {
            Measured = Many(2, i => new MetricRow { Metric = S, Value = i, Level = Level.Low, Mood = Mood.Good }),
            Skipped = Many(1, _ => new MetricRow { Metric = S, Value = 5, Level = Level.High, Mood = Mood.Bad }),
        },
        Checks = new ChecksPart { Standards = Mark.Met, Docs = Mark.Partial, Requirements = true, Tests = false, RequiredChanges = [new ChecklistItem(S, true), new ChecklistItem(S)] },
        Todo = [new ChecklistItem(S), new ChecklistItem(S, true)],
    };

    public static CodeReport Code { get; } = new()
    {
        Example = new CodeBlock(S, S),
        Parts = new CodeParts { Config = S, Figures = new AlignedFigures { Name = S, Unit = new Tally(S, 3, 4), Count = 5, Mood = Mood.Good }, After = S },
    };

    public static RevisionsReport Revisions { get; } = new()
    {
        Title = S,
        Review = new ReviewPart { Status = Mood.Bad, Reviewer = S, Comments = S },
        Revisions = Many(2, _ => new RevisionPart { Date = new DateOnly(2026, 1, 2), Addressed = Many(11, _ => new AddressedItem { Issue = S, Fix = S }), Results = S, Notes = S }),
        Appendix = new AppendixPart { Body = S, Links = Many(2, _ => S) },
    };

    public static NestedReport Nested { get; } = new()
    {
        Entries = Many(11, _ => new EntryItem
        {
            Name = S, Kind = Level.Low, Owner = S, Notes = S, Details = S, Tags = Many(2, _ => S), Snippet = new CodeBlock(S, S), Todo = [new ChecklistItem(S, true)],
        }),
        Steps = Many(2, _ => new StepBlock
        {
            Name = S, Goal = S, Outcome = S, Measurements = Many(2, i => new MetricRow { Metric = S, Value = i, Level = Level.Low, Mood = Mood.Good }),
            SubSteps = Many(11, _ => S), Command = S,
        }),
        Summary = new NestedSummary { Body = S, Highlights = Many(11, _ => new HighlightItem { Title = S, Why = S, Links = Many(2, _ => new FileRef(S, S)) }) },
    };

    public static CollisionReport Collision { get; } = new()
    {
        Notes = new CollisionNotes { Body = S, Items = [S, S], Remarks = S },
        Changes = new CollisionChanges { Intro = S, Changes = Many(2, _ => new DeviationBlock { Plan = S, Actual = S }) },
        Signed = S,
    };

    public static ContactsReport Contacts { get; } = new()
    {
        Owner = S,
        Lead = new Contact(S, S),
        Team = [new Contact(S, S), new Contact(S, S)],
        Escalation = [new EscalationRow { Level = 1, Contact = new Contact(S, S) }],
    };

    public static GroupsReport Groups { get; } = new()
    {
        Name = S,
        Environment = new EnvironmentPart
        {
            Configuration = new TestConfiguration { OS = S, Runtime = S, Notes = new MarkdownText(S), Cores = 2, Mood = Mood.Good, Source = new FileRef(S, S), Clean = true, Tools = [S, S] },
            Desktop = new DesktopGroup { OS = S, Browser = S, BrowserVersion = S, Details = new MarkdownText(S) },
            Machine = new MachineLines { Host = S, Memory = S },
            Steps = [S, S],
            Verdict = S,
            Build = S,
            Channel = S,
        },
        Runs = Many(2, _ => new RunBlock { Label = S, Result = S, Setup = new RunSetup { Seed = S, Flags = S } }),
    };

    public static TaskReport Task { get; } = SampleReports.TaskReport() with
    {
        Implementation = SampleReports.TaskReport().Implementation! with
        {
            Files = SampleReports.TaskReport().Implementation!.Files! with { Deleted = [S, S] },
            Summary = SampleReports.TaskReport().Implementation!.Summary! with { DatabaseChanges = [S], ExternalIntegrations = [S, S] },
            Deviations = Many(2, _ => new Deviation { OriginalPlan = S, ActualImplementation = S, Reason = S, Impact = S, ArchitectApproval = S }),
            SelfTest = SampleReports.TaskReport().Implementation!.SelfTest! with
            {
                Tests = Many(11, i => new TestCase { Name = S, Action = S, Result = i % 2 == 0 ? TestOutcome.Pass : TestOutcome.Fail, Notes = S }),
            },
        },
        Review = SampleReports.TaskReport().Review! with
        {
            Status = ReviewStatus.Rejected,
            Issues = Many(11, _ => new ReviewIssue { Description = S, Severity = Severity.Major, Location = S, RequiredFix = S }),
            RequiredChanges = [new ChecklistItem(S), new ChecklistItem(S, true)],
        },
        Revisions = Many(2, _ => new Revision
        {
            RevisionDate = new DateOnly(2026, 11, 20),
            IssuesAddressed = Many(11, _ => new AddressedIssue { Issue = S, Fix = S, FilesModified = S, Verification = S }),
            RetestResults = S,
            ReadyForReview = new DateOnly(2026, 11, 21),
        }),
        Testing = SampleReports.TaskReport().Testing! with { IssuesFound = S },
    };

    public static CodingImplementationReport Coding { get; } = SampleReports.CodingImplementationReport() with
    {
        NextSteps = SampleReports.CodingImplementationReport().NextSteps! with { Actions = Many(11, _ => new NamedNote(S, S)) },
    };

    /// <summary>Each full report with its name, renderer and parser.</summary>
    public static IEnumerable<ReportKind> All => Kinds.Values;

    public static IReadOnlyDictionary<string, ReportKind> Kinds { get; } = new ReportKind[]
    {
        ReportKind.Of(nameof(FieldsReport), Fields, r => r.ToMarkdown(), FieldsReport.TryParse, FieldsReport.RenderTemplate()),
        ReportKind.Of(nameof(TextReport), Text, r => r.ToMarkdown(), TextReport.TryParse, TextReport.RenderTemplate()),
        ReportKind.Of(nameof(ListsReport), Lists, r => r.ToMarkdown(), ListsReport.TryParse, ListsReport.RenderTemplate()),
        ReportKind.Of(nameof(TablesReport), Tables, r => r.ToMarkdown(), TablesReport.TryParse, TablesReport.RenderTemplate()),
        ReportKind.Of(nameof(CodeReport), Code, r => r.ToMarkdown(), CodeReport.TryParse, CodeReport.RenderTemplate()),
        ReportKind.Of(nameof(RevisionsReport), Revisions, r => r.ToMarkdown(), RevisionsReport.TryParse, RevisionsReport.RenderTemplate()),
        ReportKind.Of(nameof(NestedReport), Nested, r => r.ToMarkdown(), NestedReport.TryParse, NestedReport.RenderTemplate()),
        ReportKind.Of(nameof(CollisionReport), Collision, r => r.ToMarkdown(), CollisionReport.TryParse, CollisionReport.RenderTemplate()),
        ReportKind.Of(nameof(ContactsReport), Contacts, r => r.ToMarkdown(), ContactsReport.TryParse, ContactsReport.RenderTemplate()),
        ReportKind.Of(nameof(GroupsReport), Groups, r => r.ToMarkdown(), GroupsReport.TryParse, GroupsReport.RenderTemplate()),
        ReportKind.Of(nameof(TaskReport), Task, r => r.ToMarkdown(), TaskReport.TryParse, TaskReport.RenderTemplate()),
        ReportKind.Of(nameof(CodingImplementationReport), Coding, r => r.ToMarkdown(), CodingImplementationReport.TryParse, CodingImplementationReport.RenderTemplate()),
    }.ToDictionary(k => k.Name);
}

/// <summary>A report type, untyped: a full instance, how to render any instance, how to parse.</summary>
internal sealed class ReportKind
{
    private ReportKind(string name, object full, Func<object, string> render, Func<string, (bool Ok, object? Report, IReadOnlyList<ReportParseError> Errors)> parse, string template)
    {
        Template = template;
        Name = name;
        Full = full;
        Render = render;
        Parse = parse;
    }

    public string Name { get; }

    /// <summary>The blank template (<c>RenderTemplate()</c>).</summary>
    public string Template { get; }

    public object Full { get; }

    public Func<object, string> Render { get; }

    public Func<string, (bool Ok, object? Report, IReadOnlyList<ReportParseError> Errors)> Parse { get; }

    public static ReportKind Of<T>(string name, T full, Func<T, string> render, TryParser<T> tryParse, string template)
        where T : class =>
        new(name, full, o => render((T)o), markdown =>
        {
            var ok = tryParse(markdown, out var report, out var errors);
            return (ok, report, errors);
        }, template);

    public override string ToString() => Name;
}
