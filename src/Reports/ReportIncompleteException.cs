using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Reports;

/// <summary>
/// A report that had to be complete is not: thrown by a builder's <c>Build()</c> and by <c>EnsureComplete()</c>.
/// The message lists every issue by path; <see cref="Result"/> holds them as values.
/// </summary>
public sealed class ReportIncompleteException : InvalidOperationException
{
    /// <summary>Creates the exception for a report of type <paramref name="reportName"/>.</summary>
    /// <param name="reportName">The report type's name (<c>TaskReport</c>).</param>
    /// <param name="result">The completeness check that found the issues.</param>
    public ReportIncompleteException(string reportName, CompletenessResult result)
        : base(Describe(reportName, result))
    {
        ReportName = reportName;
        Result = result;
    }

    /// <summary>The report type's name.</summary>
    public string ReportName { get; }

    /// <summary>The completeness check that failed.</summary>
    public CompletenessResult Result { get; }

    /// <summary>The issues, in report order.</summary>
    public IReadOnlyList<CompletenessIssue> Issues => Result.Issues;

    private static string Describe(string reportName, CompletenessResult result)
    {
        var issues = result.Issues;
        var text = new StringBuilder();
        text.Append(reportName).Append(" is incomplete");
        if (result.Role is not null)
        {
            text.Append(" for ").Append(result.Role);
        }

        text.Append(": ")
            .Append(issues.Count.ToString(CultureInfo.InvariantCulture))
            .Append(issues.Count == 1 ? " value needs" : " values need")
            .Append(" attention (")
            .Append(result.Filled.ToString(CultureInfo.InvariantCulture))
            .Append(" of ")
            .Append(result.Required.ToString(CultureInfo.InvariantCulture))
            .Append(" required values filled).");
        foreach (var issue in issues)
        {
            text.Append('\n').Append("- ").Append(issue.ToString());
        }

        return text.ToString();
    }
}
