using static LeadershipPortal.Web.Features.Dossiers.DossierText;
namespace LeadershipPortal.Web.Features.Dossiers.Pdf;

/// <summary>The first page: what the document is, about whom, who asked for it and when.</summary>
public sealed class CoverSection(string title, string kind, string subject, string context, string issuedBy, DateTime issuedAtUtc) : IDossierSection
{
    public void Compose(PdfCanvas canvas)
    {
        canvas.Space(90);
        canvas.Paragraph(T("CONFIDENTIAL"), canvas.Type.Marking);
        canvas.Paragraph(T(kind).ToUpper(System.Globalization.CultureInfo.CurrentCulture), canvas.Type.Subheading);
        canvas.Space(8);
        canvas.Paragraph(title, canvas.Type.Title);
        canvas.Space(12);
        canvas.Paragraph(subject, canvas.Type.Heading);
        canvas.Paragraph(context);
        canvas.Space(40);
        canvas.Fields(
        [
            (T("Issued by"), issuedBy),
            (T("Issued at"), Format.DateTime(issuedAtUtc)),
            (T("Issued from"), T("LeadershipPortal: senior mission leadership selection")),
        ]);
        canvas.Paragraph(
            T("This dossier is part of a confidential selection process. It may be shared only with the review body and the " +
            "decision makers of this selection. Its SHA-256 fingerprint is recorded when it is issued, so anyone holding a copy " +
            "can ask HR to verify that it is the document issued. It holds no mentoring records."),
            canvas.Type.Note);
        canvas.NewPage();
    }
}
