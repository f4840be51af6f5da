using BenchmarkDotNet.Attributes;
using LeadershipPortal.Web.Features.Dossiers;
using LeadershipPortal.Web.Features.Dossiers.Pdf;

namespace LeadershipPortal.Benchmarks;

/// <summary>Time and allocations of rendering one dossier from an in-memory model (no database, no disk).</summary>
[MemoryDiagnoser]
public class DossierBenchmarks
{
    private readonly PdfSharpDossierRenderer _renderer = new();
    private CandidateDossierModel _candidate = null!;
    private VacancyDossierModel _vacancy = null!;

    [GlobalSetup]
    public void Setup()
    {
        _candidate = DossierModelSamples.Candidate();
        _vacancy = DossierModelSamples.Vacancy(50);

        // Fonts are resolved once per process; the first document pays for it, not the measurement.
        _renderer.Render(_candidate);
    }

    [Benchmark(Description = "Candidate dossier (about 7 pages)")]
    public RenderedPdf Candidate() => _renderer.Render(_candidate);

    [Benchmark(Description = "Vacancy dossier, 50 candidates")]
    public RenderedPdf Vacancy() => _renderer.Render(_vacancy);
}
