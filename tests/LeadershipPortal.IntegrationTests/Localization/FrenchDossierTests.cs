using System.Net;
using System.Text.Json;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Dossiers;
using LeadershipPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.IntegrationTests.Localization;

/// <summary>A dossier is written in the language of the HR user who asked for it, whatever the job thread's culture.</summary>
[Collection(PortalCollection.Name)]
public sealed class FrenchDossierTests(PortalFactory factory)
{
    private const string Hr = "hr@portal.test";

    [Fact]
    public async Task A_dossier_requested_in_french_reads_french_throughout()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);
        await client.ChooseLanguageAsync("fr");

        var (id, pdf) = await RequestAndDownloadAsync(client);

        Assert.Equal("fr", await Arrange.QueryAsync(factory, db => db.DossierRequests.Where(r => r.Id == id).Select(r => r.Language).SingleAsync()));
        var pages = PdfChecks.WordsByPage(pdf);
        var words = PdfChecks.Text(pdf);
        foreach (var expected in new[] { "CONFIDENTIEL", "Confidentiel :", "1. Profil du/de la candidat(e)", "2. Adéquation à la mission", "3. Notes", "5. Éléments de preuve", "6. Historique des étapes", "Total brut (moyenne du jury)", "Émis par" })
        {
            Assert.Contains(expected, words, StringComparison.Ordinal);
        }

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} sur {pages.Count}", string.Join(" ", pages[i]), StringComparison.Ordinal);
        }

        // The mission-fit parts and their explanations, built with the candidate's numbers, are French too.
        Assert.Contains("Domaines du mandat", words, StringComparison.Ordinal);
        Assert.Matches(@"(Parle \d+ sur \d+|La mission n’exige)", words);
        Assert.Matches(@"(A travaillé dans \d+ (sur|des) \d+|La mission ne cite)", words);
        foreach (var english in new[] { "CONFIDENTIAL", "Candidate profile", "Stage history", "Issued by", $"of {pages.Count}", "Speaks", "Has worked in", "points are given", "in senior posts" })
        {
            Assert.DoesNotContain(english, words, StringComparison.Ordinal);
        }

        // Numbers per culture: the panel's totals are written with a decimal comma.
        Assert.Matches(@"Total brut \(moyenne du jury\) \d+,\d\d", words);
        using var info = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.StartsWith("Dossier d’évaluation :", info.Information.Title, StringComparison.Ordinal);
        await PdfChecks.AssertQpdfAcceptsAsync(pdf);
    }

    [Fact]
    public async Task A_vacancy_dossier_requested_in_french_states_the_tie_breakers_in_french()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);
        await client.ChooseLanguageAsync("fr");

        var (_, pdf) = await RequestAndDownloadAsync(client, vacancy: true);

        var words = PdfChecks.Text(pdf);
        Assert.Contains("Critères de départage : Les candidatures admissibles", words, StringComparison.Ordinal);
        Assert.DoesNotContain("rank before ineligible", words, StringComparison.Ordinal);

        // Competencies, the mission and the position are named with their official French names.
        Assert.Contains(FrenchCompetencies, c => words.Contains(c, StringComparison.Ordinal));
        Assert.DoesNotContain(EnglishCompetencies, c => words.Contains(c, StringComparison.Ordinal));
        Assert.DoesNotContain("United Nations", words, StringComparison.Ordinal);
        Assert.Contains("Nations Unies", words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dossier_requested_in_english_still_reads_english()
    {
        var client = factory.CreatePortalClient();
        await client.SignInOrFailAsync(Hr);

        var (id, pdf) = await RequestAndDownloadAsync(client);

        Assert.Equal("en", await Arrange.QueryAsync(factory, db => db.DossierRequests.Where(r => r.Id == id).Select(r => r.Language).SingleAsync()));
        var words = PdfChecks.Text(pdf);
        Assert.Contains("CONFIDENTIAL", words, StringComparison.Ordinal);
        Assert.Contains("1. Candidate profile", words, StringComparison.Ordinal);
        Assert.Contains($"Page 1 of {PdfChecks.WordsByPage(pdf).Count}", words, StringComparison.Ordinal);
        Assert.Matches(@"Raw total \(panel mean\) \d+\.\d\d", words);
        Assert.DoesNotContain("CONFIDENTIEL", words, StringComparison.Ordinal);
        await PdfChecks.AssertQpdfAcceptsAsync(pdf);
    }

    private static readonly string[] EnglishCompetencies = ["Vision and strategic direction", "Political judgement and analysis", "Leading and empowering others", "Integrity and accountability", "Inclusion and gender leadership", "Decision-making under pressure", "Building partnerships", "Managing resources and performance"];

    private static readonly string[] FrenchCompetencies = ["Vision et orientation stratégique", "Jugement et analyse politiques", "Aptitude à diriger et délégation de pouvoir", "Intégrité et responsabilité", "Inclusion et promotion de l’égalité des genres", "Prise de décisions sous pression", "Établissement de partenariats", "Gestion des ressources et de la performance"];

    /// <summary>Requests a candidate dossier for a scored seeded application through the form (read only), waits for the job, downloads it.</summary>
    private async Task<(int Id, byte[] Pdf)> RequestAndDownloadAsync(HttpClient client, bool vacancy = false)
    {
        var application = await Arrange.QueryAsync(factory, db => db.Applications
            .Where(a => db.Assessments.Count(s => s.ApplicationId == a.Id && s.SubmittedAtUtc != null && s.Conflict == ConflictDeclaration.NoConflict) >= 2)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.VacancyId }).FirstAsync());
        var (kind, targetId) = vacancy ? (DossierKind.Vacancy, application.VacancyId) : (DossierKind.Candidate, application.Id);
        var page = await client.GetDocumentAsync("/Hr/Dossiers");
        var response = vacancy
            ? await client.SubmitAsync(page, "#request-vacancy", new Dictionary<string, string> { ["VacancyId"] = targetId.ToString() })
            : await client.SubmitAsync(page, "#request-candidate", new Dictionary<string, string> { ["ApplicationId"] = targetId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await Arrange.QueryAsync(factory, db => db.DossierRequests.Where(r => r.Kind == kind && r.TargetId == targetId).MaxAsync(r => r.Id));

        // Bounded poll of the page's status endpoint while the test host's job server builds it.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var item = JsonDocument.Parse(await client.GetStringAsync($"/Hr/Dossiers?handler=Status&ids={id}")).RootElement.EnumerateArray().Single();
            if (item.GetProperty("settled").GetBoolean())
            {
                Assert.Equal("Ready", item.GetProperty("status").GetString());
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Dossier request {id} is still {item.GetProperty("status").GetString()} after 60 seconds.");
            await Task.Delay(100);
        }

        var download = await client.GetAsync($"/Dossiers/Download/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        return (id, await download.Content.ReadAsByteArrayAsync());
    }
}
