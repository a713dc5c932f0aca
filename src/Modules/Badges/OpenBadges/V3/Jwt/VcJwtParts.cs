using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V3.Jwt;

/// <summary>The decoded JOSE header and payload of a compact JWS, before its signature is checked.</summary>
public sealed record VcJwtParts(JsonObject Header, JsonObject Payload);
