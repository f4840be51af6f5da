using System.Net;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data.Seeding;
using LeadershipPortal.Web.Features.Vacancies;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class VacancyListTests(PortalFactory factory)
{
    private static readonly IReadOnlyList<VacancySeed> Open = SeedFiles.NextToApp().Vacancies()
        .Where(v => v.Status == Domain.Vacancies.VacancyStatus.Published && v.OpensDaysFromNow <= 0 && v.ClosesDaysFromNow > 0).ToList();

    public static TheoryData<string> SeededFilters()
    {
        var queries = Open.SelectMany(v => new[] { $"mission={v.Mission}", $"position={v.PositionType}" }
            .Concat(v.Needs.RequiredLanguages.Select(language => $"language={language}")));
        var data = new TheoryData<string>();
        foreach (var query in queries.Distinct())
        {
            data.Add(query);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeededFilters))]
    public async Task Each_filter_shows_exactly_the_open_seeded_vacancies_that_match(string query)
    {
        var (name, value) = (query.Split('=')[0], query.Split('=')[1]);
        var expected = Open.Where(v => name switch
        {
            "mission" => v.Mission == value,
            "position" => v.PositionType == value,
            _ => v.Needs.RequiredLanguages.Contains(value),
        }).Select(v => v.Title).Order().ToList();

        var page = await factory.CreatePortalClient().GetDocumentAsync($"/Vacancies?{query}");

        var titles = page.QuerySelectorAll("tbody a").Select(a => a.TextContent.Trim()).Where(t => Open.Any(o => o.Title == t)).Order().ToList();
        Assert.Equal(expected, titles);
    }

    [Fact]
    public async Task Combined_filters_narrow_further_and_a_filter_matching_nothing_says_so()
    {
        var first = Open[0];
        var client = factory.CreatePortalClient();

        var both = await client.GetDocumentAsync($"/Vacancies?mission={first.Mission}&position={first.PositionType}");
        Assert.Contains(first.Title, both.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.All(both.QuerySelectorAll("tbody tr"), r => Assert.Contains(first.Mission, r.TextContent, StringComparison.Ordinal));

        var none = await client.GetDocumentAsync("/Vacancies?mission=UNTSO&language=Russian");
        Assert.Contains("No open vacancy matches these filters", none.QuerySelector("#no-vacancies")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(none.QuerySelector("#no-vacancies a[href='/Vacancies']"));
    }

    [Theory]
    [InlineData("/Vacancies?region=Mars")]
    [InlineData("/Vacancies?mission=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/Vacancies?p=-3&language=")]
    [InlineData("/Vacancies?p=999999")]
    public async Task Malformed_filters_never_break_the_page(string url)
    {
        var response = await factory.CreatePortalClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_hold_the_page_size_and_together_hold_every_match()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<VacancyCatalog>();
        var filter = new VacancyFilter(null, null, Domain.Common.Region.Africa, null);

        var first = await catalog.ListOpenAsync(filter, 1, pageSize: 2);
        var all = new List<string>();
        for (var p = 1; p <= first.PageCount; p++)
        {
            var page = await catalog.ListOpenAsync(filter, p, pageSize: 2);
            Assert.True(page.Items.Count <= 2);
            all.AddRange(page.Items.Select(i => i.Key));
        }

        Assert.Equal(first.TotalCount, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.True(first.TotalCount >= 2, "Several open vacancies are in African missions.");
    }
}
