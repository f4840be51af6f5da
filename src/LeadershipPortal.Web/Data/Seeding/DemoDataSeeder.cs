using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.GenderBalance;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Data.Seeding;

/// <summary>
/// Demo accounts and the data that gives each of them something to do (DESIGN.md §5). Development only.
/// Idempotent: every record is found by its natural key first, and only what is missing is added.
/// Day offsets in the files are resolved against the time of the first run.
/// </summary>
public sealed class DemoDataSeeder(PortalDbContext db, UserManager<PortalUser> users, TimeProvider time, ILogger<DemoDataSeeder> logger)
{
    public const string DemoPassword = "Portal!Demo2026";

    private readonly Dictionary<string, string> _userIds = new(StringComparer.OrdinalIgnoreCase);
    private string? _passwordHash;
    private DateTime _now;

    public async Task SeedAsync(SeedFiles files, CancellationToken cancellationToken = default)
    {
        _now = time.GetUtcNow().UtcDateTime;
        var people = files.People();
        var candidates = files.Candidates();

        var lookups = await ReferenceLookups.LoadAsync(db, cancellationToken);
        foreach (var staff in people.Staff)
        {
            await EnsureUserAsync(staff.Email, staff.DisplayName, staff.Roles, staff.Gender, lookups.StateIdOrNull(staff.Nationality));
        }

        foreach (var mentor in people.Mentors)
        {
            await EnsureUserAsync(mentor.Email, mentor.DisplayName, [Roles.Mentor], mentor.Gender, lookups.StateIdOrNull(mentor.Nationality));
        }

        foreach (var hom in people.HeadsOfMission)
        {
            await EnsureUserAsync(hom.Email, hom.DisplayName, [Roles.HeadOfMission], hom.Gender, lookups.StateIdOrNull(hom.Nationality));
        }

        foreach (var candidate in candidates)
        {
            await EnsureUserAsync(candidate.Email, candidate.FullName, [Roles.Candidate]);
        }

        await SeedCandidatesAsync(candidates, lookups, cancellationToken);
        await SeedMentoringAsync(people, lookups, cancellationToken);
        await SeedVacanciesAsync(files.Vacancies(), lookups, cancellationToken);
        var hrUserId = UserId(people.Staff.FirstOrDefault(s => s.Roles.Contains(Roles.HR))?.Email
            ?? throw new InvalidDataException("The demo data needs an HR account to move applications."));
        await SeedApplicationsAsync(files.Applications(), lookups, hrUserId, cancellationToken);
        await SeedGenderTargetsAsync(files.GenderTargets(), lookups, hrUserId, cancellationToken);
        logger.LogInformation("Demo data is in place");
    }

    private async Task EnsureUserAsync(string email, string displayName, IEnumerable<string> roles, Gender? gender = null, int? nationalityId = null)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                CreatedAtUtc = _now,
                Gender = gender,
                NationalityId = nationalityId,
            };

            // Hashing is deliberately slow; every demo account shares one password, so hash it once.
            _passwordHash ??= users.PasswordHasher.HashPassword(user, DemoPassword);
            user.PasswordHash = _passwordHash;
            Check(await users.CreateAsync(user), email);
        }

        foreach (var role in roles.Where(r => Roles.All.Contains(r)))
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                Check(await users.AddToRoleAsync(user, role), email);
            }
        }

        _userIds[email] = user.Id;
    }

    private string UserId(string email) =>
        _userIds.TryGetValue(email, out var id) ? id : throw new InvalidDataException($"The seed data names {email}, who is not a demo account.");

    private async Task SeedCandidatesAsync(IReadOnlyList<CandidateSeed> candidates, ReferenceLookups lookups, CancellationToken cancellationToken)
    {
        var existing = await db.Candidates.Select(c => c.UserId).ToHashSetAsync(cancellationToken);
        foreach (var seed in candidates.Where(c => !existing.Contains(UserId(c.Email))))
        {
            var profile = new CandidateProfile(UserId(seed.Email), seed.FullName);
            profile.UpdatePersonalDetails(seed.FullName, seed.Gender, lookups.StateIdOrNull(seed.Nationality));
            profile.UpdateExperience(seed.CurrentPost, seed.YearsInSeniorPosts, seed.Education, seed.Regions, seed.MandateAreas);
            profile.SetLanguages(seed.Languages.Select(l => new LanguageSkill(l.Language, l.Level)));
            profile.SetFieldMissions((seed.FieldMissions ?? []).Select(m => new FieldMissionExperience(m.Mission, m.Role, m.FromYear, m.ToYear)));
            var nominatingState = lookups.StateIdOrNull(seed.NominatingState);
            profile.Nominate(nominatingState is { } stateId
                ? Nomination.ByMemberState(stateId, $"Permanent Mission of {seed.NominatingState} to the United Nations", seed.NominatedOn)
                : Nomination.Self(seed.NominatedOn));
            if (seed.Readiness is { } readiness)
            {
                profile.PlaceInRoster(readiness);
            }

            db.Candidates.Add(profile);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedMentoringAsync(PeopleSeed people, ReferenceLookups lookups, CancellationToken cancellationToken)
    {
        var mentors = await db.Mentors.Select(m => m.UserId).ToHashSetAsync(cancellationToken);
        foreach (var seed in people.Mentors.Where(m => !mentors.Contains(UserId(m.Email))))
        {
            var mentor = new MentorProfile(UserId(seed.Email), seed.DisplayName, seed.Capacity);
            mentor.Describe(
                seed.Bio,
                seed.Availability,
                seed.Expertise,
                seed.Regions,
                seed.Languages.Select(l => new LanguageSkill(l.Language, l.Level)),
                seed.FormerPosts.Select(p => new FormerPost(p.PositionType, p.Mission, p.FromYear, p.ToYear)));
            mentor.DeclareConflicts(seed.ConflictMissions ?? []);
            db.Mentors.Add(mentor);
        }

        var mentees = await db.Mentees.Select(m => m.UserId).ToHashSetAsync(cancellationToken);
        foreach (var seed in people.HeadsOfMission.Where(h => !mentees.Contains(UserId(h.Email))))
        {
            var mentee = new MenteeProfile(UserId(seed.Email), seed.DisplayName, lookups.MissionId(seed.Mission), lookups.PositionTypeId(seed.PositionType), seed.StartedOn);
            mentee.SetGoals(seed.Goals);
            mentee.SetBackground(seed.Regions ?? [], (seed.Languages ?? []).Select(l => new LanguageSkill(l.Language, l.Level)));
            db.Mentees.Add(mentee);
        }

        await db.SaveChangesAsync(cancellationToken);

        var mentorIds = await db.Mentors.ToDictionaryAsync(m => m.UserId, m => m.Id, cancellationToken);
        var menteeIds = await db.Mentees.ToDictionaryAsync(m => m.UserId, m => m.Id, cancellationToken);
        var pairs = await db.Mentorships.Select(m => new { m.MentorId, m.MenteeId }).ToListAsync(cancellationToken);
        foreach (var seed in people.Mentorships)
        {
            var mentorId = mentorIds[UserId(seed.Mentor)];
            var menteeId = menteeIds[UserId(seed.Mentee)];
            if (pairs.Any(p => p.MentorId == mentorId && p.MenteeId == menteeId))
            {
                continue;
            }

            var started = _now.AddDays(-(seed.StartedDaysAgo ?? 0));
            var mentorship = new Mentorship(mentorId, menteeId, seed.Cadence, seed.Goals, started.AddDays(-7));
            if (seed.Status != MentorshipStatus.Proposed)
            {
                mentorship.AcceptByMentor(started.AddDays(-3));
                mentorship.AcceptByMentee(started);
                foreach (var s in (seed.Sessions ?? []).OrderByDescending(s => s.DaysAgo))
                {
                    var heldAt = _now.AddDays(-s.DaysAgo);
                    var session = mentorship.LogSession(
                        new SessionDetails(heldAt, s.DurationMinutes, s.Mode, s.Topics, s.LinkedGoals ?? [], s.SharedSummary, s.PrivateNotes),
                        UserId(seed.Mentor),
                        heldAt.AddHours(2));
                    foreach (var item in s.ActionItems ?? [])
                    {
                        var actionItem = session.AddActionItem(item.Text, item.Owner ?? ActionOwner.Mentee, item.DueInDays is { } due ? DateOnly.FromDateTime(heldAt.AddDays(due)) : null);
                        if (item.Done)
                        {
                            actionItem.MarkDone();
                        }
                    }

                    if (s.MenteeRating is { } rating)
                    {
                        session.RateByMentee(rating, s.MenteeComment);
                    }
                }

                if (seed.MentorFit is { } mentorFit)
                {
                    mentorship.AnswerFit(byMentor: true, mentorFit);
                }

                if (seed.MenteeFit is { } menteeFit)
                {
                    mentorship.AnswerFit(byMentor: false, menteeFit);
                }
            }

            var ended = _now.AddDays(-(seed.EndedDaysAgo ?? 1));
            if (seed.Status == MentorshipStatus.Completed)
            {
                mentorship.Complete(ended);
            }
            else if (seed.Status == MentorshipStatus.Ended)
            {
                mentorship.EndEarly(seed.EndReason ?? "Ended early.", ended);
            }

            db.Mentorships.Add(mentorship);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedVacanciesAsync(IReadOnlyList<VacancySeed> vacancies, ReferenceLookups lookups, CancellationToken cancellationToken)
    {
        var existing = await db.Vacancies.Select(v => v.Key).ToHashSetAsync(cancellationToken);
        foreach (var seed in vacancies.Where(v => !existing.Contains(v.Key.ToUpperInvariant())))
        {
            var needs = new MissionNeeds
            {
                RequiredLanguages = seed.Needs.RequiredLanguages,
                DesiredLanguages = seed.Needs.DesiredLanguages,
                Regions = seed.Needs.Regions,
                MandateAreas = seed.Needs.MandateAreas,
                MinimumYearsInSeniorPosts = seed.Needs.MinYearsSenior,
                Summary = seed.Needs.Summary ?? string.Empty,
            };
            var vacancy = new Vacancy(
                seed.Key,
                seed.Title,
                lookups.MissionId(seed.Mission),
                lookups.PositionTypeId(seed.PositionType),
                seed.Grade,
                _now.Date.AddDays(seed.OpensDaysFromNow),
                _now.Date.AddDays(seed.ClosesDaysFromNow).AddHours(23).AddMinutes(59),
                needs,
                seed.GenderTargetPercent);
            vacancy.SetCompetencies(seed.Competencies.Select(c => new VacancyCompetency(lookups.CompetencyId(c.Code), c.Weight, c.MinimumRating)).ToList());
            vacancy.SetScoringDeadline(seed.ScoringDeadlineDaysFromNow is { } d ? _now.Date.AddDays(d) : null);
            foreach (var assessor in seed.Panel)
            {
                vacancy.AssignAssessor(UserId(assessor), vacancy.OpensAtUtc);
            }

            if (seed.Status != VacancyStatus.Draft)
            {
                vacancy.Publish();
            }

            if (seed.Status == VacancyStatus.Closed)
            {
                vacancy.Close(_now);
            }

            db.Vacancies.Add(vacancy);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedApplicationsAsync(IReadOnlyList<ApplicationSeed> applications, ReferenceLookups lookups, string hrUserId, CancellationToken cancellationToken)
    {
        var vacancies = await db.Vacancies.Include(v => v.Competencies).ToDictionaryAsync(v => v.Key, cancellationToken);
        var candidateIds = await db.Candidates.Where(c => c.UserId != null).ToDictionaryAsync(c => c.UserId!, c => c.Id, cancellationToken);
        var existing = await db.Applications.Select(a => new { a.VacancyId, a.CandidateId }).ToListAsync(cancellationToken);

        foreach (var seed in applications)
        {
            var vacancy = vacancies.GetValueOrDefault(seed.Vacancy.ToUpperInvariant())
                ?? throw new InvalidDataException($"Application of {seed.Candidate} names unknown vacancy {seed.Vacancy}.");
            var candidateId = candidateIds[UserId(seed.Candidate)];
            if (existing.Any(a => a.VacancyId == vacancy.Id && a.CandidateId == candidateId))
            {
                continue;
            }

            var submittedAt = SubmissionTime(seed, vacancy);
            var requiredCompetencies = vacancy.Competencies.Select(c => c.CompetencyId).ToList();
            var application = new CandidateApplication(vacancy.Id, candidateId, submittedAt.AddDays(-2));
            application.WriteStatement(seed.Statement);
            foreach (var competencyId in requiredCompetencies)
            {
                application.WriteCompetencyStatement(competencyId, DemoCompetencyStatement(lookups.CompetencyName(competencyId), vacancy.Title));
            }

            if (seed.Stage != ApplicationStage.Draft)
            {
                application.Submit(submittedAt, vacancy.ClosesAtUtc, UserId(seed.Candidate), requiredCompetencies);
                WalkTo(application, seed, hrUserId, submittedAt);
                if (seed.Stage is ApplicationStage.Appointed or ApplicationStage.NotSelected or ApplicationStage.Ineligible)
                {
                    application.ReleaseFeedback(DemoFeedback(seed.Stage), _now.AddDays(-1));
                }
            }

            db.Applications.Add(application);
            await db.SaveChangesAsync(cancellationToken);

            foreach (var a in seed.Assessments ?? [])
            {
                var assessment = new Assessment(application.Id, UserId(a.Assessor), a.Stage);
                var declaredAt = submittedAt.AddDays(3);
                if (a.Conflict == SeedConflict.Recused)
                {
                    assessment.Recuse(a.RecusalReason ?? "Declared a conflict of interest.", declaredAt);
                }
                else
                {
                    assessment.DeclareNoConflict(declaredAt);
                    foreach (var r in a.Ratings ?? [])
                    {
                        assessment.Rate(lookups.CompetencyId(r.Competency), r.Rating, r.Evidence);
                    }

                    if (a.Submitted)
                    {
                        assessment.Submit(requiredCompetencies, declaredAt.AddDays(1));
                    }
                }

                db.Assessments.Add(assessment);
            }

            foreach (var note in seed.ConsensusNotes ?? [])
            {
                db.ConsensusNotes.Add(new ConsensusNote(application.Id, note.Stage, lookups.CompetencyId(note.Competency), note.Note, hrUserId, submittedAt.AddDays(6)));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SeedGenderTargetsAsync(IReadOnlyList<GenderTargetSeed> targets, ReferenceLookups lookups, string hrUserId, CancellationToken cancellationToken)
    {
        var existing = await db.GenderTargets.Select(t => new { t.Scope, t.ScopeId }).ToListAsync(cancellationToken);
        foreach (var seed in targets)
        {
            int? scopeId = seed.Scope switch
            {
                TargetScope.PositionType => lookups.PositionTypeId(seed.ScopeCode!),
                TargetScope.Mission => lookups.MissionId(seed.ScopeCode!),
                _ => null,
            };
            if (!existing.Any(t => t.Scope == seed.Scope && t.ScopeId == scopeId))
            {
                db.GenderTargets.Add(new GenderTarget(seed.Scope, scopeId, seed.SharePercent, seed.Deadline.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc), hrUserId, _now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string DemoFeedback(ApplicationStage stage) => stage switch
    {
        ApplicationStage.Appointed => "The panel found your experience and vision the strongest match for the mission's needs. Congratulations on your appointment.",
        ApplicationStage.Ineligible => "Your application did not meet the minimum requirements of the vacancy (years in senior posts or required languages).",
        _ => "Thank you for your application. The panel's ratings per competency are below; the strongest candidates met every minimum with ratings of 4 or more.",
    };

    // The seed files carry vision statements only; competency statements follow one plain pattern.
    private static string DemoCompetencyStatement(string competency, string vacancy) =>
        $"Situation: a moment in my last field post that called for {competency.ToLowerInvariant()}. " +
        "Action: what I did, with whom, and why I chose that course. " +
        $"Result: what changed, and what I would bring of it to the post of {vacancy}.";

    // Submissions fall inside the vacancy's window, however the file's offsets were written.
    private DateTime SubmissionTime(ApplicationSeed seed, Vacancy vacancy)
    {
        var wanted = _now.AddDays(-(seed.DaysAgoSubmitted ?? 0));
        var latest = new[] { vacancy.ClosesAtUtc.AddHours(-1), _now }.Min();
        var earliest = vacancy.OpensAtUtc.AddHours(1);
        return wanted < earliest ? earliest : wanted > latest ? latest : wanted;
    }

    /// <summary>Moves a submitted application along the funnel to the stage the file gives, as HR would have.</summary>
    private void WalkTo(CandidateApplication application, ApplicationSeed seed, string hrUserId, DateTime submittedAt)
    {
        var target = seed.Stage;
        var path = target switch
        {
            ApplicationStage.Submitted => [],
            ApplicationStage.Ineligible => [ApplicationStage.Ineligible],
            ApplicationStage.Withdrawn => [],
            ApplicationStage.NotSelected => StagesUpTo(LastScoredStage(seed)).Append(ApplicationStage.NotSelected).ToList(),
            _ => StagesUpTo(target),
        };

        var at = submittedAt;
        var step = Math.Max(1, (_now - submittedAt).TotalDays / (path.Count + 1));
        for (var i = 0; i < path.Count; i++)
        {
            at = at.AddDays(step);
            var isLast = i == path.Count - 1;
            var justification = isLast && !string.IsNullOrWhiteSpace(seed.Notes)
                ? seed.Notes
                : $"Moved to {ApplicationStages.Label(path[i])} by the panel secretariat (demo data).";
            application.MoveTo(path[i], justification, hrUserId, at);
        }

        if (target == ApplicationStage.Withdrawn)
        {
            application.Withdraw(application.History.First().ByUserId, at.AddDays(1));
        }
    }

    private static List<ApplicationStage> StagesUpTo(ApplicationStage target) =>
        ApplicationStages.Funnel.Skip(1).TakeWhile(s => s <= target).ToList();

    private static ApplicationStage LastScoredStage(ApplicationSeed seed) =>
        seed.Assessments is { Count: > 0 } assessments ? assessments.Max(a => a.Stage) : ApplicationStage.Screening;

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not seed {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
