using System;
using AgentReports;

if (args.Length == 2 && args[0] == "template")
{
    var template = args[1] switch
    {
        "task-report" => TaskReport.RenderTemplate(),
        "coding-implementation-report" => CodingImplementationReport.RenderTemplate(),
        _ => null,
    };
    if (template is null)
    {
        return Usage();
    }

    Console.Out.Write(template);
    return 0;
}

return Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: AgentReports [template task-report|coding-implementation-report]");
    return 2;
}
