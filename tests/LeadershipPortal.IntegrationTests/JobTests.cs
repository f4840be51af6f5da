using System.Net;
using Hangfire;
using Hangfire.Storage;
using LeadershipPortal.IntegrationTests.Infrastructure;
using LeadershipPortal.Web.Features.Dashboards;
using LeadershipPortal.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipPortal.IntegrationTests;

[Collection(PortalCollection.Name)]
public sealed class JobTests(PortalFactory factory)
{
    [Fact]
    public async Task The_daily_reminder_is_scheduled_and_reaches_exactly_the_assessors_with_ratings_due()
    {
        using (var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == AssessorReminderJob.Id);
            Assert.Equal("0 6 * * *", job.Cron);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var assessors = await Arrange.QueryAsync(factory, db => db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == "Assessor")))
            .Select(u => new { u.Id, u.Email }).ToListAsync());
        var queue = scope.ServiceProvider.GetRequiredService<AssessorQueue>();
        var due = new List<string>();
        foreach (var a in assessors)
        {
            if ((await queue.LoadAsync(a.Id)).Waiting > 0)
            {
                due.Add(a.Email!);
            }
        }

        var before = assessors.ToDictionary(a => a.Email!, a => Reminders(a.Email!));
        var sent = await scope.ServiceProvider.GetRequiredService<AssessorReminderJob>().RunAsync(CancellationToken.None);

        Assert.Contains("assessor1@portal.test", due);
        Assert.Equal(due.Count, sent);
        Assert.All(assessors, a => Assert.Equal(before[a.Email!] + (due.Contains(a.Email!) ? 1 : 0), Reminders(a.Email!)));
    }

    [Fact]
    public async Task The_job_dashboard_is_for_hr_and_admin_only()
    {
        var anonymous = await factory.CreatePortalClient().GetAsync("/hangfire");
        Assert.StartsWith("/Identity/Account/Login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        foreach (var (email, allowed) in new[] { ("hr@portal.test", true), ("admin@portal.test", true), ("assessor1@portal.test", false), ("candidate1@portal.test", false) })
        {
            var client = factory.CreatePortalClient();
            await client.SignInOrFailAsync(email);
            var response = await client.GetAsync("/hangfire");
            if (allowed)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                Assert.StartsWith("/Identity/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }

    // In the assessor's language: other tests switch shared accounts to French, which the reminder then follows.
    private int Reminders(string email) => Mailbox.For(factory, email).Count(m => m.Subject!.StartsWith("Reminder:", StringComparison.Ordinal) || m.Subject!.StartsWith("Rappel :", StringComparison.Ordinal));
}
