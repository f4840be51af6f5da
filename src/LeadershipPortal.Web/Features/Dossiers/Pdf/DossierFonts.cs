using System.Reflection;
using PdfSharp.Fonts;

namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>
/// Serves Liberation Sans (regular, bold, italic) from the assembly's embedded resources: Linux servers have
/// no fonts PDFsharp can find, and a dossier must look the same wherever it is built. Every family name
/// resolves to Liberation Sans, so no request can fall through to a missing system font.
/// The licence travels with the fonts (Fonts/LICENSE-Liberation.txt).
/// </summary>
public sealed class DossierFonts : IFontResolver
{
    public const string Family = "Liberation Sans";

    private const string Regular = "LiberationSans-Regular";
    private const string Bold = "LiberationSans-Bold";
    private const string Italic = "LiberationSans-Italic";

    private static readonly Lock Gate = new();
    private static volatile bool _registered;

    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private DossierFonts()
    {
        var assembly = typeof(DossierFonts).Assembly;
        foreach (var face in new[] { Regular, Bold, Italic })
        {
            _faces[face] = Read(assembly, $"LeadershipPortal.Fonts.{face}.ttf");
        }
    }

    /// <summary>
    /// Sets the process-wide resolver once. PDFsharp refuses a second assignment after fonts were used, so
    /// every renderer calls this and only the first call (under a lock) assigns.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }

        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is not DossierFonts)
            {
                GlobalFontSettings.FontResolver = new DossierFonts();
            }

            _registered = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        isBold ? new FontResolverInfo(Bold, mustSimulateBold: false, mustSimulateItalic: isItalic)
        : isItalic ? new FontResolverInfo(Italic)
        : new FontResolverInfo(Regular);

    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The embedded font {name} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
