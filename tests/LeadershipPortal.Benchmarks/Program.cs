using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using LeadershipPortal.Benchmarks;
using LeadershipPortal.Web.Features.Dossiers;

// dotnet run -c Release --project tests/LeadershipPortal.Benchmarks                      BenchmarkDotNet (time, allocations)
// dotnet run -c Release --project tests/LeadershipPortal.Benchmarks -- throughput 1000   N candidate dossiers on one thread
if (args.Length > 0 && args[0] == "throughput")
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
    Throughput.Run(count);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DossierBenchmarks).Assembly).Run(args);

/// <summary>
/// Renders N candidate dossiers one after another on this thread, reporting files per second and memory as it goes.
/// Files per CPU-second (the process's processor time) is what one dedicated core achieves; wall-clock files per
/// second is lower when other work shares the machine.
/// </summary>
internal static class Throughput
{
    public static void Run(int count)
    {
        var renderer = new PdfSharpDossierRenderer();
        var model = DossierModelSamples.Candidate();
        var first = renderer.Render(model);
        Console.WriteLine($"One candidate dossier: {first.PageCount} pages, {first.Content.Length / 1024.0:0.0} KB. Rendering {count} on one thread.");
        Console.WriteLine("     files   files/s (wall)   files/CPU-s   working set MB   managed heap MB");

        var every = Math.Max(1, count / 10);
        var clock = Stopwatch.StartNew();
        var lap = Stopwatch.StartNew();
        var cpuStart = Cpu();
        var cpuLap = cpuStart;
        long bytes = 0;
        for (var i = 1; i <= count; i++)
        {
            bytes += renderer.Render(model).Content.Length;
            if (i % every == 0 || i == count)
            {
                var done = i % every == 0 ? every : i % every;
                using var process = Process.GetCurrentProcess();
                var cpu = Cpu();
                Console.WriteLine($"{i,10} {done / lap.Elapsed.TotalSeconds,16:0.0} {done / (cpu - cpuLap).TotalSeconds,13:0.0} {process.WorkingSet64 / 1048576.0,16:0.0} {GC.GetTotalMemory(false) / 1048576.0,17:0.0}");
                lap.Restart();
                cpuLap = cpu;
            }
        }

        Console.WriteLine($"Total: {count} files ({bytes / 1048576.0:0.0} MB) in {clock.Elapsed.TotalSeconds:0.00} s = {count / clock.Elapsed.TotalSeconds:0.0} files/s on one thread; {count / (Cpu() - cpuStart).TotalSeconds:0.0} files per CPU-second.");
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
