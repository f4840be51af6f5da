using LeadershipPortal.Domain.Common;
using LeadershipPortal.Domain.Reference;

namespace LeadershipPortal.UnitTests.Reference;

public sealed class MissionTests
{
    [Fact]
    public void A_mission_code_is_kept_in_capitals_and_its_mandate_areas_once_each_in_order()
    {
        var mission = new Mission(
            "monusco",
            "United Nations Organization Stabilization Mission in the DR Congo",
            "Democratic Republic of the Congo",
            Region.Africa,
            [MandateArea.Ddr, MandateArea.ProtectionOfCivilians, MandateArea.Ddr]);

        Assert.Equal("MONUSCO", mission.Code);
        Assert.Equal([MandateArea.ProtectionOfCivilians, MandateArea.Ddr], mission.MandateAreas);
    }

    [Fact]
    public void A_mission_without_a_host_country_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Mission("UNMISS", "UN Mission in South Sudan", " ", Region.Africa, []));

        Assert.Equal("Host country is required.", error.Message);
    }
}
