using LeadershipPortal.Domain.Candidates;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.UnitTests.Candidates;

public sealed class CandidateDataRightsTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_profile_is_9_percent_complete_and_lists_what_is_missing()
    {
        var profile = new CandidateProfile("user-1", "Amina Diallo");

        var completeness = ProfileCompleteness.Evaluate(profile, hasCv: false);

        Assert.Equal(9, completeness.Percent);
        Assert.Equal(10, completeness.Missing.Count);
        Assert.Contains("your CV (PDF)", completeness.Missing);
        Assert.Contains("your nationality", completeness.Missing);
        Assert.False(completeness.IsComplete);
    }

    [Fact]
    public void A_filled_profile_with_a_cv_is_complete_and_gender_is_never_required()
    {
        var profile = Filled();

        var completeness = ProfileCompleteness.Evaluate(profile, hasCv: true);

        Assert.Null(profile.Gender);
        Assert.Equal(100, completeness.Percent);
        Assert.Empty(completeness.Missing);
        Assert.True(completeness.IsComplete);
    }

    [Fact]
    public void Without_a_cv_a_filled_profile_is_not_complete()
    {
        var completeness = ProfileCompleteness.Evaluate(Filled(), hasCv: false);

        Assert.Equal(91, completeness.Percent);
        Assert.Equal(["your CV (PDF)"], completeness.Missing);
    }

    [Fact]
    public void Withdrawing_roster_consent_also_takes_the_candidate_out_of_the_roster()
    {
        var profile = Filled();
        profile.GiveRosterConsent(Now);
        profile.PlaceInRoster(Readiness.ReadyNow);

        profile.WithdrawRosterConsent(Now.AddDays(1));

        Assert.False(profile.RosterConsent);
        Assert.Null(profile.Readiness);
        Assert.Equal(Now.AddDays(1), profile.RosterConsentChangedAtUtc);
    }

    [Fact]
    public void Erasing_removes_what_identifies_the_person_and_keeps_what_statistics_need()
    {
        var profile = Filled();
        profile.UpdatePersonalDetails("Amina Diallo", Gender.Woman, 7);

        profile.Erase(Now);

        Assert.Null(profile.UserId);
        Assert.Equal("Erased candidate", profile.FullName);
        Assert.Null(profile.CurrentPost);
        Assert.Null(profile.Education);
        Assert.Empty(profile.Languages);
        Assert.Empty(profile.FieldMissions);
        Assert.Null(profile.Nomination!.Authority);
        Assert.Equal(Gender.Woman, profile.Gender);
        Assert.Equal(7, profile.NationalityId);
        Assert.Equal(3, profile.Nomination.NominatingStateId);
        Assert.Equal(Now, profile.ErasedAtUtc);
    }

    [Theory]
    [InlineData("cv.pdf", "cv.pdf")]
    [InlineData("C:\\Users\\me\\My CV.PDF", "My CV.PDF")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("report\"<script>.pdf", "reportscript.pdf")]
    [InlineData("", "document.pdf")]
    public void Uploaded_file_names_are_cleaned_of_paths_and_markup(string given, string expected)
    {
        Assert.Equal(expected, CandidateDocument.SafeFileName(given));
    }

    [Fact]
    public void A_pdf_is_recognised_by_its_signature_not_its_name()
    {
        Assert.True(CandidateDocument.LooksLikePdf("%PDF-1.7\n"u8));
        Assert.False(CandidateDocument.LooksLikePdf("MZ\u0090\0"u8));
        Assert.False(CandidateDocument.LooksLikePdf("%PD"u8));
        Assert.False(CandidateDocument.LooksLikePdf([]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(CandidateDocument.MaxSizeBytes + 1)]
    public void An_empty_or_oversized_document_is_refused(long size)
    {
        var error = Assert.Throws<DomainRuleException>(() => new CandidateDocument(1, DocumentKind.Cv, "cv.pdf", "abc", size, new string('a', 64), Now));

        Assert.Equal("A document is between 1 byte and 10 MB.", error.Message);
    }

    private static CandidateProfile Filled()
    {
        var profile = new CandidateProfile("user-1", "Amina Diallo");
        profile.UpdatePersonalDetails("Amina Diallo", null, 7);
        profile.UpdateExperience("Deputy Special Representative, UNMISS", 12, "LL.M., University of Dakar", [Region.Africa], [MandateArea.ProtectionOfCivilians]);
        profile.SetLanguages([new LanguageSkill("French", LanguageLevel.Native), new LanguageSkill("English", LanguageLevel.Fluent)]);
        profile.SetFieldMissions([new FieldMissionExperience("UNMISS", "DSRSG", 2019, null)]);
        profile.Nominate(Nomination.ByMemberState(3, "Permanent Mission of Senegal", new DateOnly(2026, 2, 1)));
        return profile;
    }
}
