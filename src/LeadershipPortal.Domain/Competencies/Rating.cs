namespace LeadershipPortal.Domain.Competencies;

/// <summary>The rating scale of every competency. The numbers are stored and averaged.</summary>
public enum Rating
{
    Unsatisfactory = 1,
    PartiallySatisfactory = 2,
    Satisfactory = 3,
    Strong = 4,
    Outstanding = 5,
}

public static class RatingScale
{
    public const int Minimum = 1;
    public const int Maximum = 5;

    public static bool IsValid(int value) => value is >= Minimum and <= Maximum;

    public static string Label(Rating rating) => rating switch
    {
        Rating.Unsatisfactory => "Unsatisfactory",
        Rating.PartiallySatisfactory => "Partially satisfactory",
        Rating.Satisfactory => "Satisfactory",
        Rating.Strong => "Strong",
        Rating.Outstanding => "Outstanding",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Not a rating."),
    };
}
