using System;
using System.Linq;
using AgentReports;
using CsCheck;
using Reports.Tests.Model;

namespace Reports.Tests.Support;

/// <summary>
/// Generators of whole reports whose required parts are set (the round-trip law's premise): required
/// values are never null and required lists never empty; optional ones may be absent.
/// </summary>
internal static class ReportGens
{
    private static readonly Gen<string> S = Strings.Any;

    private static Gen<string?> Opt(Gen<string> gen) => gen.Null(0.3);

    private static Gen<T?> OptValue<T>(Gen<T> gen)
        where T : struct => gen.Nullable(0.3);

    private static Gen<ReportList<T>> ListOf<T>(Gen<T> gen, int min, int max) => gen.Array[min, max].Select(a => (ReportList<T>)a);

    public static readonly Gen<DateOnly> Date = Gen.DateOnly;

    public static readonly Gen<DateTime> DateTime = Gen.Select(Gen.Long[System.DateTime.MinValue.Ticks, System.DateTime.MaxValue.Ticks], Gen.Bool,
        (ticks, utc) => new DateTime(ticks, utc ? DateTimeKind.Utc : DateTimeKind.Unspecified));

    public static readonly Gen<DateTimeOffset> DateTimeOffset = Gen.Select(Gen.Long[System.DateTime.MinValue.AddDays(2).Ticks, System.DateTime.MaxValue.AddDays(-2).Ticks], Gen.Int[-14 * 60, 14 * 60],
        (ticks, minutes) => new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes)));

    public static readonly Gen<int> Int = Gen.Frequency((3, Gen.Int[-1000, 1000]), (1, Gen.Int));

    public static readonly Gen<double> Double = Gen.Frequency((3, Gen.Double[-1e6, 1e6]), (1, Gen.Double),
        (1, Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -0.0, double.MaxValue, 1e-300)));

    public static readonly Gen<decimal> Decimal = Gen.Frequency((3, Gen.Int[-100000, 100000].Select(i => i / 100m)), (1, Gen.Decimal));

    public static readonly Gen<Mood> Mood = Gen.OneOf(Model.Mood.Good, Model.Mood.InDoubt, Model.Mood.Bad);

    public static readonly Gen<Level> Level = Gen.OneOf(Model.Level.Low, Model.Level.High);

    public static readonly Gen<Mark> Mark = Gen.OneOf(Model.Mark.Met, Model.Mark.Partial, Model.Mark.NotMet);

    public static readonly Gen<FileRef> FileRef = Gen.Select(S, S, (a, b) => new FileRef(a, b));

    public static readonly Gen<Endpoint> Endpoint = Gen.Select(S, S, S, (a, b, c) => new Endpoint(a, b, c));

    public static readonly Gen<Named> Named = Gen.Select(S, S, (a, b) => new Named(a, b));

    public static readonly Gen<Tally> Tally = Gen.Select(S, OptValue(Int), OptValue(Int), (a, b, c) => new Tally(a, b, c));

    // ---- FieldsReport ----

    public static readonly Gen<BulletFields> BulletFields =
        from plain in S
        from code in S
        from version in S
        from latency in S
        from wrapped in S
        from coverage in OptValue(Int)
        from count in Gen.Long
        from amount in OptValue(Decimal)
        from ratio in OptValue(Double)
        from flag in OptValue(Gen.Bool)
        from day in OptValue(Date)
        from when in OptValue(DateTime)
        from stamp in OptValue(DateTimeOffset)
        from mood in OptValue(Mood)
        from file in FileRef
        from endpoint in Endpoint
        from named in Named
        from tally in Tally
        from maybe in Opt(S)
        from assigned in S
        select new BulletFields
        {
            Plain = plain, Code = code, Version = version, Latency = latency, Wrapped = wrapped, Coverage = coverage, Count = count,
            Amount = amount, Ratio = ratio, Flag = flag, Day = day, When = when, Stamp = stamp, Mood = mood, File = file,
            Endpoint = endpoint, Named = named, Tally = tally, Maybe = maybe, AssignedTo = assigned,
        };

    public static readonly Gen<LineFields> LineFields =
        from first in S
        from second in S
        from optional in Opt(S)
        from last in OptValue(Int)
        select new LineFields { First = first, Second = second, OptionalLine = optional, Last = last };

    public static readonly Gen<ParagraphFields> ParagraphFields =
        from summary in S
        from details in S
        from extra in Opt(S)
        from code in S
        select new ParagraphFields { Summary = summary, Details = details, Extra = extra, CodeLine = code };

    public static readonly Gen<FieldsReport> FieldsReport =
        from name in S
        from version in OptValue(Int)
        from owner in S
        from mood in OptValue(Mood)
        from level in OptValue(Level)
        from quiet in OptValue(Mood)
        from bullets in BulletFields
        from lines in LineFields
        from paragraphs in ParagraphFields
        from frontOwner in Opt(S)
        from frontMood in OptValue(Mood)
        select new FieldsReport
        {
            Name = name, Version = version, Owner = owner, Mood = mood, Level = level, QuietMood = quiet,
            Bullets = bullets, Lines = lines, Paragraphs = paragraphs, FrontOwner = frontOwner, FrontMood = frontMood,
        };

    // ---- TextReport ----

    public static readonly Gen<TextReport> TextReport =
        from intro in S
        from body in S
        from conclusion in S
        from notes in S
        from limitations in Opt(S)
        select new TextReport
        {
            Introduction = intro,
            Narrative = new Narrative { Body = body, Conclusion = conclusion },
            Notes = notes,
            Limitations = limitations,
        };

    // ---- ListsReport ----

    public static readonly Gen<PlainLists> PlainLists =
        from bullets in ListOf(S, 1, 4)
        from numbered in ListOf(S, 1, 12)
        from loose in ListOf(S, 1, 3)
        from numbers in ListOf(Int, 1, 3)
        from moods in ListOf(Mood, 1, 3)
        from maybe in ListOf(S, 0, 2)
        from orNone in ListOf(S, 0, 2)
        select new PlainLists { Bullets = bullets, Numbered = numbered, Loose = loose, Numbers = numbers, Moods = moods, Maybe = maybe, OrNone = orNone };

    public static readonly Gen<CaseItem> CaseItem =
        from name in S
        from action in S
        from outcome in OptValue(Mood)
        select new CaseItem { Name = name, Action = action, Outcome = outcome };

    public static readonly Gen<IssueItem> IssueItem =
        from issue in S
        from level in OptValue(Level)
        from fix in S
        select new IssueItem { Issue = issue, Level = level, Fix = fix };

    public static readonly Gen<RecordLists> RecordLists =
        from files in ListOf(FileRef, 1, 3)
        from endpoints in ListOf(Endpoint, 0, 2)
        from components in ListOf(Named, 1, 11)
        from tallies in ListOf(Tally, 1, 2)
        from cases in ListOf(CaseItem, 1, 11)
        from issues in ListOf(IssueItem, 0, 11)
        select new RecordLists { Files = files, Endpoints = endpoints, Components = components, Tallies = tallies, Cases = cases, Issues = issues };

    public static readonly Gen<DecisionBlock> DecisionBlock =
        from name in S
        from context in S
        from choice in S
        select new DecisionBlock { Name = name, Context = context, Choice = choice };

    public static readonly Gen<DeviationBlock> DeviationBlock =
        from plan in S
        from actual in S
        select new DeviationBlock { Plan = plan, Actual = actual };

    public static readonly Gen<ListsReport> ListsReport =
        from plain in PlainLists
        from records in RecordLists
        from decisions in ListOf(DecisionBlock, 1, 3)
        from deviations in ListOf(DeviationBlock, 0, 2)
        from steps in ListOf(S, 1, 3)
        select new ListsReport { Plain = plain, Records = records, Decisions = decisions, Deviations = deviations, Steps = steps };

    // ---- TablesReport ----

    public static readonly Gen<ComponentRow> ComponentRow =
        from name in S
        from path in S
        from notes in S
        from source in FileRef
        select new ComponentRow { Name = name, Path = path, Notes = notes, Source = source };

    public static readonly Gen<MetricRow> MetricRow =
        from metric in S
        from value in OptValue(Int)
        from level in OptValue(Level)
        from mood in OptValue(Mood)
        select new MetricRow { Metric = metric, Value = value, Level = level, Mood = mood };

    private static readonly Gen<ChecklistItem> Subtask = Gen.Select(S, Gen.Bool, (text, done) => new ChecklistItem(text, done));

    // A task, now and then with subtasks (and theirs).
    public static readonly Gen<ChecklistItem> ChecklistItem = Gen.Select(S, Gen.Bool,
        Gen.Frequency((3, Gen.Const(ReportList<ChecklistItem>.Empty)), (1, ListOf(Gen.Select(Subtask, ListOf(Subtask, 0, 2), (task, subtasks) => task with { Items = subtasks }), 1, 3))),
        (text, done, subtasks) => new ChecklistItem(text, done) { Items = subtasks });

    public static readonly Gen<TablesReport> TablesReport =
        from components in ListOf(ComponentRow, 1, 4)
        from measured in ListOf(MetricRow, 1, 3)
        from skipped in ListOf(MetricRow, 0, 2)
        from standards in OptValue(Mark)
        from docs in OptValue(Mark)
        from requirements in Gen.Bool
        from tests in Gen.Bool
        from changes in ListOf(ChecklistItem, 0, 3)
        from todo in ListOf(ChecklistItem, 1, 3)
        select new TablesReport
        {
            Components = components,
            Metrics = new MetricsPart { Measured = measured, Skipped = skipped },
            Checks = new ChecksPart { Standards = standards, Docs = docs, Requirements = requirements, Tests = tests, RequiredChanges = changes },
            Todo = todo,
        };

    // ---- CodeReport ----

    public static readonly Gen<string> Language = Gen.Frequency(
        (3, Gen.OneOf("", "csharp", "json", "c#", "f#", "shell session", "{.python #id}")),
        (1, S));

    public static readonly Gen<AlignedFigures> AlignedFigures =
        from name in Strings.Fenced
        from suite in Strings.Fenced.Where(s => !s.Contains(": ", StringComparison.Ordinal))
        from passed in OptValue(Int)
        from failed in OptValue(Int)
        from count in OptValue(Int)
        from mood in OptValue(Mood)
        select new AlignedFigures { Name = name, Unit = new Tally(suite, passed, failed), Count = count, Mood = mood };

    public static readonly Gen<CodeReport> CodeReport =
        from language in Language
        from code in Strings.Code
        from config in Strings.Code
        from figures in AlignedFigures
        from after in S
        select new CodeReport
        {
            Example = new CodeBlock(language, code),
            Parts = new CodeParts { Config = config, Figures = figures, After = after },
        };

    // ---- RevisionsReport ----

    public static readonly Gen<RevisionPart> RevisionPart =
        from date in OptValue(Date)
        from addressed in ListOf(Gen.Select(S, S, (i, f) => new AddressedItem { Issue = i, Fix = f }), 1, 11)
        from results in S
        from notes in Opt(S)
        select new RevisionPart { Date = date, Addressed = addressed, Results = results, Notes = notes };

    public static readonly Gen<RevisionsReport> RevisionsReport =
        from title in S
        from status in OptValue(Mood)
        from reviewer in S
        from comments in S
        from revisions in ListOf(RevisionPart, 0, 3)
        from appendix in Gen.Select(S, ListOf(S, 1, 3), (body, links) => new AppendixPart { Body = body, Links = links }).Null(0.4)
        select new RevisionsReport
        {
            Title = title,
            Review = new ReviewPart { Status = status, Reviewer = reviewer, Comments = comments },
            Revisions = revisions,
            Appendix = appendix,
        };

    // ---- NestedReport ----

    public static readonly Gen<EntryItem> EntryItem =
        from name in S
        from kind in OptValue(Level)
        from owner in S
        from notes in Opt(S)
        from details in Opt(S)
        from tags in ListOf(S, 0, 3)
        from snippet in Gen.Select(Language, Strings.Code, (l, c) => new CodeBlock(l, c)).Null(0.3)
        from todo in ListOf(ChecklistItem, 0, 2)
        select new EntryItem { Name = name, Kind = kind, Owner = owner, Notes = notes, Details = details, Tags = tags, Snippet = snippet, Todo = todo };

    public static readonly Gen<StepBlock> StepBlock =
        from name in S
        from goal in S
        from outcome in S
        from measurements in ListOf(MetricRow, 1, 2)
        from subSteps in ListOf(S, 1, 11)
        from command in Strings.Code
        select new StepBlock { Name = name, Goal = goal, Outcome = outcome, Measurements = measurements, SubSteps = subSteps, Command = command };

    public static readonly Gen<HighlightItem> HighlightItem =
        from title in S
        from why in Opt(S)
        from links in ListOf(FileRef, 0, 2)
        select new HighlightItem { Title = title, Why = why, Links = links };

    public static readonly Gen<NestedReport> NestedReport =
        from entries in ListOf(EntryItem, 1, 11)
        from steps in ListOf(StepBlock, 1, 3)
        from body in S
        from highlights in ListOf(HighlightItem, 1, 11)
        select new NestedReport { Entries = entries, Steps = steps, Summary = new NestedSummary { Body = body, Highlights = highlights } };

    // ---- CollisionReport: values that equal the layout's own text ----

    private static readonly Gen<string> Colliding = Gen.Frequency(
        (3, Gen.OneOf("None", "Fill this in", "Add more changes as needed", "Generated by the collision tests", "None\nNone", "Fill this in\nNone")),
        (2, S));

    public static readonly Gen<CollisionReport> CollisionReport =
        from body in Colliding
        from items in ListOf(Colliding, 0, 2)
        from remarks in Colliding
        from intro in Colliding
        from changes in ListOf(Gen.Select(Colliding, Colliding, (p, a) => new DeviationBlock { Plan = p, Actual = a }), 0, 2)
        from signed in Colliding
        select new CollisionReport
        {
            Notes = new CollisionNotes { Body = body, Items = items, Remarks = remarks },
            Changes = new CollisionChanges { Intro = intro, Changes = changes },
            Signed = signed,
        };

    // ---- GroupsReport: values that read like the labels of a group's fields, plain or bold ----

    private static readonly Gen<string> LabelLike = Gen.Frequency(
        (3, Gen.OneOf("OS: x", "Browser x", "Browser Version 2", "Version 2", "Browser Browser", "Flags: -O2", "**Seed**: 1", "Host: h", "Memory 4", ": x", ":x", "Details: d",
            "- OS: y", " - Browser z", "**Setup:**", "Setup:", "**Run 2: x**", "Verdict: ok", "x\nOS: y", "OS:", "Browser", "\nBrowser x", "Steps to Reproduce:", "1.", "-", "Build: 7", "> Build: 7", "**Channel**: beta", ">")),
        (2, S));

    private static readonly Gen<MarkdownText> SafeMarkdown = Gen.OneOf("`code` and **bold**", "plain", "OS: x", "a [link](http://example.com)", "Browser *x*")
        .Select(m => new MarkdownText(m));

    public static readonly Gen<GroupsReport> GroupsReport =
        from name in LabelLike
        from configuration in Gen.Select(LabelLike, LabelLike, SafeMarkdown, OptValue(Int), OptValue(Mood), FileRef, Gen.Bool, ListOf(LabelLike, 1, 3),
            (os, runtime, notes, cores, mood, source, clean, tools) => new TestConfiguration { OS = os, Runtime = runtime, Notes = notes, Cores = cores, Mood = mood, Source = source, Clean = clean, Tools = tools })
        from desktop in Gen.Select(LabelLike, LabelLike, LabelLike, SafeMarkdown, (os, browser, version, details) => new DesktopGroup { OS = os, Browser = browser, BrowserVersion = version, Details = details }).Null(0.3)
        from machine in Gen.Select(LabelLike, LabelLike, (host, memory) => new MachineLines { Host = host, Memory = memory }).Null(0.3)
        from verdict in LabelLike
        from steps in ListOf(LabelLike, 1, 3)
        from build in LabelLike
        from channel in LabelLike.Null(0.4)
        from runs in ListOf(Gen.Select(LabelLike, LabelLike, LabelLike, LabelLike, (label, result, seed, flags) => new RunBlock { Label = label, Result = result, Setup = new RunSetup { Seed = seed, Flags = flags } }), 1, 3)
        select new GroupsReport
        {
            Name = name,
            Environment = new EnvironmentPart { Configuration = configuration, Desktop = desktop, Machine = machine, Steps = steps, Verdict = verdict, Build = build, Channel = channel },
            Runs = runs,
        };
}
