using System.Text.Json;
using ApprenantAgile.Badges.Abstractions;

namespace ApprenantAgile.Badges.Issuing;

/// <summary>Serialises the badge class that an assertion was issued under, and reads it back.</summary>
public static class BadgeClassSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(BadgeClassInfo badgeClass) => JsonSerializer.Serialize(badgeClass, Options);

    public static BadgeClassInfo Deserialize(string json) =>
        JsonSerializer.Deserialize<BadgeClassInfo>(json, Options)
        ?? throw new InvalidOperationException("A stored badge class snapshot contains JSON null; the assertion row is damaged.");

    public static string SerializeEvidence(IReadOnlyList<EvidenceItem> evidence) => JsonSerializer.Serialize(evidence, Options);

    public static IReadOnlyList<EvidenceItem> DeserializeEvidence(string json) =>
        JsonSerializer.Deserialize<List<EvidenceItem>>(json, Options) ?? [];
}
