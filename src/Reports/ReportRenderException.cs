using System;

namespace Reports;

/// <summary>
/// A report value cannot be written as Markdown that reads back as the same value (for example a
/// string holding U+0000). Nothing is written in a lossy form instead.
/// </summary>
public sealed class ReportRenderException : InvalidOperationException
{
    /// <summary>Creates the exception for the value at <paramref name="path"/>.</summary>
    public ReportRenderException(string path, string problem)
        : base($"Cannot write '{path}': {problem}")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The path of the value by headings and labels (<c>Code Review › Comments</c>).</summary>
    public string Path { get; }

    /// <summary>What is wrong with the value and how to fix it.</summary>
    public string Problem { get; }
}
