using AgentReports;
using CsCheck;
using Reports.Tests.Model;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests;

/// <summary>
/// The round-trip law, <c>Parse(r.ToMarkdown()) == r</c>, over generated reports of every test type and both
/// sample types, with nasty strings in every value. Each test runs <see cref="Iterations.Count"/> cases
/// (2000 by default; set <c>REPORTS_PROPERTY_ITERATIONS=100000</c> for a long local run, and
/// <c>REPORTS_PROPERTY_SEED</c> to replay a seed CsCheck printed).
/// </summary>
public sealed class RoundTripPropertyTests
{
    [Fact]
    public void Fields_report_round_trips() =>
        ReportGens.FieldsReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), FieldsReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<FieldsReport>(x => x.ToMarkdown()));

    [Fact]
    public void Text_report_round_trips() =>
        ReportGens.TextReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), TextReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<TextReport>(x => x.ToMarkdown()));

    [Fact]
    public void Lists_report_round_trips() =>
        ReportGens.ListsReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), ListsReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<ListsReport>(x => x.ToMarkdown()));

    [Fact]
    public void Tables_report_round_trips() =>
        ReportGens.TablesReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), TablesReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<TablesReport>(x => x.ToMarkdown()));

    [Fact]
    public void Code_report_round_trips() =>
        ReportGens.CodeReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), CodeReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<CodeReport>(x => x.ToMarkdown()));

    [Fact]
    public void Revisions_report_round_trips() =>
        ReportGens.RevisionsReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), RevisionsReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<RevisionsReport>(x => x.ToMarkdown()));

    [Fact]
    public void Nested_report_round_trips() =>
        ReportGens.NestedReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), NestedReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<NestedReport>(x => x.ToMarkdown()));

    [Fact]
    public void Collision_report_round_trips() =>
        ReportGens.CollisionReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), CollisionReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<CollisionReport>(x => x.ToMarkdown()));

    [Fact]
    public void Groups_report_round_trips() =>
        ReportGens.GroupsReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), GroupsReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<GroupsReport>(x => x.ToMarkdown()));

    [Fact]
    public void Task_report_round_trips() =>
        SampleGens.TaskReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), TaskReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<TaskReport>(x => x.ToMarkdown()));

    [Fact]
    public void Coding_implementation_report_round_trips() =>
        SampleGens.CodingImplementationReport.Sample(r => RoundTrip.Check(r, x => x.ToMarkdown(), (x, w) => x.WriteMarkdown(w), CodingImplementationReport.TryParse, (x, b) => x.WriteMarkdown(b)),
            seed: Iterations.Seed, iter: Iterations.Count, print: RoundTrip.Print<CodingImplementationReport>(x => x.ToMarkdown()));
}
