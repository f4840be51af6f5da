using LeadershipPortal.Web.Features.Dossiers.Pdf;
using PdfSharp.Drawing;

namespace LeadershipPortal.IntegrationTests;

/// <summary>
/// The canvas wraps with per-process glyph widths (<see cref="GlyphWidths"/>) instead of measuring lines with PDFsharp.
/// These tests compare it with a plain wrap that asks PDFsharp's MeasureString about every candidate line: the lines
/// must be identical, word for word and break for break. No web host is needed.
/// </summary>
public sealed class DossierLayoutTests
{
    private static readonly string[] Texts =
    [
        "In the interview the candidate described leading a mission-wide review of the protection of civilians strategy after an " +
        "attack on a displacement site. She convened the heads of the military, police and civilian components, set a two-week deadline.",
        "Two  spaces,   three spaces, a trailing space \nand a second paragraph\r\nand a third after CR LF.\n\nAfter a blank line.",
        "Accents and typography: Côte d’Ivoire, São Tomé, Zürich, Ørsted, «guillemets», 12–15 July, “quotes”, naïve café — 3.72 × 100 ≥ 4½.",
        "https://example.org/a/very/long/address/without/any/space/that/is/wider/than/a/narrow/column/and/must/be/cut/into/pieces?x=1",
        "Emoji outside the basic plane: 😀 and 🙂 next to words.",
        string.Empty,
    ];

    private static readonly double[] Widths = [30, 57.3, 90, 140.25, 250, 499.28];

    [Fact]
    public void Wrapped_lines_are_identical_with_the_glyph_width_cache_and_with_measuring_every_line()
    {
        using var canvas = new PdfCanvas(new DocumentInfo("Layout", "Layout test", "Tests", DateTime.UtcNow));
        var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
        var compared = 0;
        foreach (var style in new[] { canvas.Type.Body, canvas.Type.Strong, canvas.Type.Note, canvas.Type.Heading, canvas.Type.Title })
        {
            foreach (var text in Texts)
            {
                foreach (var width in Widths)
                {
                    var expected = MeasuredWrap(measure, text, style.Font, width);
                    var actual = canvas.Wrap(text, style.Font, width);
                    Assert.True(expected.SequenceEqual(actual), $"{style.Font.Style} {style.Font.Size} at {width}: [{string.Join(" | ", expected)}] vs [{string.Join(" | ", actual)}]");
                    compared += expected.Count;
                }
            }
        }

        Assert.True(compared > 300, $"Only {compared} lines were compared.");
    }

    [Fact]
    public void A_width_added_up_from_cached_glyphs_equals_pdfsharps_measurement_to_the_last_bit()
    {
        using var canvas = new PdfCanvas(new DocumentInfo("Layout", "Layout test", "Tests", DateTime.UtcNow));
        var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
        foreach (var font in new[] { canvas.Type.Body.Font, canvas.Type.Strong.Font, canvas.Type.Note.Font, canvas.Type.Small.Font })
        {
            var glyphs = GlyphWidths.For(font);
            foreach (var text in Texts.Where(t => t.Length > 0))
            {
                Assert.Equal(measure.MeasureString(text, font).Width, glyphs.Points(glyphs.Units(text), font.Size));
            }
        }
    }

    /// <summary>The reference: greedy wrap that measures each candidate line whole with PDFsharp, no cache.</summary>
    private static List<string> MeasuredWrap(XGraphics measure, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var piece in Pieces(measure, word, font, width))
                {
                    var candidate = line.Length == 0 ? piece : line + " " + piece;
                    if (line.Length > 0 && measure.MeasureString(candidate, font).Width > width)
                    {
                        lines.Add(line);
                        line = piece;
                    }
                    else
                    {
                        line = candidate;
                    }
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private static IEnumerable<string> Pieces(XGraphics measure, string word, XFont font, double width)
    {
        if (measure.MeasureString(word, font).Width <= width)
        {
            yield return word;
            yield break;
        }

        var start = 0;
        for (var end = start + 1; end <= word.Length; end++)
        {
            if (end - start > 1 && measure.MeasureString(word[start..end], font).Width > width)
            {
                yield return word[start..(end - 1)];
                start = end - 1;
            }
        }

        yield return word[start..];
    }
}
