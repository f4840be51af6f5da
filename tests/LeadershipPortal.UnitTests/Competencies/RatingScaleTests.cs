using LeadershipPortal.Domain.Competencies;

namespace LeadershipPortal.UnitTests.Competencies;

public sealed class RatingScaleTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Only_1_to_5_is_a_valid_rating(int value, bool valid)
    {
        Assert.Equal(valid, RatingScale.IsValid(value));
    }

    [Theory]
    [InlineData(Rating.Unsatisfactory, 1, "Unsatisfactory")]
    [InlineData(Rating.PartiallySatisfactory, 2, "Partially satisfactory")]
    [InlineData(Rating.Satisfactory, 3, "Satisfactory")]
    [InlineData(Rating.Strong, 4, "Strong")]
    [InlineData(Rating.Outstanding, 5, "Outstanding")]
    public void Each_rating_has_its_number_and_label(Rating rating, int number, string label)
    {
        Assert.Equal(number, (int)rating);
        Assert.Equal(label, RatingScale.Label(rating));
    }
}
