using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.GenderBalance;
using LeadershipPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

/// <summary>The gender publication is kept only while the data it was built from is unchanged.</summary>
[Collection(PortalCollection.Name)]
public sealed class GenderPublicationCacheTests(PortalFactory factory)
{
    [Fact]
    public async Task The_data_version_moves_when_a_candidates_gender_or_nominating_state_changes()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var query = scope.ServiceProvider.GetRequiredService<GenderFunnelQuery>();
        var user = new PortalUser { UserName = $"gender-version-{Guid.NewGuid():N}@example.org", Email = "gender-version@example.org", DisplayName = "Version test", CreatedAtUtc = DateTime.UtcNow };
        db.Users.Add(user);
        var candidate = new CandidateProfile(user.Id, "Version test");
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();

        var before = await query.VersionAsync();
        candidate.UpdatePersonalDetails("Version test", Gender.Woman, null);
        await db.SaveChangesAsync();
        var woman = await query.VersionAsync();
        candidate.UpdatePersonalDetails("Version test", Gender.Man, null);
        await db.SaveChangesAsync();
        var man = await query.VersionAsync();

        Assert.NotEqual(before, woman);
        Assert.NotEqual(woman, man);
        Assert.Equal((before.Changes, before.LastChange, before.Candidates), (man.Changes, man.LastChange, man.Candidates));
    }

    [Fact]
    public async Task A_publication_is_rebuilt_exactly_when_the_version_or_the_vacancies_change()
    {
        var cache = new GenderPublicationCache();
        var facts = new List<VacancyFacts> { new(1, 1, 1, Grade.USG, Region.Africa) };
        var builds = 0;
        Task<FunnelPublication> Build()
        {
            builds++;
            return Task.FromResult(FunnelPublication.Build(facts, [], []));
        }

        var v1 = new GenderDataVersion(10, 10, 3, 99);
        var first = await cache.GetAsync(v1, facts, Build, default);
        Assert.Same(first, await cache.GetAsync(v1 with { }, [.. facts], Build, default));
        Assert.Equal(1, builds);

        await cache.GetAsync(v1 with { People = 100 }, facts, Build, default);
        Assert.Equal(2, builds);
        await cache.GetAsync(v1 with { People = 100 }, [new VacancyFacts(1, 2, 1, Grade.USG, Region.Africa)], Build, default);
        Assert.Equal(3, builds);
    }
}
