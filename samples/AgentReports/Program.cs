using System;
using AgentReports;

// The Reports sample: both seed templates modelled as typed records.
//   (no arguments)                     print a filled Task Report and Coding Implementation Report
//   template task-report               print the blank Task Report template
//   template coding-implementation-report
//   check task-report FILE.md          list parse and completeness problems in the compiler's format
//   pipeline                           build a Task Report stage by stage, agent by agent, checking completeness per role
switch (args)
{
    case []:
        Console.Out.Write(SampleReports.TaskReport().ToMarkdown());
        Console.Out.WriteLine();
        Console.Out.Write(SampleReports.CodingImplementationReport().ToMarkdown());
        return 0;

    case ["template", var name] when TemplateOf(name) is { } template:
        Console.Out.Write(template);
        return 0;

    case ["check", var name, var file] when TemplateOf(name) is not null:
        return ReportCheck.Run(name, file, Console.Out);
    case ["pipeline"]:
        Pipeline.Run(Console.Out);
        return 0;

    default:
        return Usage();
}

static string? TemplateOf(string name) => name switch
{
    "task-report" => TaskReport.RenderTemplate(),
    "coding-implementation-report" => CodingImplementationReport.RenderTemplate(),
    _ => null,
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run --project samples/AgentReports [-- COMMAND]

          (no command)                            print a filled Task Report and Coding Implementation Report
          template task-report                    print the blank Task Report template
          template coding-implementation-report   print the blank Coding Implementation Report template
          check task-report FILE.md               read FILE.md as a Task Report and list every problem
          check coding-implementation-report FILE.md
                                                  (exit 0 complete, 1 incomplete, 2 cannot be read)
          pipeline                                build a Task Report stage by stage with the typed builders
                                                  (developer, reviewer, revision, tester, security, DevOps, ...),
                                                  printing its completeness per role after each stage
        """);
    return 2;
}
