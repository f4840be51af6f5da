using LeadershipPortal.Web.Features.Dossiers.Pdf;

namespace LeadershipPortal.Web.Features.Dossiers;

/// <summary>Turns a dossier model into a PDF. One interface, so that another PDF library can replace PDFsharp.</summary>
public interface IDossierRenderer
{
    RenderedPdf Render(DossierModel model);
}

/// <summary>PDFsharp 6 with the portal's own layout layer (<see cref="PdfCanvas"/>) and embedded Liberation fonts.</summary>
public sealed class PdfSharpDossierRenderer : IDossierRenderer
{
    public RenderedPdf Render(DossierModel model) => DossierDocument.For(model).Render();
}
