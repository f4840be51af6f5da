using System.Diagnostics;
using LeadershipPortal.Web.Features.Dossiers;

namespace LeadershipPortal.Benchmarks;

/// <summary>
/// Renders N candidate dossiers one after another on this thread and reports how many per second of processor
/// time the process used (JIT, GC and finalizer threads included), which is what one dedicated core achieves even
/// when other work shares the machine, and the memory at N/4, N/2, 3N/4 and N, to show that it stays flat.
/// A warm-up of W dossiers comes first, so that the measured run sees the JIT's optimised code; it is reported too.
/// </summary>
internal static class Throughput
{
    public static void Run(int count, int warmUp)
    {
        var renderer = new PdfSharpDossierRenderer();
        var model = DossierModelSamples.Candidate();
        var first = renderer.Render(model);
        Console.WriteLine($"Candidate dossier: {first.PageCount} pages, {first.Content.Length / 1024.0:0.0} KB. Processors visible: {Environment.ProcessorCount}.");

        var warm = Measure(() =>
        {
            for (var i = 0; i < warmUp; i++)
            {
                renderer.Render(model);
            }
        });
        Console.WriteLine($"Warm-up: {warmUp} dossiers in {warm.Wall.TotalSeconds:0.00} s wall, {warm.Cpu.TotalSeconds:0.00} s CPU = {warmUp / warm.Cpu.TotalSeconds:0.0} per CPU-second (JIT still optimising).");
        Console.WriteLine();
        Console.WriteLine("  dossiers   wall s    CPU s   per CPU-s   per wall-s   KB alloc/dossier   managed MB (after full GC)   working set MB   peak WS MB   GCs 0/1/2");

        var checkpoints = new[] { count / 4, count / 2, 3 * count / 4, count }.Where(c => c > 0).Distinct().ToArray();
        var wall = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        long bytes = 0;
        var allocatedStart = GC.GetTotalAllocatedBytes(precise: true);
        var gcStart = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var done = 0;
        foreach (var checkpoint in checkpoints)
        {
            var segment = Measure(() =>
            {
                for (; done < checkpoint; done++)
                {
                    bytes += renderer.Render(model).Content.Length;
                }
            });
            wall += segment.Wall;
            cpu += segment.Cpu;

            // Memory is read outside the timed segments: the full collection is not part of rendering.
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedStart;
            var gcs = $"{GC.CollectionCount(0) - gcStart.Item1}/{GC.CollectionCount(1) - gcStart.Item2}/{GC.CollectionCount(2) - gcStart.Item3}";
            var managed = GC.GetTotalMemory(forceFullCollection: true);
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(
                $"{done,10} {wall.TotalSeconds,8:0.00} {cpu.TotalSeconds,8:0.00} {done / cpu.TotalSeconds,11:0.0} {done / wall.TotalSeconds,12:0.0} " +
                $"{allocated / 1024.0 / done,18:0} {managed / 1048576.0,28:0.0} {process.WorkingSet64 / 1048576.0,16:0.0} {process.PeakWorkingSet64 / 1048576.0,12:0.0}   {gcs}");
        }

        Console.WriteLine();
        Console.WriteLine(
            $"Rendered {count} dossiers ({bytes / 1048576.0:0.0} MB of PDF) in {wall.TotalSeconds:0.00} s wall and {cpu.TotalSeconds:0.00} s of process CPU: " +
            $"{count / cpu.TotalSeconds:0.0} dossiers per CPU-second ({1000 * cpu.TotalSeconds / count:0.00} ms CPU each), {count / wall.TotalSeconds:0.0} per wall-second on a shared machine.");
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Measure(Action action)
    {
        var cpuBefore = Cpu();
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        return (clock.Elapsed, Cpu() - cpuBefore);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
