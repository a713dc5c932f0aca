using System.Collections.Frozen;

namespace ApprenantAgile.Badges.JsonLd;

/// <summary>The keywords of JSON-LD 1.1 and the checks built on them.</summary>
internal static class JsonLdKeywords
{
    public const string Base = "@base";
    public const string Container = "@container";
    public const string Context = "@context";
    public const string Default = "@default";
    public const string Direction = "@direction";
    public const string Graph = "@graph";
    public const string Id = "@id";
    public const string Import = "@import";
    public const string Included = "@included";
    public const string Index = "@index";
    public const string Json = "@json";
    public const string Language = "@language";
    public const string List = "@list";
    public const string Nest = "@nest";
    public const string None = "@none";
    public const string Prefix = "@prefix";
    public const string Propagate = "@propagate";
    public const string Protected = "@protected";
    public const string Reverse = "@reverse";
    public const string Set = "@set";
    public const string Type = "@type";
    public const string Value = "@value";
    public const string Version = "@version";
    public const string Vocab = "@vocab";

    private static readonly FrozenSet<string> All = new[]
    {
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph",
        "@id", "@import", "@included", "@index", "@json", "@language", "@list", "@nest", "@none",
        "@omitDefault", "@prefix", "@preserve", "@propagate", "@protected", "@requireAll", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKeyword(string? value) => value is not null && All.Contains(value);

    /// <summary>
    /// Returns true for "@" followed only by ASCII letters, the form reserved for future keywords:
    /// processors ignore such terms instead of treating them as IRIs.
    /// </summary>
    public static bool HasKeywordForm(string value)
    {
        if (value.Length < 2 || value[0] != '@')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
