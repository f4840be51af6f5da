using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Applications;
using LeadershipPortal.Web.Features.Assessments;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Features.Selection;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests.Reliability;

/// <summary>
/// Many people writing at once to a real SQLite file in WAL mode, through the real services configured as the app
/// configures them (busy timeout, BEGIN IMMEDIATE, bounded retries). The file is an online backup of the shared
/// test database, so every seeded account may be used here without changing the shared data.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContentionTests(PortalFactory factory)
{
    private const string Reason = "No professional or personal link with the candidate.";
    private const string Justification = "Meets the published requirements; moved during the contention test.";

    [Fact]
    public async Task Concurrent_ratings_and_stage_moves_on_a_file_database_all_land_and_none_is_lost()
    {
        var folder = Directory.CreateTempSubdirectory("portal-contention-");
        try
        {
            var path = Path.Combine(folder.FullName, "contention.db");

            // The host migrates and seeds the shared database when it first starts.
            Assert.Equal(System.Net.HttpStatusCode.OK, (await factory.CreatePortalClient().GetAsync("/healthz")).StatusCode);
            await DatabaseBackup.BackupAsync(factory.ConnectionString, path);
            var options = new DbContextOptionsBuilder<PortalDbContext>().UsePortalSqlite($"Data Source={path}").Options;
            await using (var db = new PortalDbContext(options))
            {
                Assert.Equal("wal", (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode = WAL").ToListAsync()).Single());
            }

            var plan = await PlanAsync(options);
            var hrUserId = await QueryAsync(options, db => db.Users.Where(u => u.Email == "hr@portal.test").Select(u => u.Id).SingleAsync());

            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var ratingWriters = plan.Ratings.Select(r => Writer(start.Task, () => RateAsync(options, r))).ToList();
            var moveWriters = plan.Moves.Select(m => Writer(start.Task, () => MoveAsync(options, hrUserId, m.VacancyId, m.ApplicationId))).ToList();
            var sameWriters = Enumerable.Range(0, 5).Select(_ => Writer(start.Task, () => MoveAsync(options, hrUserId, plan.Contested.VacancyId, plan.Contested.ApplicationId))).ToList();
            Assert.True(ratingWriters.Count + moveWriters.Count + sameWriters.Count >= 20, $"Only {ratingWriters.Count} ratings and {moveWriters.Count} moves could be planned.");
            start.SetResult();

            var ratingOutcomes = await Task.WhenAll(ratingWriters);
            var moveOutcomes = await Task.WhenAll(moveWriters);
            var sameOutcomes = await Task.WhenAll(sameWriters);
            var all = ratingOutcomes.Concat(moveOutcomes).Concat(sameOutcomes).ToList();

            Assert.DoesNotContain(all, o => o?.ToString().Contains("locked", StringComparison.OrdinalIgnoreCase) == true);
            Assert.All(ratingOutcomes, o => Assert.Null(o));
            Assert.All(moveOutcomes, o => Assert.Null(o));

            // The same application, five HR tabs at once: one move wins, the others are told clearly, none is lost or doubled.
            Assert.Single(sameOutcomes, o => o is null);
            Assert.All(sameOutcomes.Where(o => o is not null), o => Assert.True(
                o is DomainRuleException { Message: var m } && (m.Contains("Someone else changed", StringComparison.Ordinal) || m.Contains("cannot move from Screening", StringComparison.Ordinal)),
                $"Unclear refusal: {o}"));

            await using var check = new PortalDbContext(options);
            foreach (var rating in plan.Ratings)
            {
                var assessment = await check.Assessments.Include(a => a.Ratings).SingleAsync(a => a.ApplicationId == rating.ApplicationId && a.AssessorId == rating.AssessorId && a.Stage == rating.Stage);
                Assert.True(assessment.IsSubmitted, $"Assessment of application {rating.ApplicationId} by {rating.AssessorId} was not submitted.");
                Assert.Equal(rating.CompetencyIds.Order(), assessment.Ratings.Select(r => r.CompetencyId).Order());
            }

            foreach (var applicationId in plan.Moves.Append(plan.Contested).Select(m => m.ApplicationId))
            {
                var application = await check.Applications.Include(a => a.History).SingleAsync(a => a.Id == applicationId);
                Assert.Equal(ApplicationStage.Screening, application.Stage);
                Assert.Single(application.History, h => h.To == ApplicationStage.Screening);
            }

            var movesAudited = await check.AuditEvents.CountAsync(e => e.Action == "StageMoved" && e.Details.Contains("Screening") && e.Details.Contains(Justification));
            Assert.Equal(plan.Moves.Count + 1, movesAudited);
            var chain = await new AuditLog(check, TimeProvider.System).VerifyAsync();
            Assert.True(chain.IsIntact, $"The audit chain forked under contention: {chain.Problem} at {chain.FirstBrokenSequence}.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Busy_and_locked_refusals_are_recognised_wherever_they_are_wrapped()
    {
        var busy = new SqliteException("database is locked", 5);
        Assert.True(SqliteConcurrency.IsBusy(busy));
        Assert.True(SqliteConcurrency.IsBusy(new DbUpdateException("wrapped", busy)));
        Assert.True(SqliteConcurrency.IsBusy(new SqliteException("database table is locked", 6)));
        Assert.False(SqliteConcurrency.IsBusy(new SqliteException("constraint failed", 19)));
        Assert.False(SqliteConcurrency.IsBusy(new InvalidOperationException("other")));
    }

    /// <summary>Runs one writer after the start signal; returns what reached the caller (null when it succeeded).</summary>
    private static Task<Exception?> Writer(Task start, Func<Task> write) => Task.Run(async () =>
    {
        await start;
        try
        {
            await write();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    });

    private async Task RateAsync(DbContextOptions<PortalDbContext> options, PlannedRating rating)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = new PortalDbContext(options);
        var work = ActivatorUtilities.CreateInstance<AssessorWork>(scope.ServiceProvider, db, new AuditLog(db, factory.Clock));
        await work.DeclareAsync(rating.AssessorId, rating.ApplicationId, hasConflict: false, Reason);
        var version = await db.Assessments.Where(a => a.ApplicationId == rating.ApplicationId && a.AssessorId == rating.AssessorId && a.Stage == rating.Stage).Select(a => a.Version).SingleAsync();
        var ratings = rating.CompetencyIds.ToDictionary(id => id, id => new RatingInput(3 + (id % 3), "Led the mission's political dialogue through a contested transition."));
        var errors = await work.SaveAsync(rating.AssessorId, rating.ApplicationId, rating.Stage, version, ratings, submit: true);
        Assert.Empty(errors);
    }

    private async Task MoveAsync(DbContextOptions<PortalDbContext> options, string hrUserId, int vacancyId, int applicationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = new PortalDbContext(options);
        var notifier = ActivatorUtilities.CreateInstance<CandidateNotifier>(scope.ServiceProvider, db, new NoEmail());
        var decisions = ActivatorUtilities.CreateInstance<SelectionDecisions>(scope.ServiceProvider, db, new AuditLog(db, factory.Clock), notifier);
        await decisions.MoveAsync(hrUserId, vacancyId, [applicationId], ApplicationStage.Screening, Justification);
    }

    /// <summary>Assessors' undeclared seats on applications at a scored stage; submitted applications to move; one contested application.</summary>
    private static async Task<Plan> PlanAsync(DbContextOptions<PortalDbContext> options)
    {
        await using var db = new PortalDbContext(options);
        var vacancies = await db.Vacancies.AsNoTracking().Include(v => v.Panel).Include(v => v.Competencies).ToListAsync();
        var applications = await db.Applications.AsNoTracking().Select(a => new { a.Id, a.VacancyId, a.Stage }).ToListAsync();
        var assessments = await db.Assessments.AsNoTracking().Select(a => new { a.ApplicationId, a.AssessorId }).ToListAsync();

        var ratings = (
            from a in applications
            where ApplicationStages.IsScored(a.Stage)
            let vacancy = vacancies.Single(v => v.Id == a.VacancyId)
            where vacancy.Competencies.Count > 0
            from seat in vacancy.Panel
            where !assessments.Any(s => s.ApplicationId == a.Id && s.AssessorId == seat.AssessorId)
            select new PlannedRating(seat.AssessorId, a.Id, a.Stage, vacancy.Competencies.Select(c => c.CompetencyId).ToList()))
            .Take(14).ToList();
        var submitted = applications.Where(a => a.Stage == ApplicationStage.Submitted).Select(a => (a.VacancyId, ApplicationId: a.Id)).ToList();
        Assert.True(submitted.Count >= 2, "The seed has fewer than two submitted applications.");
        return new Plan(ratings, submitted.Skip(1).Take(8).ToList(), submitted[0]);
    }

    private static async Task<T> QueryAsync<T>(DbContextOptions<PortalDbContext> options, Func<PortalDbContext, Task<T>> query)
    {
        await using var db = new PortalDbContext(options);
        return await query(db);
    }

    private sealed record PlannedRating(string AssessorId, int ApplicationId, ApplicationStage Stage, IReadOnlyList<int> CompetencyIds);

    private sealed record Plan(IReadOnlyList<PlannedRating> Ratings, IReadOnlyList<(int VacancyId, int ApplicationId)> Moves, (int VacancyId, int ApplicationId) Contested);

    /// <summary>The seeded candidates' mailboxes belong to other tests: these moves send nothing.</summary>
    private sealed class NoEmail : IEmailSender
    {
        public Task SendEmailAsync(string email, string subject, string htmlMessage) => Task.CompletedTask;
    }
}
