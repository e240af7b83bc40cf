using System;
using System.Collections.Generic;
using System.IO;
using Reports;

namespace AgentReports;

/// <summary>
/// The <c>check</c> command: reads a filled report and prints every problem as
/// <c>FILE.md(LINE,COL): error RPTnnnn: message</c>, the compiler's format, so editors and CI annotate lines.
/// </summary>
public static class ReportCheck
{
    /// <summary>Exit codes: 0 complete, 1 incomplete, 2 cannot be read.</summary>
    public static int Run(string kind, string file, TextWriter output)
    {
        string markdown;
        try
        {
            markdown = File.ReadAllText(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"{file}(1,1): error RPT0207: cannot read the file: {exception.Message}");
            output.WriteLine("1 error: the report cannot be read.");
            return 2;
        }

        IReadOnlyList<ReportParseError> errors;
        CompletenessResult completeness = default;
        bool parsed;
        switch (kind)
        {
            case "task-report":
                parsed = TaskReport.TryParse(markdown, out var task, out errors);
                if (parsed)
                {
                    completeness = task!.CheckCompleteness();
                }

                break;
            default:
                parsed = CodingImplementationReport.TryParse(markdown, out var coding, out errors);
                if (parsed)
                {
                    completeness = coding!.CheckCompleteness();
                }

                break;
        }

        foreach (var error in errors)
        {
            output.WriteLine(error.ToString(file));
        }

        if (!parsed)
        {
            output.WriteLine($"{errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}: the report cannot be read.");
            return 2;
        }

        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        foreach (var issue in completeness.Issues)
        {
            var line = issue.Line ?? LineOf(lines, issue.Path);
            output.WriteLine($"{file}({line},1): warning {Code(issue.Kind)}: {issue.Message}");
        }

        if (completeness.IsComplete)
        {
            output.WriteLine($"Complete: {completeness.Filled} of {completeness.Required} required values filled.");
            return 0;
        }

        output.WriteLine($"Incomplete: {completeness.Issues.Count} issue{(completeness.Issues.Count == 1 ? string.Empty : "s")}, {completeness.Filled} of {completeness.Required} required values filled.");
        return 1;
    }

    /// <summary>Stable codes for completeness issues, beside the reader's RPT02xx.</summary>
    private static string Code(CompletenessIssueKind kind) => kind switch
    {
        CompletenessIssueKind.Missing => "RPT0300",
        CompletenessIssueKind.Empty => "RPT0301",
        CompletenessIssueKind.Placeholder => "RPT0302",
        _ => "RPT0303",
    };

    /// <summary>
    /// The line a path points at: each heading or label of the path is looked for after the previous one, so
    /// <c>Code Review › Status</c> finds the Status line under the Code Review heading. Falls back to the deepest match.
    /// </summary>
    private static int LineOf(string[] lines, string path)
    {
        var index = 0;
        var found = 0;
        foreach (var segment in path.Split(new[] { " \u203A " }, StringSplitOptions.RemoveEmptyEntries))
        {
            var number = int.TryParse(segment, out var item) ? item : 0;
            for (var i = index; i < lines.Length; i++)
            {
                var line = lines[i];
                var hit = number > 0
                    ? line.TrimStart().StartsWith(number + ".", StringComparison.Ordinal) || (number == 1 && line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
                    : line.IndexOf(segment, StringComparison.OrdinalIgnoreCase) >= 0;
                if (hit)
                {
                    index = i;
                    found = i + 1;
                    break;
                }
            }
        }

        return Math.Max(found, 1);
    }
}
