using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// State shared by the term definitions created from one local context: the context map, which terms
/// are being or have been defined (to detect cycles), and the flags that apply to all of them.
/// </summary>
internal sealed record TermDefinitionScope(
    JsonObject LocalContext,
    Dictionary<string, bool> Defined,
    string? BaseUrl,
    bool Protected,
    bool OverrideProtected,
    List<string> RemoteContexts);
