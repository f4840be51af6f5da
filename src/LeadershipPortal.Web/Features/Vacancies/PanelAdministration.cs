using System.Globalization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using LeadershipPortal.Web.Features.Localization;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.Vacancies;

/// <summary>An assessor as HR sees them when building a panel: who they are and how much scoring waits for them.</summary>
public sealed record AssessorSummary(string Id, string Name, Gender? Gender, string? Nationality, int PendingScores);

public sealed record PanelView(int VacancyId, string VacancyKey, string VacancyTitle, VacancyStatus Status, DateTime? ScoringDeadlineUtc, IReadOnlyList<AssessorSummary> Members, IReadOnlyList<AssessorSummary> Available, IReadOnlyList<string> Warnings);

/// <summary>HR composes assessment panels: at least three assessors, diverse in gender and nationality.</summary>
public sealed class PanelAdministration(PortalDbContext db, AuditLog audit, IEmailSender email, TimeProvider time, IStringLocalizer<SharedResource> localizer)
{
    public async Task<PanelView?> LoadAsync(int vacancyId, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Panel).SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        var assessors = await AssessorsAsync(cancellationToken);
        var memberIds = vacancy.Panel.Select(p => p.AssessorId).ToHashSet();
        var members = assessors.Where(a => memberIds.Contains(a.Id)).ToList();
        return new PanelView(
            vacancy.Id, vacancy.Key, vacancy.Title, vacancy.Status, vacancy.ScoringDeadlineUtc,
            members,
            assessors.Where(a => !memberIds.Contains(a.Id)).ToList(),
            Warnings(members, localizer));
    }

    /// <summary>
    /// What HR should know about a panel's make-up; the panel is still HR's decision. In the request's language
    /// when a localizer is given, in English otherwise.
    /// </summary>
    public static IReadOnlyList<string> Warnings(IReadOnlyList<AssessorSummary> members, IStringLocalizer? localizer = null)
    {
        string Say(string template, params object[] values) =>
            localizer is null ? string.Format(CultureInfo.InvariantCulture, template, values) : localizer[template, values];
        var warnings = new List<string>();
        if (members.Count < Vacancy.MinimumPanelSize)
        {
            warnings.Add(Say(members.Count == 1 ? "The panel has {0} assessor; a panel needs at least {1}." : "The panel has {0} assessors; a panel needs at least {1}.", members.Count, Vacancy.MinimumPanelSize));
        }

        if (members.Count >= 2 && members.All(m => m.Gender is not null) && members.Select(m => m.Gender).Distinct().Count() == 1)
        {
            var gender = members[0].Gender!.Value.ToString();
            warnings.Add(Say("Every assessor on the panel is a {0}: the panel should be diverse in gender.", (localizer is null ? gender : localizer[gender].Value).ToLower(CultureInfo.CurrentCulture)));
        }

        if (members.Count >= 2 && members.All(m => m.Nationality is not null) && members.Select(m => m.Nationality).Distinct().Count() == 1)
        {
            warnings.Add(Say("Every assessor on the panel is a national of {0}: the panel should be diverse in nationality.", members[0].Nationality!));
        }

        return warnings;
    }

    public async Task AssignAsync(string hrUserId, int vacancyId, string assessorId, Func<int, string> assessUrl, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.Include(v => v.Panel).SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken)
            ?? throw new DomainRuleException("That vacancy no longer exists.");
        var assessor = await (
            from u in db.Users
            where u.Id == assessorId && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Assessor))
            select new { u.Id, u.Email, u.DisplayName, u.PreferredLanguage })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException("Choose an assessor from the list.");

        vacancy.AssignAssessor(assessor.Id, time.GetUtcNow().UtcDateTime);
        await audit.AddAsync(hrUserId, "PanelAssessorAssigned", "Vacancy", vacancy.Id.ToString(CultureInfo.InvariantCulture), $"{vacancy.Key}: {assessor.DisplayName}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var link = LocalizedEmail.Encode(assessUrl(vacancy.Id));
        await email.SendInAsync(assessor.Email!, assessor.PreferredLanguage, () => (
            localizer["You are on the assessment panel for {0}", vacancy.Title],
            localizer.Greeting(assessor.DisplayName) +
            (vacancy.ScoringDeadlineUtc is { } deadline
                ? localizer.Paragraph("You have been assigned to the assessment panel for <strong>{0}</strong> ({1}). Scores are due by {2:d MMMM yyyy}.", LocalizedEmail.Encode(vacancy.Title), LocalizedEmail.Encode(vacancy.Key), deadline)
                : localizer.Paragraph("You have been assigned to the assessment panel for <strong>{0}</strong> ({1}).", LocalizedEmail.Encode(vacancy.Title), LocalizedEmail.Encode(vacancy.Key))) +
            localizer.Paragraph("Declare any conflict of interest before you open an application. <a href=\"{0}\">Open your assessments</a>.", link)));
    }

    public async Task RemoveAsync(string hrUserId, int vacancyId, string assessorId, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.Include(v => v.Panel).SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken)
            ?? throw new DomainRuleException("That vacancy no longer exists.");
        if (await db.Assessments.AnyAsync(a => a.AssessorId == assessorId && a.SubmittedAtUtc != null && db.Applications.Any(x => x.Id == a.ApplicationId && x.VacancyId == vacancyId), cancellationToken))
        {
            throw new DomainRuleException("This assessor has submitted ratings for this vacancy and stays on its panel, so that the record stays whole.");
        }

        vacancy.RemoveAssessor(assessorId);
        await audit.AddAsync(hrUserId, "PanelAssessorRemoved", "Vacancy", vacancy.Id.ToString(CultureInfo.InvariantCulture), $"{vacancy.Key}: {assessorId}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SetDeadlineAsync(string hrUserId, int vacancyId, DateOnly? deadline, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.SingleOrDefaultAsync(v => v.Id == vacancyId, cancellationToken)
            ?? throw new DomainRuleException("That vacancy no longer exists.");
        vacancy.SetScoringDeadline(deadline?.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc));
        await audit.AddAsync(hrUserId, "ScoringDeadlineSet", "Vacancy", vacancy.Id.ToString(CultureInfo.InvariantCulture), $"{vacancy.Key}: {deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Every assessor with the scoring that waits for them across all their panels: applications at a scored
    /// stage they have neither submitted for at that stage nor recused from.
    /// </summary>
    public async Task<IReadOnlyList<AssessorSummary>> AssessorsAsync(CancellationToken cancellationToken = default)
    {
        var assessors = await (
            from u in db.Users.AsNoTracking()
            where db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Assessor))
            join s in db.MemberStates on u.NationalityId equals s.Id into states
            from s in states.DefaultIfEmpty()
            orderby u.DisplayName
            select new { u.Id, u.DisplayName, u.Gender, Nationality = s == null ? null : s.Name })
            .ToListAsync(cancellationToken);

        var pending = await (
            from p in db.Set<PanelMember>()
            join a in db.Applications on p.VacancyId equals a.VacancyId
            where a.Stage == ApplicationStage.Screening || a.Stage == ApplicationStage.Assessment || a.Stage == ApplicationStage.Interview
            where !db.Assessments.Any(x => x.ApplicationId == a.Id && x.AssessorId == p.AssessorId &&
                                           (x.Conflict == ConflictDeclaration.Recused || (x.Stage == a.Stage && x.SubmittedAtUtc != null)))
            group a by p.AssessorId into g
            select new { AssessorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.AssessorId, x => x.Count, cancellationToken);

        return assessors.Select(a => new AssessorSummary(a.Id, a.DisplayName, a.Gender, a.Nationality, pending.GetValueOrDefault(a.Id))).ToList();
    }
}
