using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Reference;

public sealed class Mission
{
    private Mission()
    {
        Code = Name = HostCountry = string.Empty;
    }

    public Mission(string code, string name, string hostCountry, Region region, IEnumerable<MandateArea> mandateAreas)
    {
        Code = Guard.Required(code, "Mission code", 20).ToUpperInvariant();
        Name = Guard.Required(name, "Mission name", 200);
        HostCountry = Guard.Required(hostCountry, "Host country", 100);
        Region = region;
        MandateAreas = mandateAreas.Distinct().Order().ToList();
    }

    public int Id { get; private set; }

    /// <summary>The short code people use, such as MONUSCO.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Free text: some hosts are territories, not Member States.</summary>
    public string HostCountry { get; private set; }

    public Region Region { get; private set; }

    public List<MandateArea> MandateAreas { get; private set; } = [];
}
