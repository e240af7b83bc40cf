using System;
using System.Collections.Generic;
using System.Linq;

namespace Reports;

/// <summary>Something in a Markdown report that could not be read as the report type says.</summary>
/// <param name="Code">A stable code: RPT0200 unknown section, RPT0201 duplicate, RPT0202 invalid value, RPT0203 unexpected content, RPT0204 wrong table columns, RPT0205 missing title, RPT0206 too deep.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Path">Where, by headings and labels (<c>Code Review › Status</c>).</param>
/// <param name="Expected">What the report type expects there.</param>
/// <param name="Found">What the text holds.</param>
public sealed record ReportParseError(string Code, int Line, int Column, string Path, string Expected, string Found)
{
    /// <summary>A sentence a person or an agent can act on.</summary>
    public string Message => (Path.Length == 0 ? string.Empty : Path + ": ") + "expected " + Expected + ", found " + Found + ".";

    /// <summary>The error in the compiler's format, for editors and CI: <c>file(line,col): error RPT0202: message</c>.</summary>
    public string ToString(string file) => $"{file}({Line},{Column}): error {Code}: {Message}";

    /// <inheritdoc/>
    public override string ToString() => $"({Line},{Column}): error {Code}: {Message}";
}

/// <summary>A Markdown report could not be read; <see cref="Errors"/> lists every problem found.</summary>
public sealed class ReportParseException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ReportParseException(IReadOnlyList<ReportParseError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Every problem, with line and column.</summary>
    public IReadOnlyList<ReportParseError> Errors { get; }

    private static string Describe(IReadOnlyList<ReportParseError> errors) =>
        $"The report has {errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}:" + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Select(e => "  " + e.ToString()));
}
