using LeadershipPortal.Domain.Common;

namespace LeadershipPortal.Domain.Reference;

public sealed class MemberState
{
    private MemberState()
    {
        Name = IsoCode = string.Empty;
    }

    public MemberState(string name, string isoCode, Region region)
    {
        Name = Guard.Required(name, "Name", 100);
        IsoCode = Guard.Required(isoCode, "ISO code", 3).ToUpperInvariant();
        Region = region;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string IsoCode { get; private set; }

    public Region Region { get; private set; }
}
