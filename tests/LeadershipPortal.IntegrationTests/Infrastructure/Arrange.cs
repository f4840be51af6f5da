using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>Direct set-up steps for tests whose subject is elsewhere (the upload form has its own tests).</summary>
public static class Arrange
{
    public static readonly byte[] SmallPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>Gives the candidate a CV through the real document store, if they have none.</summary>
    public static async Task GiveCvAsync(PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var candidate = await db.Candidates.SingleAsync(c => db.Users.Any(u => u.Id == c.UserId && u.Email == email));
        if (await db.CandidateDocuments.AnyAsync(d => d.CandidateId == candidate.Id && d.Kind == DocumentKind.Cv))
        {
            return;
        }

        var stored = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().SaveAsync(new MemoryStream(SmallPdf));
        db.CandidateDocuments.Add(new CandidateDocument(candidate.Id, DocumentKind.Cv, "cv.pdf", stored.StoredName, stored.SizeBytes, stored.Sha256, DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    public static async Task<int> VacancyIdAsync(PortalFactory factory, string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Vacancies.Where(v => v.Key == key).Select(v => v.Id).SingleAsync();
    }

    public static async Task<T> QueryAsync<T>(PortalFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
