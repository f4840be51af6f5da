using static LeadershipPortal.Web.Features.Dossiers.DossierText;
using System.Globalization;
using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>Title, subject and author for the PDF's document information, and the running header.</summary>
public sealed record DocumentInfo(string Title, string Subject, string Author, DateTime CreatedUtc);

/// <summary>The rendered file and how many pages it has.</summary>
public sealed record RenderedPdf(byte[] Content, int PageCount);

/// <summary>
/// An A4 surface that owns the cursor and the page breaks: paragraphs wrap word by word (measured with
/// <see cref="XGraphics.MeasureString(string, XFont)"/>; PDFsharp's XTextFormatter silently drops what does not
/// fit), tables break between and inside rows with the header repeated, and every page gets a header with the
/// "Confidential" marking and a footer with "Page X of Y", drawn once the number of pages is known.
/// </summary>
public sealed class PdfCanvas : IDisposable
{
    private const double Margin = 48;
    private const double HeaderBand = 26;
    private const double FooterBand = 24;
    private const double CellPadding = 3;

    private readonly PdfDocument _document = new();
    private readonly List<XGraphics> _pages = [];
    private readonly DocumentInfo _info;
    private readonly XPen _rule = new(Typography.Rule, 0.5);
    private readonly XBrush _shade = new XSolidBrush(Typography.Shade);
    private readonly StringBuilder _line = new();
    private XGraphics _gfx = null!;
    private double _y;
    private bool _finished;

    public PdfCanvas(DocumentInfo info)
    {
        _info = info;
        PdfSharpConstructors.EnsurePinned();
        Type = new Typography();
        _document.Info.Title = info.Title;
        _document.Info.Subject = info.Subject;
        _document.Info.Author = info.Author;
        _document.Info.Creator = "LeadershipPortal";
        _document.Info.CreationDate = DateTime.SpecifyKind(info.CreatedUtc, DateTimeKind.Utc);
        // qpdf --check warns about PDFsharp's compressed content streams, so page content stays uncompressed;
        // the embedded font subsets are still compressed, at the fastest level.
        _document.Options.CompressContentStreams = false;
        _document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        NewPage();
    }

    public Typography Type { get; }

    public int PageCount => _pages.Count;

    private double PageWidth => _gfx.PageSize.Width;

    private double PageHeight => _gfx.PageSize.Height;

    private double Left => Margin;

    private double Width => PageWidth - (2 * Margin);

    private double Top => Margin + HeaderBand;

    private double Bottom => PageHeight - Margin - FooterBand;

    public void NewPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(page);
        _pages.Add(_gfx);
        _y = Top;
    }

    public void Space(double points) => _y = Math.Min(_y + points, Bottom);

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (_y + height > Bottom && _y > Top)
        {
            NewPage();
        }
    }

    public void Heading(string text)
    {
        // A heading never sits alone at the foot of a page.
        KeepTogether(Type.Heading.LineHeight + (3 * Type.Body.LineHeight));
        Space(6);
        Paragraph(text, Type.Heading);
        _gfx.DrawLine(new XPen(Typography.Accent, 0.8), Left, _y, Left + Width, _y);
        Space(5);
    }

    public void Subheading(string text)
    {
        KeepTogether(Type.Subheading.LineHeight + (2 * Type.Body.LineHeight));
        Space(3);
        Paragraph(text, Type.Subheading);
    }

    /// <summary>Word-wrapped text; blank lines in <paramref name="text"/> separate paragraphs. Lines flow onto new pages.</summary>
    public void Paragraph(string text, TextStyle? style = null, double indent = 0)
    {
        style ??= Type.Body;
        foreach (var line in Wrap(text, style.Font, Width - indent))
        {
            if (_y + style.LineHeight > Bottom)
            {
                NewPage();
            }

            if (line.Length > 0)
            {
                _gfx.DrawString(line, style.Font, style.Brush, Left + indent, _y, XStringFormats.TopLeft);
            }

            _y += style.LineHeight;
        }

        Space(3);
    }

    /// <summary>Label/value pairs as a two-column table without a header.</summary>
    public void Fields(IEnumerable<(string Label, string Value)> fields)
    {
        var table = new PdfTable(new PdfColumn("Item", 28), new PdfColumn("Value", 72)) { ShowHeader = false, BoldFirstColumn = true };
        foreach (var (label, value) in fields)
        {
            table.Add(label, value);
        }

        Table(table);
    }

    public void Table(PdfTable table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => Width * c.Weight / total).ToArray();
        var body = Type.Body;
        var lineHeight = body.LineHeight;

        // The header and at least one line of the first row start together.
        var header = WrapHeader(table, widths);
        KeepTogether(header.Height + lineHeight + (2 * CellPadding));
        DrawHeader(table, header, widths);
        foreach (var row in table.Rows)
        {
            var cells = new List<string>[row.Length];
            var rowLines = 1;
            for (var i = 0; i < row.Length; i++)
            {
                var font = i == 0 && table.BoldFirstColumn ? Type.Strong.Font : body.Font;
                cells[i] = Wrap(row[i], font, widths[i] - (2 * CellPadding));
                rowLines = Math.Max(rowLines, cells[i].Count);
            }

            var start = 0;
            while (start < rowLines)
            {
                var remaining = rowLines - start;
                var fit = (int)Math.Floor((Bottom - _y - (2 * CellPadding)) / lineHeight);
                var fitsOnFreshPage = (remaining * lineHeight) + (2 * CellPadding) <= Bottom - Top - header.Height;

                // A row moves whole to the next page when it would fit there; only a row taller than a page is split.
                if (fit < 1 || (fit < remaining && start == 0 && fitsOnFreshPage))
                {
                    NewPage();
                    DrawHeader(table, header, widths);
                    continue;
                }

                var count = Math.Min(fit, remaining);
                var x = Left;
                for (var i = 0; i < row.Length; i++)
                {
                    var style = i == 0 && table.BoldFirstColumn ? Type.Strong : body;
                    for (var l = start; l < Math.Min(start + count, cells[i].Count); l++)
                    {
                        DrawCellText(cells[i][l], style, x, _y + CellPadding + ((l - start) * lineHeight), widths[i], table.Columns[i].AlignRight);
                    }

                    x += widths[i];
                }

                _y += (count * lineHeight) + (2 * CellPadding);
                _gfx.DrawLine(_rule, Left, _y, Left + Width, _y);
                start += count;
                if (start < rowLines)
                {
                    NewPage();
                    DrawHeader(table, header, widths);
                }
            }
        }

        Space(8);
    }

    /// <summary>Draws every page's header and footer (now that the page count is known) and returns the file.</summary>
    public RenderedPdf Finish()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The document is already finished.");
        }

        _finished = true;
        var count = _pages.Count;
                for (var i = 0; i < count; i++)
        {
            var gfx = _pages[i];
            var width = gfx.PageSize.Width;
            var height = gfx.PageSize.Height;
            gfx.DrawString(_info.Title, Type.Small.Font, Type.Small.Brush, Margin, Margin, XStringFormats.TopLeft);
            gfx.DrawString(T("CONFIDENTIAL"), Type.Marking.Font, Type.Marking.Brush, width - Margin, Margin, XStringFormats.TopRight);
            gfx.DrawLine(_rule, Margin, Margin + 13, width - Margin, Margin + 13);

            var footerTop = height - Margin - 12;
            gfx.DrawLine(_rule, Margin, footerTop - 4, width - Margin, footerTop - 4);
            gfx.DrawString(T("Confidential: for the selection process only. Issued {0} UTC.", _info.CreatedUtc.ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture)), Type.Small.Font, Type.Small.Brush, Margin, footerTop, XStringFormats.TopLeft);
            gfx.DrawString(T("Page {0} of {1}", i + 1, count), Type.Small.Font, Type.Small.Brush, width - Margin, footerTop, XStringFormats.TopRight);
            gfx.Dispose();
        }

        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return new RenderedPdf(stream.ToArray(), count);
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _pages.ForEach(p => p.Dispose());
        }

        _document.Dispose();
    }

    /// <summary>
    /// Greedy word wrap; a word wider than the line is cut into pieces that fit. Widths are added up in the font's
    /// design units (<see cref="GlyphWidths"/>), each word measured once, so a line's width is exactly what
    /// <see cref="XGraphics.MeasureString(string, XFont)"/> gives for the joined line, without measuring it.
    /// </summary>
    internal List<string> Wrap(string text, XFont font, double width)
    {
        var glyphs = GlyphWidths.For(font);
        var lines = new List<string>();
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var paragraph = end < 0 ? rest : rest[..end];
            if (end >= 0 && paragraph.EndsWith('\r'))
            {
                paragraph = paragraph[..^1];
            }

            WrapParagraph(paragraph, glyphs, font.Size, width, lines);
            if (end < 0)
            {
                return lines;
            }

            rest = rest[(end + 1)..];
        }
    }

    private void WrapParagraph(ReadOnlySpan<char> paragraph, GlyphWidths glyphs, double size, double width, List<string> lines)
    {
        var space = glyphs.Units(' ');
        var used = 0;
        _line.Clear();
        foreach (var range in paragraph.Split(' '))
        {
            var word = paragraph[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var units = glyphs.Units(word);
            if (glyphs.Points(units, size) <= width)
            {
                Place(word, units);
                continue;
            }

            // Wider than the line: the longest prefixes that fit, at least one character each.
            var start = 0;
            var piece = 0;
            for (var i = 0; i < word.Length; i++)
            {
                var character = glyphs.Units(word.Slice(i, 1));
                if (i > start && glyphs.Points(piece + character, size) > width)
                {
                    Place(word[start..i], piece);
                    start = i;
                    piece = 0;
                }

                piece += character;
            }

            Place(word[start..], piece);
        }

        lines.Add(_line.ToString());

        void Place(ReadOnlySpan<char> piece, int units)
        {
            if (_line.Length > 0 && glyphs.Points(used + space + units, size) > width)
            {
                lines.Add(_line.ToString());
                _line.Clear();
                used = 0;
            }

            if (_line.Length > 0)
            {
                _line.Append(' ');
                used += space;
            }

            _line.Append(piece);
            used += units;
        }
    }

    /// <summary>A table's header row, wrapped once per table, and its height (zero without a header).</summary>
    private sealed record TableHeader(List<string>[] Lines, double Height);

    private TableHeader WrapHeader(PdfTable table, double[] widths)
    {
        if (!table.ShowHeader)
        {
            return new TableHeader([], 0);
        }

        var lines = table.Columns.Select((c, i) => Wrap(c.Header, Type.Strong.Font, widths[i] - (2 * CellPadding))).ToArray();
        return new TableHeader(lines, (lines.Max(l => l.Count) * Type.Strong.LineHeight) + (2 * CellPadding));
    }

    private void DrawHeader(PdfTable table, TableHeader header, double[] widths)
    {
        if (!table.ShowHeader)
        {
            return;
        }

        _gfx.DrawRectangle(_shade, Left, _y, Width, header.Height);
        var x = Left;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var lines = header.Lines[i];
            for (var l = 0; l < lines.Count; l++)
            {
                DrawCellText(lines[l], Type.Strong, x, _y + CellPadding + (l * Type.Strong.LineHeight), widths[i], table.Columns[i].AlignRight);
            }

            x += widths[i];
        }

        _y += header.Height;
    }

    private void DrawCellText(string text, TextStyle style, double x, double y, double width, bool alignRight)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (alignRight)
        {
            _gfx.DrawString(text, style.Font, style.Brush, x + width - CellPadding, y, XStringFormats.TopRight);
        }
        else
        {
            _gfx.DrawString(text, style.Font, style.Brush, x + CellPadding, y, XStringFormats.TopLeft);
        }
    }
}
