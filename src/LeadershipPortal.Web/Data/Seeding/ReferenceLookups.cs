using Microsoft.EntityFrameworkCore;

namespace LeadershipPortal.Web.Data.Seeding;

/// <summary>Natural key → id maps the demo seeder resolves names and codes with; an unknown key is a data error.</summary>
internal sealed class ReferenceLookups
{
    private Dictionary<string, int> _states = [];
    private Dictionary<string, int> _missions = [];
    private Dictionary<string, int> _positions = [];
    private Dictionary<string, int> _competencies = [];
    private Dictionary<int, string> _competencyNames = [];

    public static async Task<ReferenceLookups> LoadAsync(PortalDbContext db, CancellationToken cancellationToken) => new()
    {
        _states = await db.MemberStates.ToDictionaryAsync(s => s.Name, s => s.Id, StringComparer.OrdinalIgnoreCase, cancellationToken),
        _missions = await db.Missions.ToDictionaryAsync(m => m.Code, m => m.Id, StringComparer.OrdinalIgnoreCase, cancellationToken),
        _positions = await db.PositionTypes.ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.OrdinalIgnoreCase, cancellationToken),
        _competencies = await db.Competencies.ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase, cancellationToken),
        _competencyNames = await db.Competencies.ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken),
    };

    public string CompetencyName(int id) => _competencyNames[id];

    public int? StateIdOrNull(string? name) => name is null ? null : Find(_states, name, "Member State");

    public int MissionId(string code) => Find(_missions, code, "mission");

    public int PositionTypeId(string code) => Find(_positions, code, "position type");

    public int CompetencyId(string code) => Find(_competencies, code, "competency");

    private static int Find(Dictionary<string, int> map, string key, string what) =>
        map.TryGetValue(key, out var id) ? id : throw new InvalidDataException($"The seed data names an unknown {what}: {key}.");
}
