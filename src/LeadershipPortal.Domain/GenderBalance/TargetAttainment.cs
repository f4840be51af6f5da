namespace LeadershipPortal.Domain.GenderBalance;

public enum AttainmentStatus
{
    Met,

    /// <summary>Below the target by at most <see cref="TargetAttainment.ClosePoints"/> percentage points.</summary>
    Close,
    NotMet,

    /// <summary>The share cannot be published: it rests on fewer than five people, or there is nobody yet.</summary>
    NotReportable,
}

/// <summary>How a share of women compares with a target: met, close (within 5 points below), or not met.</summary>
public sealed record TargetAttainment(int TargetPercent, double? SharePercent, AttainmentStatus Status)
{
    public const double ClosePoints = 5.0;

    /// <summary>Percentage points above (positive) or below (negative) the target.</summary>
    public double? Gap => SharePercent - TargetPercent;

    public string Words => Status switch
    {
        AttainmentStatus.Met => "Met",
        AttainmentStatus.Close => "Close",
        AttainmentStatus.NotMet => "Not met",
        _ => "Not reportable",
    };

    /// <param name="share">The share of women (0–1) as published; null when it is withheld or there is nobody.</param>
    public static TargetAttainment Evaluate(int targetPercent, double? share)
    {
        if (share is not { } s)
        {
            return new TargetAttainment(targetPercent, null, AttainmentStatus.NotReportable);
        }

        var percent = s * 100;

        // Rounded to a tenth of a point first, as the page shows it, so that the words never contradict the number.
        var shown = Math.Round(percent, 1);
        var status = shown >= targetPercent ? AttainmentStatus.Met
            : targetPercent - shown <= ClosePoints ? AttainmentStatus.Close
            : AttainmentStatus.NotMet;
        return new TargetAttainment(targetPercent, percent, status);
    }
}
