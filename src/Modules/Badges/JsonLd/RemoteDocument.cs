using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>A document returned by <see cref="IJsonLdDocumentLoader"/>: its final URL and its parsed JSON.</summary>
/// <param name="DocumentUrl">URL of the document after any redirection, used as base URL of its contexts.</param>
/// <param name="Document">Parsed document. Callers must treat it as read-only because loaders share it.</param>
public sealed record RemoteDocument(string DocumentUrl, JsonNode Document);
