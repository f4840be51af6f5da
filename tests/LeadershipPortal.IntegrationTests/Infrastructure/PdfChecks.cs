using System.Diagnostics;
using UglyToad.PdfPig;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>Reads a PDF back (PdfPig words, not page.Text, which loses spaces) and checks its structure with qpdf.</summary>
public static class PdfChecks
{
    public static IReadOnlyList<IReadOnlyList<string>> WordsByPage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => (IReadOnlyList<string>)p.GetWords().Select(w => w.Text).ToList()).ToList();
    }

    public static string Text(byte[] pdf) => string.Join(" ", WordsByPage(pdf).SelectMany(w => w));

    /// <summary>
    /// Runs <c>qpdf --check</c> when qpdf is installed (Debian package <c>qpdf</c>). Without it the check is
    /// skipped locally, and fails on CI (<c>CI=true</c>), where it must be installed.
    /// </summary>
    public static async Task AssertQpdfAcceptsAsync(byte[] pdf)
    {
        var qpdf = new[] { "/usr/bin/qpdf", "/usr/local/bin/qpdf" }.FirstOrDefault(File.Exists);
        if (qpdf is null)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "qpdf is not installed on CI (apt-get install -y qpdf).");
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"dossier-check-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(qpdf, ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"qpdf --check failed ({process.ExitCode}): {output}");
            Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
