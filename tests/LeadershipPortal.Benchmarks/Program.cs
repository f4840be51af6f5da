using System.Globalization;
using BenchmarkDotNet.Running;
using LeadershipPortal.Benchmarks;

// dotnet run -c Release --project tests/LeadershipPortal.Benchmarks -- --filter '*'            BenchmarkDotNet (time, allocations)
// dotnet run -c Release --project tests/LeadershipPortal.Benchmarks -- throughput 2000 [300]   N candidate dossiers on one thread,
//                                                                                              after a warm-up of W (default 300)
if (args.Length > 0 && args[0] == "throughput")
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
    var warmUp = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300;
    Throughput.Run(count, warmUp);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DossierBenchmarks).Assembly).Run(args);
