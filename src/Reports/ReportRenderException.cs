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
        : this(path, problem, null)
    {
    }

    private ReportRenderException(string path, string problem, Exception? inner)
        : base($"Cannot write '{path}': {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The path of the value by headings and labels (<c>Code Review › Comments</c>).</summary>
    public string Path { get; }

    /// <summary>What is wrong with the value and how to fix it.</summary>
    public string Problem { get; }

    /// <summary>
    /// The same problem in item <paramref name="number"/> of the list or table at <paramref name="itemsPath"/>: its path
    /// numbered as completeness numbers it (<c>Changes › 3</c>, <c>Metrics › 2 › Before</c>). Generated code calls this.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public ReportRenderException InItem(string itemsPath, int number)
    {
        const string Separator = " \u203A ";
        if (itemsPath is null || !Path.StartsWith(itemsPath, StringComparison.Ordinal)
            || (Path.Length > itemsPath.Length && string.CompareOrdinal(Path, itemsPath.Length, Separator, 0, Separator.Length) != 0))
        {
            return this;
        }

        var numbered = (itemsPath.Length == 0 ? string.Empty : itemsPath + Separator)
            + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + Path.Substring(itemsPath.Length);
        return new ReportRenderException(numbered, Problem, this);
    }

    /// <summary>
    /// The same problem in a repeated block or section: the path <paramref name="itemPath"/> it was written for
    /// (<c>Decision N: {Name}</c>) becomes <paramref name="numberedPath"/> (<c>Decision 2</c>), as completeness names it.
    /// Generated code calls this.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public ReportRenderException InItem(string itemPath, string numberedPath) =>
        itemPath is not null && numberedPath is not null && Path.StartsWith(itemPath, StringComparison.Ordinal)
            ? new ReportRenderException(numberedPath + Path.Substring(itemPath.Length), Problem, this)
            : this;
}
