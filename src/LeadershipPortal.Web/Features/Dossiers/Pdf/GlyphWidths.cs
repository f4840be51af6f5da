using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>
/// Advance widths of one font face in design units, measured once per character per process, so that word wrap can
/// add up widths instead of asking PDFsharp to measure every candidate line. PDFsharp's own
/// <see cref="XGraphics.MeasureString(string, XFont)"/> adds the same integer advances (it draws without kerning) and
/// scales the sum by size / units-per-em, and <see cref="Width(ReadOnlySpan{char})"/> does exactly that, so the two
/// agree to the last bit. Text with surrogate pairs (outside the table) is measured by PDFsharp. Valid while no face
/// is bold-simulated (PDFsharp then adds a width per character): <see cref="DossierFonts"/> has a real bold face.
/// </summary>
internal sealed class GlyphWidths
{
    private const int PageSize = 256;

    private static readonly ConcurrentDictionary<(string Family, XFontStyleEx Style), GlyphWidths> Faces = new();
    private static readonly Lock MeasureGate = new();
    private static XGraphics? _measure;

    private readonly int[]?[] _pages = new int[]?[char.MaxValue / PageSize + 1];
    private readonly XFont _probe;

    private GlyphWidths(XFont font)
    {
        _probe = font;
        UnitsPerEm = font.Metrics.UnitsPerEm;
    }

    public int UnitsPerEm { get; }

    /// <summary>The widths of <paramref name="font"/>'s face (any size: design units do not depend on it).</summary>
    public static GlyphWidths For(XFont font) =>
        Faces.GetOrAdd((font.FontFamily.Name, font.Style & XFontStyleEx.BoldItalic), static (_, f) => new GlyphWidths(f), font);

    /// <summary>Design units of <paramref name="text"/>; with a surrogate in it, as PDFsharp measures the whole text.</summary>
    public int Units(ReadOnlySpan<char> text)
    {
        var units = 0;
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                return Measure(text.ToString());
            }

            units += Units(c);
        }

        return units;
    }

    public int Units(char c)
    {
        var page = _pages[c / PageSize];
        if (page is null)
        {
            page = new int[PageSize];
            Array.Fill(page, -1);
            page = Interlocked.CompareExchange(ref _pages[c / PageSize], page, null) ?? page;
        }

        var units = Volatile.Read(ref page[c % PageSize]);
        if (units < 0)
        {
            units = Measure(c.ToString());
            Volatile.Write(ref page[c % PageSize], units);
        }

        return units;
    }

    /// <summary>Points at <paramref name="size"/>, computed as PDFsharp does: integer units × size / units per em.</summary>
    public double Points(int units, double size) => units * size / UnitsPerEm;

    private int Measure(string text)
    {
        lock (MeasureGate)
        {
            _measure ??= XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
            var points = _measure.MeasureString(text, _probe).Width;
            return (int)Math.Round(points * UnitsPerEm / _probe.Size);
        }
    }
}
