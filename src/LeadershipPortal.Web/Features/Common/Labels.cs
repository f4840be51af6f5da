namespace LeadershipPortal.Web.Features.Common;

/// <summary>Readable names for the domain's enums, where the identifier is not already plain words.</summary>
public static class Labels
{
    public static string MandateArea(Domain.Common.MandateArea area) => area switch
    {
        Domain.Common.MandateArea.ProtectionOfCivilians => "Protection of civilians",
        Domain.Common.MandateArea.PoliticalProcess => "Political process",
        Domain.Common.MandateArea.RuleOfLaw => "Rule of law and security institutions",
        Domain.Common.MandateArea.Ddr => "Disarmament, demobilisation and reintegration",
        Domain.Common.MandateArea.Elections => "Elections",
        Domain.Common.MandateArea.HumanitarianAccess => "Humanitarian access",
        Domain.Common.MandateArea.CeasefireMonitoring => "Ceasefire monitoring",
        _ => area.ToString(),
    };

    public static string Region(Domain.Common.Region region) => region switch
    {
        Domain.Common.Region.AsiaPacific => "Asia-Pacific",
        Domain.Common.Region.MiddleEast => "Middle East",
        _ => region.ToString(),
    };

    public static string DocumentKind(Domain.Candidates.DocumentKind kind) => kind switch
    {
        Domain.Candidates.DocumentKind.Cv => "Curriculum vitae (CV)",
        Domain.Candidates.DocumentKind.NominationLetter => "Nomination letter",
        _ => kind.ToString(),
    };
}
