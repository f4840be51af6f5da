using System.Globalization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Data;
using LeadershipPortal.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Features.Vacancies;

public sealed record CompetencyChoice(int CompetencyId, int Weight, int MinimumRating);

/// <summary>A vacancy as HR writes it. Dates are whole UTC days: it opens at 00:00 and closes at 23:59 UTC.</summary>
public sealed record VacancyInput(
    string Key,
    string Title,
    int MissionId,
    int PositionTypeId,
    Grade Grade,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    int? GenderTargetPercent,
    IReadOnlyList<string> RequiredLanguages,
    IReadOnlyList<string> DesiredLanguages,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<MandateArea> MandateAreas,
    int MinimumYears,
    string? Summary,
    IReadOnlyList<CompetencyChoice> Competencies);

public sealed record HrVacancyListRow(int Id, string Key, string Title, string MissionCode, string PositionName, VacancyStatus Status, DateTime OpensAtUtc, DateTime ClosesAtUtc, int PanelSize, int Applications);

public sealed record Option(int Id, string Name);

public sealed record CompetencyOption(int Id, string Name, string Description);

public sealed record MissionOption(int Id, string Code, string Name);

public sealed record VacancyFormOptions(IReadOnlyList<MissionOption> Missions, IReadOnlyList<Option> PositionTypes, IReadOnlyList<CompetencyOption> Competencies);

/// <summary>HR's work on vacancies: create, edit, publish, close. Every change is audited.</summary>
public sealed class VacancyAdministration(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<HrVacancyListRow>> ListAsync(CancellationToken cancellationToken = default) => await (
        from v in db.Vacancies.AsNoTracking()
        join m in db.Missions on v.MissionId equals m.Id
        join p in db.PositionTypes on v.PositionTypeId equals p.Id
        orderby v.Status == VacancyStatus.Draft ? 0 : v.Status == VacancyStatus.Published ? 1 : 2, v.ClosesAtUtc descending
        select new HrVacancyListRow(v.Id, v.Key, v.Title, m.Code, p.Name, v.Status, v.OpensAtUtc, v.ClosesAtUtc, v.Panel.Count, db.Applications.Count(a => a.VacancyId == v.Id && a.Stage != ApplicationStage.Draft)))
        .ToListAsync(cancellationToken);

    public async Task<VacancyFormOptions> OptionsAsync(CancellationToken cancellationToken = default)
    {
        // New vacancies assess against the latest version of the framework.
        var frameworkId = await db.CompetencyFrameworks.OrderByDescending(f => f.Version).Select(f => f.Id).FirstAsync(cancellationToken);
        return new VacancyFormOptions(
            await db.Missions.AsNoTracking().OrderBy(m => m.Code).Select(m => new MissionOption(m.Id, m.Code, m.Name)).ToListAsync(cancellationToken),
            await db.PositionTypes.AsNoTracking().OrderBy(p => p.Id).Select(p => new Option(p.Id, p.Name)).ToListAsync(cancellationToken),
            await db.Competencies.AsNoTracking().Where(c => c.FrameworkId == frameworkId).OrderBy(c => c.Id).Select(c => new CompetencyOption(c.Id, c.Name, c.Description)).ToListAsync(cancellationToken));
    }

    public async Task<(Vacancy Vacancy, bool HasApplications)?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Include(v => v.Competencies).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        return vacancy is null ? null : (vacancy, await db.Applications.AnyAsync(a => a.VacancyId == id, cancellationToken));
    }

    /// <summary>Creates (id null) or updates a vacancy. Field problems come back keyed by field; nothing is saved then.</summary>
    public async Task<(int? Id, IReadOnlyDictionary<string, Sentence> Errors)> SaveAsync(string hrUserId, int? id, VacancyInput input, CancellationToken cancellationToken = default)
    {
        if (id is not null && await db.Vacancies.AnyAsync(v => v.Id == id && v.Status == VacancyStatus.Closed, cancellationToken))
        {
            return (null, new Dictionary<string, Sentence> { [string.Empty] = "This vacancy is closed; its details can no longer change." });
        }

        var errors = await ValidateAsync(id, input, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var needs = new MissionNeeds
        {
            RequiredLanguages = [.. input.RequiredLanguages],
            DesiredLanguages = [.. input.DesiredLanguages.Except(input.RequiredLanguages)],
            Regions = [.. input.Regions],
            MandateAreas = [.. input.MandateAreas],
            MinimumYearsInSeniorPosts = input.MinimumYears,
            Summary = input.Summary?.Trim() ?? string.Empty,
        };
        var opens = input.OpensOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var closes = input.ClosesOn.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc);
        var competencies = input.Competencies.Select(c => new VacancyCompetency(c.CompetencyId, c.Weight, c.MinimumRating)).ToList();

        Vacancy vacancy;
        try
        {
            if (id is null)
            {
                vacancy = new Vacancy(input.Key, input.Title, input.MissionId, input.PositionTypeId, input.Grade, opens, closes, needs, input.GenderTargetPercent);
                vacancy.SetCompetencies(competencies);
                db.Vacancies.Add(vacancy);
            }
            else
            {
                vacancy = await db.Vacancies.Include(v => v.Competencies).SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
                    ?? throw new DomainRuleException("That vacancy no longer exists.");
                if (vacancy.Status == VacancyStatus.Draft)
                {
                    vacancy.Describe(input.Title, input.MissionId, input.PositionTypeId, input.Grade);
                    vacancy.SetCompetencies(competencies);
                }
                else if (!SameCompetencies(vacancy, competencies))
                {
                    return (null, new Dictionary<string, Sentence> { ["Competencies"] = "The competencies of a published vacancy cannot change: candidates applied against them." });
                }

                vacancy.UpdateNeeds(needs);
                vacancy.Reschedule(opens, closes);
                vacancy.SetGenderTarget(input.GenderTargetPercent);
            }
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return (null, new Dictionary<string, Sentence> { [string.Empty] = e.Sentence });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AddAsync(hrUserId, id is null ? "VacancyCreated" : "VacancyEdited", "Vacancy", vacancy.Id.ToString(CultureInfo.InvariantCulture), vacancy.Key, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (vacancy.Id, new Dictionary<string, Sentence>());
    }

    public Task PublishAsync(string hrUserId, int id, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(hrUserId, id, "VacancyPublished", v => v.Publish(), cancellationToken);

    public Task CloseAsync(string hrUserId, int id, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(hrUserId, id, "VacancyClosed", v => v.Close(time.GetUtcNow().UtcDateTime), cancellationToken);

    private async Task ChangeStatusAsync(string hrUserId, int id, string action, Action<Vacancy> change, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.Include(v => v.Competencies).SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw new DomainRuleException("That vacancy no longer exists.");
        change(vacancy);
        await audit.AddAsync(hrUserId, action, "Vacancy", vacancy.Id.ToString(CultureInfo.InvariantCulture), vacancy.Key, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool SameCompetencies(Vacancy vacancy, IReadOnlyCollection<VacancyCompetency> wanted) =>
        vacancy.Competencies.Count == wanted.Count &&
        vacancy.Competencies.All(c => wanted.Any(w => w.CompetencyId == c.CompetencyId && w.Weight == c.Weight && w.MinimumRating == c.MinimumRating));

    private async Task<Dictionary<string, Sentence>> ValidateAsync(int? id, VacancyInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, Sentence>();
        var key = input.Key.Trim().ToUpperInvariant();
        if (id is null && await db.Vacancies.AnyAsync(v => v.Key == key, cancellationToken))
        {
            errors["Key"] = new("A vacancy with the reference {0} already exists.", key);
        }

        var position = await db.PositionTypes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.PositionTypeId, cancellationToken);
        if (position is null)
        {
            errors["PositionTypeId"] = "Choose a position type.";
        }
        else if (!position.Grades.Contains(input.Grade))
        {
            errors["Grade"] = new("A {0} post is filled at {1}.", position.Name, string.Join(" / ", position.Grades));
        }

        if (!await db.Missions.AnyAsync(m => m.Id == input.MissionId, cancellationToken))
        {
            errors["MissionId"] = "Choose a mission.";
        }

        if (input.ClosesOn < input.OpensOn)
        {
            errors["ClosesOn"] = "The closing date must be on or after the opening date.";
        }

        if (input.RequiredLanguages.Concat(input.DesiredLanguages).Any(l => !Languages.IsKnown(l)))
        {
            errors["RequiredLanguages"] = "Choose languages from the list.";
        }

        var total = input.Competencies.Sum(c => c.Weight);
        if (input.Competencies.Count == 0)
        {
            errors["Competencies"] = "Choose at least one competency to assess.";
        }
        else if (input.Competencies.Any(c => c.Weight <= 0))
        {
            errors["Competencies"] = "Every chosen competency needs a weight greater than zero.";
        }
        else if (total != Vacancy.TotalWeight)
        {
            errors["Competencies"] = new("Competency weights must sum to {0}; they sum to {1}.", Vacancy.TotalWeight, total);
        }
        else if (input.Competencies.Any(c => !Domain.Competencies.RatingScale.IsValid(c.MinimumRating)))
        {
            errors["Competencies"] = "A minimum rating is from 1 to 5.";
        }

        return errors;
    }
}
