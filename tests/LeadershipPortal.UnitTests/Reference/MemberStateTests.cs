using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Reference;

namespace LeadershipPortal.UnitTests.Reference;

public sealed class MemberStateTests
{
    [Fact]
    public void An_iso_code_is_kept_in_capitals()
    {
        var state = new MemberState(" Ghana ", "gha", Region.Africa);

        Assert.Equal("Ghana", state.Name);
        Assert.Equal("GHA", state.IsoCode);
    }

    [Fact]
    public void An_iso_code_longer_than_3_letters_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new MemberState("Ghana", "GHAN", Region.Africa));

        Assert.Equal("ISO code must be at most 3 characters.", error.Message);
    }
}
