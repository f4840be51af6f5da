using LeadershipPortal.Domain.Audit;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Dossiers;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Common;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

/// <summary>Cached read models are kept only while the stamps of the data they were built from are unchanged.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReadModelCacheTests(PortalFactory factory)
{
    [Fact]
    public async Task Saving_a_change_renews_the_stamp_of_its_area_and_no_other()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = new PortalUser { UserName = $"stamp-{Guid.NewGuid():N}@example.org", Email = "stamp@example.org", DisplayName = "Stamp test", CreatedAtUtc = DateTime.UtcNow };
        db.Users.Add(user);
        var candidate = new CandidateProfile(user.Id, "Stamp test");
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync();

        var before = await StampsAsync();
        candidate.UpdatePersonalDetails("Stamp test", Gender.Woman, null);
        await db.SaveChangesAsync();
        var afterGender = await StampsAsync();
        candidate.UpdatePersonalDetails("Stamp test", Gender.Man, null);
        await db.SaveChangesAsync();
        var afterSecond = await StampsAsync();

        Assert.NotEqual(before[DataArea.Candidates], afterGender[DataArea.Candidates]);
        Assert.NotEqual(afterGender[DataArea.Candidates], afterSecond[DataArea.Candidates]);
        foreach (var area in Enum.GetValues<DataArea>().Where(a => a != DataArea.Candidates))
        {
            Assert.Equal(before[area], afterSecond[area]);
        }
    }

    [Fact]
    public async Task Every_table_is_covered_by_a_stamp_unless_no_read_model_is_built_from_it()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Type[] notCached = [typeof(AuditEvent), typeof(DossierRequest), typeof(StoredBlob), typeof(DataProtectionKey), typeof(DataStamp)];

        var unstamped = db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && DataStamp.AreaOf(t.ClrType) is null)
            .Select(t => t.ClrType)
            .Where(t => !notCached.Contains(t) && t.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(unstamped);
        Assert.Equal(DataArea.Accounts, DataStamp.AreaOf(typeof(PortalUser)));
        Assert.Equal(DataArea.Vacancies, DataStamp.AreaOf(typeof(Domain.Vacancies.Vacancy)));
    }

    [Fact]
    public async Task A_read_model_is_rebuilt_exactly_when_one_of_its_stamps_changes()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var store = new ReadModelStore(memory);
        var builds = 0;
        Task<string> Build() => Task.FromResult($"build {++builds}");

        var first = await store.GetAsync("key", [1, 2], Build, default);
        Assert.Same(first, await store.GetAsync("key", [1, 2], Build, default));
        Assert.Equal(1, builds);

        Assert.Equal("build 2", await store.GetAsync("key", [1, 3], Build, default));
        Assert.Equal("build 3", await store.GetAsync("other key", [1, 3], Build, default));
        Assert.Equal("build 2", await store.GetAsync("key", [1, 3], Build, default));
    }

    [Fact]
    public async Task Concurrent_requests_for_a_stale_model_wait_for_one_build()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions());
        var store = new ReadModelStore(memory);
        var builds = 0;
        var release = new TaskCompletionSource();
        async Task<object> Build()
        {
            Interlocked.Increment(ref builds);
            await release.Task;
            return new object();
        }

        var requests = Enumerable.Range(0, 8).Select(_ => store.GetAsync("key", [7], Build, default)).ToList();
        release.SetResult();
        var results = await Task.WhenAll(requests);

        Assert.Equal(1, builds);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    private async Task<Dictionary<DataArea, long>> StampsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.DataStamps.AsNoTracking().ToDictionaryAsync(s => s.Area, s => s.Value);
    }
}
