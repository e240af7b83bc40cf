using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Reports.Tests.Support;

/// <summary>The generated <c>TryParse</c> of a report type.</summary>
internal delegate bool TryParser<T>(string? markdown, out T? report, out IReadOnlyList<ReportParseError> errors)
    where T : class;

/// <summary>How many cases each property test runs: <c>REPORTS_PROPERTY_ITERATIONS</c>, 2000 by default.</summary>
internal static class Iterations
{
    public static long Count { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("REPORTS_PROPERTY_ITERATIONS"), out var count) && count > 0 ? count : 2000;

    /// <summary>A CsCheck seed to replay (<c>REPORTS_PROPERTY_SEED</c>), or null for a random start.</summary>
    public static string? Seed { get; } = Environment.GetEnvironmentVariable("REPORTS_PROPERTY_SEED") is { Length: > 0 } seed ? seed : null;
}

/// <summary>Asserts the round-trip law for one report value, with a message that shows what went wrong.</summary>
internal static class RoundTrip
{
    public static void Check<T>(T report, Func<T, string> render, Action<T, TextWriter> write, TryParser<T> tryParse, Action<T, IBufferWriter<char>>? writeBuffer = null)
        where T : class
    {
        var markdown = render(report);
        using (var writer = new StringWriter())
        {
            write(report, writer);
            if (writer.ToString() != markdown)
            {
                throw new RoundTripException("WriteMarkdown(TextWriter) differs from ToMarkdown()", markdown);
            }
        }

        if (writeBuffer is not null)
        {
            var buffer = new ArrayBufferWriter<char>(16);
            writeBuffer(report, buffer);
            if (new string(buffer.WrittenSpan) != markdown)
            {
                throw new RoundTripException("WriteMarkdown(IBufferWriter<char>) differs from ToMarkdown()", markdown);
            }
        }

        if (!tryParse(markdown, out var parsed, out var errors))
        {
            throw new RoundTripException("TryParse failed:\n" + string.Join("\n", errors.Select(e => "  " + e)), markdown);
        }

        if (!Equals(report, parsed))
        {
            throw new RoundTripException("the parsed report differs at " + (Dump.FirstDifference(report, parsed) ?? "(equal by members, not by Equals)"), markdown);
        }

        var again = render(parsed!);
        if (again != markdown)
        {
            throw new RoundTripException("rendering the parsed report gives different Markdown:\n" + again, markdown);
        }
    }

    /// <summary>What CsCheck prints for a failing value: the value and its Markdown.</summary>
    public static Func<T, string> Print<T>(Func<T, string> render) => report =>
    {
        string markdown;
        try
        {
            markdown = render(report);
        }
        catch (ReportRenderException e)
        {
            markdown = "(render failed: " + e.Message + ")";
        }

        return Dump.Of(report) + "\n--- Markdown ---\n" + markdown + "\n--- as a literal ---\n" + Dump.Literal(markdown);
    };
}

/// <summary>A round trip did not hold.</summary>
internal sealed class RoundTripException : Exception
{
    public RoundTripException(string problem, string markdown)
        : base(problem + "\n--- Markdown ---\n" + markdown + "\n--- as a literal ---\n" + Dump.Literal(markdown))
    {
    }
}
