using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Reports.Benchmarks;

/// <summary>
/// <c>--interleaved</c>: the ratios of tables 1–3 measured so that a noisy machine disturbs both sides alike. Each
/// operation runs in short batches (about a millisecond) that alternate with its baseline's, round after round, in
/// one process; a round's ratio compares two batches measured a millisecond apart. BenchmarkDotNet measures each
/// method in turn for seconds, so a load that comes and goes between two methods moves its ratio; this does not.
/// It complements the BenchmarkDotNet tables (no allocation figures, no statistics beyond medians and ranges).
/// </summary>
public static class Interleaved
{
    private const double BatchMilliseconds = 1.0;

    /// <summary>An operation and the baseline it is divided by (null: reported as a time only).</summary>
    private sealed record Pair(string Table, string Name, Func<object> Operation, string? BaselineName, Func<object>? Baseline);

    public static void Run(int rounds)
    {
        var rendering = new Rendering();
        rendering.Setup();
        var parsing = new Parsing();
        parsing.Setup();
        var completeness = new Completeness();
        completeness.Setup();

        var pairs = new List<Pair>
        {
            new("1", "TaskReport checked floor", rendering.Task_FloorChecked, "floor", rendering.Task_Floor),
            new("1", "TaskReport ToMarkdown", rendering.Task_ToMarkdown, "floor", rendering.Task_Floor),
            new("1", "TaskReport WriteMarkdown, reused buffer", () => rendering.Task_WriteMarkdown_ReusedBuffer(), "floor", rendering.Task_Floor),
            new("1", "CodingImplementationReport checked floor", rendering.Coding_FloorChecked, "floor", rendering.Coding_Floor),
            new("1", "CodingImplementationReport ToMarkdown", rendering.Coding_ToMarkdown, "floor", rendering.Coding_Floor),
            new("1", "CodingImplementationReport WriteMarkdown, reused buffer", () => rendering.Coding_WriteMarkdown_ReusedBuffer(), "floor", rendering.Coding_Floor),
            new("1", "TaskReport, metacharacters checked floor", rendering.Escaping_FloorChecked, "floor", rendering.Escaping_Floor),
            new("1", "TaskReport, metacharacters ToMarkdown", rendering.Escaping_ToMarkdown, "floor", rendering.Escaping_Floor),
            new("2", "TaskReport Parse", parsing.Task_Parse, "Markdig parse", parsing.Task_MarkdigParse),
            new("2", "TaskReport Markdig block pass", parsing.Task_MarkdigBlockPass, "Markdig parse", parsing.Task_MarkdigParse),
            new("2", "CodingImplementationReport Parse", parsing.Coding_Parse, "Markdig parse", parsing.Coding_MarkdigParse),
            new("2", "CodingImplementationReport Markdig block pass", parsing.Coding_MarkdigBlockPass, "Markdig parse", parsing.Coding_MarkdigParse),
            new("3", "TaskReport CheckCompleteness", () => completeness.Task_CheckCompleteness(), null, null),
            new("3", "CodingImplementationReport CheckCompleteness", () => completeness.Coding_CheckCompleteness(), null, null),
        };

        // Every operation runs first for a while, so that tiered compilation has settled before anything is measured.
        foreach (var pair in pairs)
        {
            Calibrate(pair.Operation);
            if (pair.Baseline is not null)
            {
                Calibrate(pair.Baseline);
            }
        }

        Console.WriteLine($"Interleaved: {rounds} rounds; per round and pair, batches of about {BatchMilliseconds} ms of the operation and of its baseline, alternating.");
        Console.WriteLine();
        Console.WriteLine("| Table | Operation | Baseline | Ratio: median of rounds | Ratio: middle half of rounds | Operation: median / fastest round | Baseline: median |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var pair in pairs)
        {
            Measure(pair, rounds);
        }
    }

    private static void Measure(Pair pair, int rounds)
    {
        var operationCount = Calibrate(pair.Operation);
        var baselineCount = pair.Baseline is null ? 0 : Calibrate(pair.Baseline);
        var operationTimes = new double[rounds];
        var baselineTimes = new double[rounds];
        var ratios = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            // The order within a round alternates too, so that neither side always runs right after the other.
            if (pair.Baseline is not null && round % 2 == 0)
            {
                baselineTimes[round] = Batch(pair.Baseline, baselineCount);
            }

            operationTimes[round] = Batch(pair.Operation, operationCount);
            if (pair.Baseline is not null && round % 2 == 1)
            {
                baselineTimes[round] = Batch(pair.Baseline, baselineCount);
            }

            ratios[round] = pair.Baseline is null ? 0 : operationTimes[round] / baselineTimes[round];
        }

        var ratio = pair.Baseline is null ? "" : $"**{Median(ratios):F2}×**";
        var spread = pair.Baseline is null ? "" : $"{Quantile(ratios, 0.25):F2}–{Quantile(ratios, 0.75):F2}×";
        var baseline = pair.Baseline is null ? "" : Time(Median(baselineTimes));
        Console.WriteLine($"| {pair.Table} | {pair.Name} | {pair.BaselineName ?? ""} | {ratio} | {spread} | {Time(Median(operationTimes))} / {Time(operationTimes.Min())} | {baseline} |");
    }

    /// <summary>How many calls make a batch of about <see cref="BatchMilliseconds"/>, after a warm-up long enough for tiered JIT.</summary>
    private static int Calibrate(Func<object> operation)
    {
        var warmUp = Stopwatch.StartNew();
        var calls = 0;
        while (warmUp.ElapsedMilliseconds < 500)
        {
            operation();
            calls++;
        }

        var perCall = warmUp.Elapsed.TotalMilliseconds / calls;
        return Math.Max(1, (int)(BatchMilliseconds / perCall));
    }

    /// <summary>The time of one call, in nanoseconds, averaged over a batch of <paramref name="count"/> calls.</summary>
    private static double Batch(Func<object> operation, int count)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            operation();
        }

        return watch.Elapsed.TotalMilliseconds * 1e6 / count;
    }

    private static double Median(double[] values) => Quantile(values, 0.5);

    private static double Quantile(double[] values, double q)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }

    private static string Time(double nanoseconds) =>
        nanoseconds >= 1000 ? $"{nanoseconds / 1000:F2} µs" : $"{nanoseconds:F0} ns";
}
