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
        bool parsed;
        switch (kind)
        {
            case "task-report":
                parsed = TaskReport.TryParse(markdown, out var task, out errors);
                break;
            default:
                parsed = CodingImplementationReport.TryParse(markdown, out var coding, out errors);
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

        output.WriteLine("The report was read without errors.");
        return 0;
    }
}
