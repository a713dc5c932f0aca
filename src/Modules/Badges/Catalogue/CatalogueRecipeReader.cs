using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Badges.Catalogue;

/// <summary>A problem in a catalogue step, at a property path such as "badges[3].family".</summary>
public sealed record CatalogueError(string Property, string Message);

/// <summary>
/// Reads the body of a "BadgeCatalogue" recipe step (catalogueVersion, framework, levels, families,
/// badges) and reports every missing text, unknown family or level and duplicate, with its path.
/// </summary>
public sealed partial class CatalogueRecipeReader(IStringLocalizer<CatalogueRecipeReader> S)
{
    public NationalCatalogue? Read(JsonObject step, List<CatalogueError> errors)
    {
        var start = errors.Count;
        var version = RequiredText(step, "catalogueVersion", "catalogueVersion", errors);
        var framework = ReadFramework(step["framework"], errors);
        var levels = ReadList(step, "levels", errors, ReadLevel);
        var families = ReadList(step, "families", errors, ReadFamily);
        var badges = ReadList(step, "badges", errors, ReadBadge);

        CheckUnique(levels.Select(l => l.Code), "levels", "code", errors);
        CheckUnique(families.Select(f => f.Code), "families", "code", errors);
        CheckUnique(badges.Select(b => b.Slug), "badges", "slug", errors);
        CheckReferences(badges, families, levels, errors);

        return errors.Count > start ? null : new NationalCatalogue(version!, framework!, levels, families, badges);
    }

    private CatalogueFramework? ReadFramework(JsonNode? node, List<CatalogueError> errors)
    {
        if (node is not JsonObject framework)
        {
            errors.Add(new("framework", S["The catalogue has no \"framework\" object. Add the framework's name and URL."]));
            return null;
        }

        var name = RequiredText(framework, "name", "framework.name", errors);
        var url = RequiredText(framework, "url", "framework.url", errors);
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            errors.Add(new("framework.url", S["\"{0}\" is not an absolute URL. Give the framework's full address, starting with https://.", url]));
            return null;
        }

        return name is null || url is null ? null : new CatalogueFramework(name, OptionalText(framework, "description"), new Uri(url));
    }

    private CatalogueLevel? ReadLevel(JsonObject level, string path, List<CatalogueError> errors)
    {
        var code = RequiredCode(level, $"{path}.code", errors);
        var name = RequiredText(level, "name", $"{path}.name", errors);
        var description = RequiredText(level, "description", $"{path}.description", errors);
        if (level["rank"] is not JsonValue rankValue || !rankValue.TryGetValue<int>(out var rank) || rank < 1)
        {
            errors.Add(new($"{path}.rank", S["The level's \"rank\" must be a whole number from 1 (first level) upward."]));
            return null;
        }

        return code is null || name is null || description is null ? null : new CatalogueLevel(code, name, rank, description);
    }

    private CatalogueFamily? ReadFamily(JsonObject family, string path, List<CatalogueError> errors)
    {
        var code = RequiredCode(family, $"{path}.code", errors);
        var name = RequiredText(family, "name", $"{path}.name", errors);
        var color = RequiredText(family, "color", $"{path}.color", errors);
        var frameworkCode = RequiredText(family, "frameworkCode", $"{path}.frameworkCode", errors);
        var frameworkName = RequiredText(family, "frameworkName", $"{path}.frameworkName", errors);
        if (color is not null && !ColorPattern().IsMatch(color))
        {
            errors.Add(new($"{path}.color", S["The colour \"{0}\" is invalid. Write it as # followed by six hexadecimal digits, for example #1F5FAD.", color]));
            return null;
        }

        return code is null || name is null || color is null || frameworkCode is null || frameworkName is null
            ? null
            : new CatalogueFamily(code, name, color.ToUpperInvariant(), frameworkCode, frameworkName, OptionalText(family, "frameworkDescription"));
    }

    private CatalogueBadge? ReadBadge(JsonObject badge, string path, List<CatalogueError> errors)
    {
        var slug = RequiredCode(badge, $"{path}.slug", errors, "slug");
        var name = RequiredText(badge, "name", $"{path}.name", errors);
        var description = RequiredText(badge, "description", $"{path}.description", errors);
        var criteria = RequiredText(badge, "criteria", $"{path}.criteria", errors);
        int? validity = null;
        if (badge["validityMonths"] is JsonNode validityNode)
        {
            if (validityNode is not JsonValue value || !value.TryGetValue<int>(out var months) || months < 1)
            {
                errors.Add(new($"{path}.validityMonths", S["\"validityMonths\" must be a whole number of months, 1 or more, or be left out for a badge that does not expire."]));
                return null;
            }

            validity = months;
        }

        var tags = new List<string>();
        if (badge["tags"] is JsonArray tagArray)
        {
            for (var index = 0; index < tagArray.Count; index++)
            {
                if (tagArray[index] is JsonValue tag && tag.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
                {
                    tags.Add(text.Trim());
                }
                else
                {
                    errors.Add(new($"{path}.tags[{index}]", S["Each tag must be a non-empty text."]));
                }
            }
        }

        return slug is null || name is null || description is null || criteria is null ? null : new CatalogueBadge
        {
            Slug = slug,
            Name = name,
            Description = description,
            Criteria = criteria,
            ExpectedEvidence = OptionalText(badge, "expectedEvidence"),
            Family = OptionalText(badge, "family"),
            Level = OptionalText(badge, "level"),
            Audience = OptionalText(badge, "audience"),
            Tags = tags,
            ValidityMonths = validity,
        };
    }

    private void CheckReferences(IReadOnlyList<CatalogueBadge> badges, IReadOnlyList<CatalogueFamily> families, IReadOnlyList<CatalogueLevel> levels, List<CatalogueError> errors)
    {
        var familyCodes = families.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var levelCodes = levels.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < badges.Count; index++)
        {
            var badge = badges[index];
            if (badge.Family is { } family && !familyCodes.Contains(family))
            {
                errors.Add(new($"badges[{index}].family", S["The family \"{0}\" of badge \"{1}\" is unknown. Use one of: {2}.", family, badge.Slug, string.Join(", ", familyCodes)]));
            }

            if (badge.Level is { } level && !levelCodes.Contains(level))
            {
                errors.Add(new($"badges[{index}].level", S["The level \"{0}\" of badge \"{1}\" is unknown. Use one of: {2}.", level, badge.Slug, string.Join(", ", levelCodes)]));
            }

            if ((badge.Family is null) != (badge.Level is null))
            {
                errors.Add(new($"badges[{index}]", S["Badge \"{0}\" has a family without a level, or a level without a family. Give both, or neither for a badge outside the families.", badge.Slug]));
            }
        }
    }

    private void CheckUnique(IEnumerable<string> values, string list, string property, List<CatalogueError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var value in values)
        {
            if (!seen.Add(value))
            {
                errors.Add(new($"{list}[{index}].{property}", S["\"{0}\" appears twice in \"{1}\". Each {2} must be unique.", value, list, property]));
            }

            index++;
        }
    }

    private List<T> ReadList<T>(JsonObject step, string property, List<CatalogueError> errors, Func<JsonObject, string, List<CatalogueError>, T?> read)
        where T : class
    {
        if (step[property] is not JsonArray array || array.Count == 0)
        {
            errors.Add(new(property, S["The catalogue has no \"{0}\" list, or it is empty. Add at least one entry.", property]));
            return [];
        }

        var items = new List<T>(array.Count);
        for (var index = 0; index < array.Count; index++)
        {
            var path = $"{property}[{index}]";
            if (array[index] is not JsonObject entry)
            {
                errors.Add(new(path, S["Each entry of \"{0}\" must be an object.", property]));
            }
            else if (read(entry, path, errors) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private string? RequiredCode(JsonObject entry, string path, List<CatalogueError> errors, string property = "code")
    {
        var code = RequiredText(entry, property, path, errors);
        if (code is not null && !CodePattern().IsMatch(code))
        {
            errors.Add(new(path, S["\"{0}\" is not a valid code. Use lowercase letters without accents, digits and dashes, for example \"numerique-batisseur\".", code]));
            return null;
        }

        return code;
    }

    private string? RequiredText(JsonObject entry, string property, string path, List<CatalogueError> errors)
    {
        var text = OptionalText(entry, property);
        if (text is null)
        {
            errors.Add(new(path, S["The text \"{0}\" is missing or empty. Fill it in.", property]));
        }

        return text;
    }

    private static string? OptionalText(JsonObject entry, string property) =>
        entry[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();
}
