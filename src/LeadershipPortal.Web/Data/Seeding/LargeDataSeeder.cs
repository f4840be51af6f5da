using System.Diagnostics;
using System.Globalization;
using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Assessments;
using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Mentoring;
using LeadershipPortal.Domain.Vacancies;
using LeadershipPortal.Web.Identity;
using LeadershipPortal.Web.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Data.Seeding;

/// <summary>What <c>seed-large</c> was asked for: the random seed, a scale factor on every count, and the database file.</summary>
public sealed record LargeSeedOptions(int Seed, double Scale, string? Database);

/// <summary>How many rows of each kind were written, and the ids the load test needs.</summary>
public sealed record LargeSeedSummary(int Candidates, int Vacancies, int Applications, int Assessments, int Ratings, int Mentorships, int Sessions, int BigVacancyId, int BigVacancyApplicants, TimeSpan Elapsed);

/// <summary>
/// Fills an empty database with a large, realistic data set for load tests (README, "Performance"):
/// <c>dotnet run --project src/LeadershipPortal.Web -- seed-large --seed 42 [--scale 1.0] [--database PATH]</c>.
/// Every value comes from <see cref="Random"/> with the given seed and from a fixed base date, so the same seed gives the
/// same rows. Everything is made through the domain's own methods (submissions, stage moves, conflict declarations,
/// ratings, sessions), so the data keeps every rule the app keeps. Rows go in with change detection off, in large batches.
/// </summary>
public sealed class LargeDataSeeder(PortalDbContext db, IPasswordHasher<PortalUser> hasher)
{
    public const string Command = "seed-large";

    /// <summary>The password of every account the seeder makes (load-hr@…, load-assessor1@…, load-mentor1@…, load-candidate1@…).</summary>
    public const string Password = "Portal!Load2026";

    public const string Domain = "load.example.org";

    /// <summary>"Now" for the generated data; applications, decisions and sessions all lie before it.</summary>
    public static readonly DateTime BaseDate = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public const int FullCandidates = 10_000;
    public const int FullVacancies = 300;
    public const int FullApplications = 30_000;
    public const int FullMentorships = 500;
    public const int FullSessions = 10_000;
    public const int BigVacancyApplicants = 500;
    public const int Assessors = 30;
    public const int Mentors = 60;

    private static readonly string[] Goals =
    [
        "Build a cohesive senior leadership team",
        "Strengthen the protection of civilians",
        "Manage relations with the host government",
        "Lead the mission through a drawdown",
    ];

    private static readonly string[] Topics = ["Team leadership", "Political strategy", "Crisis management", "Staff welfare", "Donor relations", "Security"];

    private Random _random = new(0);
    private DateTime _now = BaseDate;
    private string _passwordHash = string.Empty;
    private int _users;

    /// <summary>The arguments of <c>seed-large</c>, or null when the app is asked for something else.</summary>
    public static LargeSeedOptions? Parse(string[] args)
    {
        if (args is not [Command, ..])
        {
            return null;
        }

        int seed = 42;
        double scale = 1.0;
        string? database = null;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--seed":
                    seed = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--scale":
                    scale = double.Parse(value, CultureInfo.InvariantCulture);
                    if (scale is <= 0 or > 10)
                    {
                        throw new ArgumentException("--scale is above 0 and at most 10.");
                    }

                    break;
                case "--database":
                    database = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; use --seed N, --scale X, --database PATH.");
            }

            i++;
        }

        return new LargeSeedOptions(seed, scale, database);
    }

    /// <summary>Migrates the database (which must hold no candidates yet), adds roles and reference data, then the large data set.</summary>
    public static async Task<LargeSeedSummary> RunAsync(WebApplicationBuilder builder, LargeSeedOptions options)
    {
        if (options.Database is { } path)
        {
            builder.Configuration["ConnectionStrings:Portal"] = $"Data Source={Path.GetFullPath(path)}";
        }

        builder.Configuration["Seed:Demo"] = "false";

        // Logging every insert batch would cost more than the inserts.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.AddPortalData();
        builder.AddPortalIdentity();
        builder.AddPortalSeeding();
        builder.Services.AddScoped<LargeDataSeeder>();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await SeedingSetup.PrepareAsync(scope.ServiceProvider);
        var summary = await scope.ServiceProvider.GetRequiredService<LargeDataSeeder>().SeedAsync(options);
        Console.WriteLine(
            $"Seeded {summary.Candidates} candidates, {summary.Vacancies} vacancies, {summary.Applications} applications, {summary.Assessments} assessments, " +
            $"{summary.Ratings} ratings, {summary.Mentorships} mentorships, {summary.Sessions} sessions in {summary.Elapsed.TotalSeconds:F1} s.");
        Console.WriteLine($"Big vacancy id: {summary.BigVacancyId} ({summary.BigVacancyApplicants} applicants). Password of every load-*@{Domain} account: {Password}");
        return summary;
    }

    public async Task<LargeSeedSummary> SeedAsync(LargeSeedOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (await db.Candidates.AnyAsync(cancellationToken) || await db.Vacancies.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("seed-large fills an empty database; this one already has candidates or vacancies.");
        }

        _random = new Random(options.Seed);
        _now = BaseDate;
        _passwordHash = hasher.HashPassword(new PortalUser(), Password);
        int Scaled(int full) => Math.Max(1, (int)Math.Round(full * options.Scale));

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF;", cancellationToken);
        try
        {
            var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
            var competencies = await db.Competencies.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
            var missions = await db.Missions.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
            var positions = await db.PositionTypes.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
            var states = await db.MemberStates.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);

            var hr = AddUser("load-hr", "Load HR Officer", roles[Roles.HR]);
            var assessors = Enumerable.Range(1, Assessors).Select(i => AddUser($"load-assessor{i}", $"Load Assessor {i}", roles[Roles.Assessor])).ToList();
            await SaveAsync(cancellationToken);

            var candidates = await SeedCandidatesAsync(Scaled(FullCandidates), roles[Roles.Candidate], states, cancellationToken);
            var (bigVacancyId, vacancies) = await SeedVacanciesAsync(Scaled(FullVacancies), competencies, missions, positions, assessors, cancellationToken);
            var (applications, assessments, ratings) = await SeedApplicationsAsync(Scaled(FullApplications), Math.Min(BigVacancyApplicants, candidates.Count), vacancies, candidates, hr, cancellationToken);
            var (mentorships, sessions) = await SeedMentoringAsync(Scaled(FullMentorships), Scaled(FullSessions), roles, missions, positions, cancellationToken);
            return new LargeSeedSummary(candidates.Count, Scaled(FullVacancies), applications, assessments, ratings, mentorships, sessions, bigVacancyId,
                Math.Min(BigVacancyApplicants, candidates.Count), clock.Elapsed);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private string AddUser(string name, string displayName, string roleId, Gender? gender = null)
    {
        _users++;
        var email = $"{name}@{Domain}";
        var user = new PortalUser
        {
            Id = $"10ad0000-0000-4000-8000-{_users:D12}",
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAtUtc = _now.AddDays(-400),
            Gender = gender,
            PasswordHash = _passwordHash,
            SecurityStamp = $"LOADSTAMP{_users:D12}",
            ConcurrencyStamp = $"10ad{_users:D12}",
            LockoutEnabled = true,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        return user.Id;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private List<T> PickSome<T>(IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => _random.Next()).Take(count).ToList();

    private async Task<List<(int Id, string UserId)>> SeedCandidatesAsync(int count, string roleId, List<int> states, CancellationToken cancellationToken)
    {
        var profiles = new List<CandidateProfile>(count);
        for (var i = 1; i <= count; i++)
        {
            var gender = _random.Next(100) switch
            {
                < 42 => Gender.Woman,
                < 92 => Gender.Man,
                < 94 => Gender.Another,
                < 97 => Gender.PreferNotToSay,
                _ => (Gender?)null,
            };
            var name = $"Load Candidate {i}";
            var userId = AddUser($"load-candidate{i}", name, roleId, gender);
            var profile = new CandidateProfile(userId, name);
            profile.UpdatePersonalDetails(name, gender, Pick(states));
            profile.UpdateExperience(
                $"Senior post {i % 97}",
                _random.Next(0, 25),
                "Master's degree",
                PickSome(Enum.GetValues<Region>(), _random.Next(1, 3)),
                PickSome(Enum.GetValues<MandateArea>(), _random.Next(1, 4)));
            profile.SetLanguages(
                new[] { new LanguageSkill("English", LanguageLevel.Fluent) }
                    .Concat(PickSome(Languages.Official.Where(l => l != "English").ToList(), _random.Next(0, 3)).Select(l => new LanguageSkill(l, (LanguageLevel)_random.Next(1, 4)))));
            profile.SetFieldMissions([new FieldMissionExperience("UNMISS", "Deputy Head of Office", 2010 + _random.Next(10), null)]);
            profile.Nominate(_random.Next(3) == 0 ? Nomination.Self(DateOnly.FromDateTime(_now.AddDays(-500))) : Nomination.ByMemberState(Pick(states), "Permanent Mission", DateOnly.FromDateTime(_now.AddDays(-500))));
            db.Candidates.Add(profile);
            profiles.Add(profile);
            if (i % 2000 == 0)
            {
                await SaveAsync(cancellationToken);
            }
        }

        await SaveAsync(cancellationToken);
        return profiles.Select(p => (p.Id, p.UserId!)).ToList();
    }

    private sealed record SeededVacancy(int Id, DateTime OpensAtUtc, DateTime ClosesAtUtc, bool Closed, IReadOnlyList<int> Competencies, IReadOnlyList<string> Panel, int MinimumRating);

    private async Task<(int BigId, List<SeededVacancy> Vacancies)> SeedVacanciesAsync(
        int count, List<int> competencies, List<int> missions, List<int> positions, List<string> assessors, CancellationToken cancellationToken)
    {
        var made = new List<(Vacancy Vacancy, bool Closed)>();
        int[] weights = [30, 25, 20, 15, 10];
        for (var i = 0; i < count; i++)
        {
            // Vacancy 0 is the big closed one under assessment; then a tenth drafts, four tenths open, half closed.
            var kind = i == 0 ? 2 : (i % 10) switch { 0 => 0, < 5 => 1, _ => 2 };
            var opens = kind == 1 ? _now.AddDays(-_random.Next(10, 60)) : _now.AddDays(-_random.Next(200, 700));
            var closes = kind == 1 ? _now.AddDays(_random.Next(120, 500)) : kind == 0 ? _now.AddDays(90) : opens.AddDays(_random.Next(40, 120));
            var needs = new MissionNeeds
            {
                RequiredLanguages = ["English", .. PickSome(new[] { "French", "Arabic", "Spanish" }, _random.Next(0, 2))],
                Regions = PickSome(Enum.GetValues<Region>(), 1),
                MandateAreas = PickSome(Enum.GetValues<MandateArea>(), 2),
                MinimumYearsInSeniorPosts = _random.Next(0, 10),
                Summary = "Needs of the mission for the load test.",
            };
            var vacancy = new Vacancy($"LOAD-{i + 1:D4}", i == 0 ? "Head of Mission (large competition)" : $"Senior leader {i + 1}", Pick(missions), Pick(positions), (Grade)_random.Next(3), opens, closes, needs, _random.Next(2) == 0 ? 50 : null);
            var chosen = PickSome(competencies, Math.Min(weights.Length, competencies.Count));
            var chosenWeights = chosen.Count == weights.Length ? (int[])weights.Clone() : Enumerable.Repeat(Vacancy.TotalWeight / chosen.Count, chosen.Count).ToArray();
            chosenWeights[0] += Vacancy.TotalWeight - chosenWeights.Sum();
            var minimum = _random.Next(2, 4);
            vacancy.SetCompetencies(chosen.Select((c, k) => new VacancyCompetency(c, chosenWeights[k], minimum)).ToList());
            vacancy.SetScoringDeadline(kind == 2 ? closes.AddDays(60) : null);

            // Assessor 1 sits on every fifth panel: the load test's assessor has a long queue.
            var panel = new List<string>();
            if (i % 5 == 0)
            {
                panel.Add(assessors[0]);
            }

            foreach (var a in PickSome(assessors.Skip(1).ToList(), Vacancy.MinimumPanelSize + _random.Next(2) - panel.Count))
            {
                panel.Add(a);
            }

            foreach (var assessor in panel)
            {
                vacancy.AssignAssessor(assessor, opens);
            }

            if (kind > 0)
            {
                vacancy.Publish();
            }

            if (kind == 2)
            {
                vacancy.Close(closes.AddHours(1));
            }

            db.Vacancies.Add(vacancy);
            made.Add((vacancy, kind == 2));
        }

        await SaveAsync(cancellationToken);
        var seeded = made
            .Where(m => m.Vacancy.Status != VacancyStatus.Draft)
            .Select(m => new SeededVacancy(m.Vacancy.Id, m.Vacancy.OpensAtUtc, m.Vacancy.ClosesAtUtc, m.Closed, m.Vacancy.Competencies.Select(c => c.CompetencyId).ToList(),
                m.Vacancy.Panel.Select(p => p.AssessorId).ToList(), m.Vacancy.Competencies.First().MinimumRating))
            .ToList();
        return (made[0].Vacancy.Id, seeded);
    }

    private ApplicationStage DrawStage(SeededVacancy vacancy, bool big)
    {
        var roll = _random.Next(100);
        if (big)
        {
            // Under assessment: mostly at the scored stages, so the ranking and the assessor queue are full.
            return roll switch { < 35 => ApplicationStage.Screening, < 60 => ApplicationStage.Assessment, < 80 => ApplicationStage.Interview, < 90 => ApplicationStage.NotSelected, < 95 => ApplicationStage.Ineligible, _ => ApplicationStage.Withdrawn };
        }

        if (!vacancy.Closed)
        {
            return roll switch { < 5 => ApplicationStage.Draft, < 50 => ApplicationStage.Submitted, < 70 => ApplicationStage.Screening, < 80 => ApplicationStage.Assessment, < 90 => ApplicationStage.Ineligible, _ => ApplicationStage.Withdrawn };
        }

        return roll switch
        {
            < 10 => ApplicationStage.Screening,
            < 20 => ApplicationStage.Assessment,
            < 30 => ApplicationStage.Interview,
            < 35 => ApplicationStage.Shortlisted,
            < 37 => ApplicationStage.Recommended,
            < 85 => ApplicationStage.NotSelected,
            < 93 => ApplicationStage.Ineligible,
            _ => ApplicationStage.Withdrawn,
        };
    }

    private async Task<(int Applications, int Assessments, int Ratings)> SeedApplicationsAsync(
        int total, int bigCount, List<SeededVacancy> vacancies, List<(int Id, string UserId)> candidates, string hr, CancellationToken cancellationToken)
    {
        // A shuffled pool of candidates, drawn without replacement per vacancy (a partial Fisher–Yates shuffle).
        var pool = Enumerable.Range(0, candidates.Count).ToArray();
        var rest = vacancies.Count > 1 ? (total - bigCount) / (vacancies.Count - 1) : 0;
        var remainder = vacancies.Count > 1 ? (total - bigCount) % (vacancies.Count - 1) : 0;
        var quality = candidates.Select(_ => _random.NextDouble() * 2.5 + 1.5).ToArray();
        int applications = 0, assessments = 0, ratings = 0;
        for (var v = 0; v < vacancies.Count; v++)
        {
            var vacancy = vacancies[v];
            var count = Math.Min(candidates.Count, v == 0 ? bigCount : rest + (v - 1 < remainder ? 1 : 0));
            var codes = new HashSet<string>();
            var batch = new List<(CandidateApplication Application, ApplicationStage Target, int Candidate)>(count);
            for (var k = 0; k < count; k++)
            {
                var swap = k + _random.Next(pool.Length - k);
                (pool[k], pool[swap]) = (pool[swap], pool[k]);
                var candidate = candidates[pool[k]];
                var target = DrawStage(vacancy, v == 0);
                var submittedAt = vacancy.OpensAtUtc.AddHours(1 + _random.Next((int)Math.Max(1, (Min(vacancy.ClosesAtUtc, _now) - vacancy.OpensAtUtc).TotalHours - 2)));
                var application = new CandidateApplication(vacancy.Id, candidate.Id, submittedAt.AddDays(-1));
                string code;
                do
                {
                    code = "C-" + new string(Enumerable.Range(0, 6).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[_random.Next(32)]).ToArray());
                }
                while (!codes.Add(code));

                db.Applications.Add(application);
                db.Entry(application).Property(a => a.CandidateCode).CurrentValue = code;
                application.WriteStatement("My vision for the mission: a clear political strategy, protection of civilians first, and a team that trusts each other.");
                foreach (var competencyId in vacancy.Competencies)
                {
                    application.WriteCompetencyStatement(competencyId, "Situation: a crisis in my last field post. Action: what I did and why. Result: what changed.");
                }

                if (target != ApplicationStage.Draft)
                {
                    application.Submit(submittedAt, vacancy.ClosesAtUtc, candidate.UserId, vacancy.Competencies);
                    Walk(application, target, hr, submittedAt, vacancy);
                }

                batch.Add((application, target, pool[k]));
            }

            await SaveAsync(cancellationToken);
            applications += batch.Count;
            foreach (var (application, target, candidateIndex) in batch)
            {
                var (a, r) = Assess(application, vacancy, quality[candidateIndex]);
                assessments += a;
                ratings += r;
            }

            await SaveAsync(cancellationToken);
        }

        return (applications, assessments, ratings);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>Moves a submitted application along the funnel as HR would: one justified move after another, in date order.</summary>
    private void Walk(CandidateApplication application, ApplicationStage target, string hr, DateTime submittedAt, SeededVacancy vacancy)
    {
        List<ApplicationStage> path = target switch
        {
            ApplicationStage.Submitted or ApplicationStage.Withdrawn => [],
            ApplicationStage.Ineligible => [ApplicationStage.Ineligible],
            ApplicationStage.NotSelected => [.. ApplicationStages.Funnel.Skip(1).Take(1 + _random.Next(3)), ApplicationStage.NotSelected],
            _ => ApplicationStages.Funnel.Skip(1).TakeWhile(s => s <= target).ToList(),
        };

        var at = vacancy.Closed ? Max(submittedAt, vacancy.ClosesAtUtc) : submittedAt;
        var step = Math.Max(0.5, (_now - at).TotalDays / (path.Count + 2));
        foreach (var stage in path)
        {
            at = at.AddDays(step);
            application.MoveTo(stage, $"Moved to {ApplicationStages.Label(stage)} by the panel secretariat.", hr, at);
        }

        if (target == ApplicationStage.Withdrawn)
        {
            application.Withdraw(application.History.First().ByUserId, at.AddDays(1));
        }
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>
    /// Every scored stage the application passed through gets one assessment per panel member: a declaration first
    /// (a few recuse), then ratings on the 1–5 scale and a submission. At the stage it stands at now, some assessors have
    /// not started or only drafted, so the assessors' queues are realistic.
    /// </summary>
    private (int Assessments, int Ratings) Assess(CandidateApplication application, SeededVacancy vacancy, double quality)
    {
        var scored = application.History.Select(h => h.To).Where(ApplicationStages.IsScored).Distinct().ToList();
        int assessments = 0, ratings = 0;
        foreach (var stage in scored)
        {
            var current = stage == application.Stage;
            var reachedAt = application.History.Last(h => h.To == stage).AtUtc;
            for (var seat = 0; seat < vacancy.Panel.Count; seat++)
            {
                var assessor = vacancy.Panel[seat];
                var lenience = seat % 2 == 0 ? 0.0 : 0.4;
                var roll = _random.Next(100);
                if (current && roll < 15)
                {
                    continue;
                }

                var assessment = new Assessment(application.Id, assessor, stage);
                var declaredAt = Min(reachedAt.AddHours(12), _now);
                if (roll >= 97)
                {
                    assessment.Recuse("Worked with the candidate in the same mission.", declaredAt);
                }
                else
                {
                    assessment.DeclareNoConflict(declaredAt);
                            var rateAll = !(current && roll < 30);
                    foreach (var competencyId in rateAll ? vacancy.Competencies : vacancy.Competencies.Take(1))
                    {
                        var value = (int)Math.Round(quality + lenience + (_random.NextDouble() - 0.5) * 1.6);
                        assessment.Rate(competencyId, Math.Clamp(value, 1, 5), "Evidence from the written statement and the interview.");
                        ratings++;
                    }

                    if (rateAll)
                    {
                        assessment.Submit(vacancy.Competencies.ToList(), Min(declaredAt.AddHours(2), _now));
                    }
                }

                db.Assessments.Add(assessment);
                assessments++;
            }
        }

        return (assessments, ratings);
    }

    private async Task<(int Mentorships, int Sessions)> SeedMentoringAsync(int count, int sessionTarget, Dictionary<string, string> roles, List<int> missions, List<int> positions, CancellationToken cancellationToken)
    {
        var mentors = new List<MentorProfile>();
        for (var i = 1; i <= Mentors; i++)
        {
            var mentor = new MentorProfile(AddUser($"load-mentor{i}", $"Load Mentor {i}", roles[Roles.Mentor]), $"Load Mentor {i}", 10);
            mentor.Describe("Former Head of Mission.", "Monthly, by video.", PickSome(Enum.GetValues<MandateArea>(), 3), PickSome(Enum.GetValues<Region>(), 2),
                [new LanguageSkill("English", LanguageLevel.Native)], [new FormerPost("HOM", "MINUSMA", 2012, 2016)]);
            db.Mentors.Add(mentor);
            mentors.Add(mentor);
        }

        var mentees = new List<MenteeProfile>();
        for (var i = 1; i <= count; i++)
        {
            var mentee = new MenteeProfile(AddUser($"load-hom{i}", $"Load Head of Mission {i}", roles[Roles.HeadOfMission]), $"Load Head of Mission {i}", Pick(missions), Pick(positions),
                DateOnly.FromDateTime(_now.AddDays(-_random.Next(30, 700))));
            mentee.SetGoals(PickSome(Goals, 2));
            db.Mentees.Add(mentee);
            mentees.Add(mentee);
        }

        await SaveAsync(cancellationToken);

        // Sessions are spread over the started mentorships so that their total is the target.
        var statuses = Enumerable.Range(0, count).Select(_ => _random.Next(100) switch { < 10 => MentorshipStatus.Proposed, < 80 => MentorshipStatus.Active, < 95 => MentorshipStatus.Completed, _ => MentorshipStatus.Ended }).ToList();
        var started = statuses.Count(s => s != MentorshipStatus.Proposed);
        int sessions = 0, startedSoFar = 0;
        for (var i = 0; i < count; i++)
        {
            var mentor = mentors[i % mentors.Count];
            var status = statuses[i];
            var startedAt = _now.AddDays(-_random.Next(60, 360));
            var mentorship = new Mentorship(mentor.Id, mentees[i].Id, (MeetingCadence)_random.Next(3), PickSome(Goals, 2), startedAt.AddDays(-7));
            if (status != MentorshipStatus.Proposed)
            {
                mentorship.AcceptByMentor(startedAt.AddDays(-3));
                mentorship.AcceptByMentee(startedAt);
                startedSoFar++;
                var mine = sessionTarget * startedSoFar / Math.Max(1, started) - sessions;
                var end = status == MentorshipStatus.Active ? _now : startedAt.AddDays((_now - startedAt).TotalDays * 0.8);
                var gap = (end - startedAt).TotalDays / (mine + 1);
                for (var s = 1; s <= mine; s++)
                {
                    var heldAt = startedAt.AddDays(gap * s);
                    var session = mentorship.LogSession(
                        new SessionDetails(heldAt, 30 + _random.Next(90), (SessionMode)_random.Next(3), PickSome(Topics, 2), mentorship.Goals.Take(1).ToList(), "We reviewed the month and agreed next steps.", null),
                        mentor.UserId,
                        heldAt.AddHours(2));
                    if (_random.Next(4) == 0)
                    {
                        session.AddActionItem("Draft the senior team's compact", ActionOwner.Mentee, DateOnly.FromDateTime(heldAt.AddDays(14)));
                    }

                    if (_random.Next(2) == 0)
                    {
                        session.RateByMentee(_random.Next(2, 5));
                    }

                    sessions++;
                }

                if (mine > 0 && _random.Next(10) == 0)
                {
                    mentorship.AnswerFit(byMentor: true, PairingFit.NotAGoodFit);
                }

                if (status == MentorshipStatus.Completed)
                {
                    mentorship.Complete(end.AddDays(1));
                }
                else if (status == MentorshipStatus.Ended)
                {
                    mentorship.EndEarly("The mentee moved to another post.", end.AddDays(1));
                }
            }

            db.Mentorships.Add(mentorship);
            if (i % 100 == 99)
            {
                await SaveAsync(cancellationToken);
            }
        }

        await SaveAsync(cancellationToken);
        return (count, sessions);
    }
}
