using System;

namespace Reports.Tests.Models;

/// <summary>Complete values of the test report types.</summary>
internal static class TestData
{
    public static FieldsReport CompleteFields() => new()
    {
        Title = "Weekly",
        Name = "Ada",
        Count = 3,
        Total = 7,
        Ratio = 0.5,
        Amount = 12.5m,
        Flag = false,
        Day = new DateOnly(2026, 1, 2),
        Stamp = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        At = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Mood = Mood.Happy,
        Owner = "Team A",
        Coverage = new Coverage(90, "unit only"),
        Narrative = "It went well.",
        Where = new Point { X = 1, Label = "origin" },
    };

    public static SectionsReport CompleteSections() => SectionsReport.CreateBuilder()
        .Summary(s => s.Goal("Ship it").Owner(p => p.Name("Ada")).SignOff(p => p.Name("Grace")))
        .Notes("Short notes.")
        .Example("csharp", "var x = 1;")
        .Script("echo hi")
        .AddTag("fast")
        .AddStep(s => s.Name("Build").Level(Level.Low))
        .AddChoice(c => c.Topic("Storage").Reason("Cheap"))
        .Review(r => r.Verdict(Verdict.Approved).Comments("Looks good.").Escalated(false))
        .Metrics(m => m.Unit(90, "unit").EndToEnd(40, "smoke"))
        .Quality(q => q.TestsPass().Mood(Mood.Happy))
        .AddTodo("Write docs", done: true)
        .AddFile("src/A.cs", "Adds A")
        .Build();
}
