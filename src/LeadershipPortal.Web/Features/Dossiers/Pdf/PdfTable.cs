namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>A column: its header, its share of the width, and whether numbers align right.</summary>
public sealed record PdfColumn(string Header, double Weight, bool AlignRight = false);

/// <summary>A table to draw on the canvas: rows break across pages and the header row repeats on each.</summary>
public sealed class PdfTable(params PdfColumn[] columns)
{
    private readonly List<string[]> _rows = [];

    public IReadOnlyList<PdfColumn> Columns { get; } = columns;

    public IReadOnlyList<string[]> Rows => _rows;

    /// <summary>False for label/value lists, which have no header row.</summary>
    public bool ShowHeader { get; init; } = true;

    /// <summary>Draws the first column in bold (labels).</summary>
    public bool BoldFirstColumn { get; init; }

    public PdfTable Add(params string[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"A row of this table has {Columns.Count} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }
}
