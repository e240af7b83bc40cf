using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Reports.Benchmarks;

// dotnet run -c Release --project benchmarks/Reports.Benchmarks -- [--short] [--check] [BenchmarkDotNet arguments, e.g. --filter *Rendering*]
//   --short   Job.ShortRun (3 warm-up, 3 measured iterations), in process: a few minutes for every table
//   --check   only check that every alternative renders the identical text, then exit
if (args.Contains("--check"))
{
    var rendering = new Rendering();
    rendering.Setup();
    new Parsing().Setup();
    new Completeness().Setup();
    var scaling = new Scaling { FieldText = 100_000 };
    scaling.Setup();
    Console.WriteLine("OK: StringBuilder, Handlebars.Net, Fluid and reflection render the generated text exactly; the samples read back equal.");
    Console.WriteLine(rendering.Describe());
    return 0;
}

var rest = args.Where(a => a != "--short").ToArray();
IConfig config = DefaultConfig.Instance;
if (args.Contains("--short"))
{
    config = config.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
}

BenchmarkSwitcher.FromAssembly(typeof(Rendering).Assembly).Run(rest, config);
return 0;
