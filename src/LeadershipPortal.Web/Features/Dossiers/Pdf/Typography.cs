using PdfSharp.Drawing;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>A font, a colour and the distance from one line's top to the next.</summary>
public sealed record TextStyle(XFont Font, XBrush Brush, double LineHeight);

/// <summary>The dossiers' few text styles, made once per document (fonts are cheap after the first).</summary>
public sealed class Typography
{
    public static readonly XColor Accent = XColor.FromArgb(0, 82, 147);
    public static readonly XColor Rule = XColor.FromArgb(190, 196, 204);
    public static readonly XColor Shade = XColor.FromArgb(234, 239, 245);
    public static readonly XColor Warning = XColor.FromArgb(160, 0, 30);

    public Typography()
    {
        DossierFonts.EnsureRegistered();
        var accent = new XSolidBrush(Accent);
        var muted = new XSolidBrush(XColor.FromArgb(85, 90, 98));
        WarningBrush = new XSolidBrush(Warning);
        Title = new TextStyle(new XFont(DossierFonts.Family, 22, XFontStyleEx.Bold), accent, 28);
        Heading = new TextStyle(new XFont(DossierFonts.Family, 14, XFontStyleEx.Bold), accent, 19);
        Subheading = new TextStyle(new XFont(DossierFonts.Family, 11, XFontStyleEx.Bold), XBrushes.Black, 15);
        Body = new TextStyle(new XFont(DossierFonts.Family, 9.5, XFontStyleEx.Regular), XBrushes.Black, 12.5);
        Strong = new TextStyle(new XFont(DossierFonts.Family, 9.5, XFontStyleEx.Bold), XBrushes.Black, 12.5);
        Note = new TextStyle(new XFont(DossierFonts.Family, 8.5, XFontStyleEx.Italic), muted, 11);
        Small = new TextStyle(new XFont(DossierFonts.Family, 8, XFontStyleEx.Regular), muted, 10);
        Marking = new TextStyle(new XFont(DossierFonts.Family, 8, XFontStyleEx.Bold), WarningBrush, 10);
    }

    public XBrush WarningBrush { get; }

    public TextStyle Title { get; }

    public TextStyle Heading { get; }

    public TextStyle Subheading { get; }

    public TextStyle Body { get; }

    public TextStyle Strong { get; }

    public TextStyle Note { get; }

    public TextStyle Small { get; }

    public TextStyle Marking { get; }
}
