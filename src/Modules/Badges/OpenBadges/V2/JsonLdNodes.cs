using System.Globalization;
using System.Text.Json.Nodes;

namespace ApprenantAgile.Badges.OpenBadges.V2;

/// <summary>Helpers that the OB 2.0 builders share to write nodes, IRIs and dates.</summary>
internal static class JsonLdNodes
{
    /// <summary>Creates a top-level document with <c>@context</c>, <c>type</c> and <c>id</c>.</summary>
    public static JsonObject CreateDocument(string type, Uri id, string parameterName) => new()
    {
        ["@context"] = OpenBadgesV2.ContextUrl,
        ["type"] = type,
        ["id"] = Iri(id, parameterName),
    };

    /// <summary>Returns the absolute IRI text, or throws naming the property that holds a relative one.</summary>
    public static string Iri(Uri value, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        if (!value.IsAbsoluteUri)
        {
            throw new ArgumentException(
                $"The OB 2.0 property '{propertyName}' must be an absolute IRI, but '{value}' is relative. Use a full URL such as https://example.org/… or a urn:uuid: value.",
                propertyName);
        }

        return value.AbsoluteUri;
    }

    /// <summary>Formats an ISO 8601 date-time with seconds and an explicit UTC offset, such as 2026-03-01T09:30:00+01:00.</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Requires a non-blank text value for a property that OB 2.0 marks as required.</summary>
    public static string RequiredText(string? value, string propertyName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The OB 2.0 property '{propertyName}' is required but is empty. Provide a value.", propertyName);
        }

        return value;
    }

    public static void AddIfPresent(this JsonObject node, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            node[name] = value;
        }
    }

    public static void AddIfPresent(this JsonObject node, string name, Uri? value)
    {
        if (value is not null)
        {
            node[name] = Iri(value, name);
        }
    }
}
