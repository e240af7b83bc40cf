using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Reports.Benchmarks;

// dotnet run -c Release --project benchmarks/Reports.Benchmarks -- [--short] [--check] [--interleaved [rounds]] [BenchmarkDotNet arguments, e.g. --filter *Rendering*]
//   --short        Job.ShortRun (3 warm-up, 3 measured iterations), in process: a few minutes for every table
//   --check        only check that every alternative renders the identical text, verify table 5's synthetic projects and
//                  print their sizes and single-run timings, then exit
//   --interleaved  the ratios of tables 1-3 from batches that alternate with their baseline's (Interleaved.cs; 200 rounds
//                  by default, about a minute), robust to a machine whose load comes and goes; then exit
var interleaved = Array.IndexOf(args, "--interleaved");
if (interleaved >= 0)
{
    Interleaved.Run(interleaved + 1 < args.Length && int.TryParse(args[interleaved + 1], out var rounds) ? rounds : 200);
    return 0;
}

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
    foreach (var types in new[] { 1, 10, 100, 500 })
    {
        Console.WriteLine(CompileTimeCheck.Describe(types));
    }

    foreach (var types in new[] { 1, 10, 100 })
    {
        Console.WriteLine(CompileTimeCheck.DescribeFileByFile(types));
    }

    return 0;
}

var rest = args.Where(a => a != "--short").ToArray();
IConfig config = DefaultConfig.Instance;
if (args.Contains("--short"))
{
    // In process, a benchmark case may take at most the toolchain's timeout (5 minutes by default), setup included:
    // table 5's setup at 500 types (checks, and the analyzers' runs) can take longer than that on a loaded machine.
    config = config.AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true)).WithId("ShortRun-InProcess"));
}

BenchmarkSwitcher.FromAssembly(typeof(Rendering).Assembly).Run(rest, config);
return 0;
