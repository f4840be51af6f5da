using LeadershipPortal.Domain.Applications;
using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Assessments;

/// <summary>
/// HR's record of how the panel resolved a disagreement on one competency (ratings two or more points apart).
/// It clears the disagreement flag; shortlisting is refused while a flag is unresolved.
/// </summary>
public sealed class ConsensusNote
{
    private ConsensusNote()
    {
        Note = ByUserId = string.Empty;
    }

    public ConsensusNote(int applicationId, ApplicationStage stage, int competencyId, string note, string byUserId, DateTime atUtc)
    {
        ApplicationId = applicationId;
        Stage = stage;
        CompetencyId = competencyId;
        Note = Guard.Required(note, "A consensus note", 2000);
        ByUserId = Guard.Required(byUserId, "User", 450);
        AtUtc = Guard.Utc(atUtc);
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public ApplicationStage Stage { get; private set; }

    public int CompetencyId { get; private set; }

    public string Note { get; private set; }

    public string ByUserId { get; private set; }

    public DateTime AtUtc { get; private set; }
}
