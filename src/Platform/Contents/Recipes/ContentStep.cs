using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Contents.Recipes;

/// <summary>
/// The "content" recipe step: imports the item versions of its "data" array with their ids, so
/// running an exported recipe again updates the same items instead of duplicating them.
/// </summary>
[Feature(PlatformFeatures.Contents)]
public sealed class ContentStep(
    IContentDefinitionManager definitions,
    IContentManager contentManager,
    IStringLocalizer<ContentStep> S) : IRecipeStepHandler
{
    public const string Name = "content";

    public string StepName => Name;

    public async Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        await ReadItemsAsync(context, errors, cancellationToken);
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        var items = await ReadItemsAsync(context, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The content step {context.StepIndex} of '{context.Recipe.Source}' is invalid: {string.Join("; ", errors)}. Validate the recipe before executing it.");
        }

        foreach (var item in items)
        {
            await contentManager.ImportAsync(item, cancellationToken);
        }
    }

    private async Task<List<ContentItem>> ReadItemsAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        var json = new RecipeJson(context, errors, S);
        var items = new List<ContentItem>();
        var stored = (await definitions.ListTypeDefinitionsAsync(cancellationToken)).ToDictionary(t => t.Name, StringComparer.Ordinal);

        foreach (var (itemJson, path) in json.Objects(json.Array(context.Step, "data", "", required: true) ?? [], "data"))
        {
            if (ReadItem(json, context.Shared, stored, itemJson, path) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private ContentItem? ReadItem(
        RecipeJson json, IDictionary<string, object> shared, Dictionary<string, ContentTypeDefinition> stored,
        JsonObject itemJson, string path)
    {
        var errorCount = json.Errors.Count;
        var contentItemId = ReadId(json, itemJson, nameof(ContentItem.ContentItemId), path, required: true);
        var versionId = ReadId(json, itemJson, nameof(ContentItem.ContentItemVersionId), path, required: false);
        var contentType = json.String(itemJson, nameof(ContentItem.ContentType), path, required: true);

        var item = new ContentItem
        {
            ContentItemId = contentItemId ?? "",
            ContentItemVersionId = versionId ?? ContentItemIds.New(),
            ContentType = contentType ?? "",
            DisplayText = json.String(itemJson, nameof(ContentItem.DisplayText), path, required: false),
            Latest = json.Boolean(itemJson, nameof(ContentItem.Latest), path) ?? true,
            Published = json.Boolean(itemJson, nameof(ContentItem.Published), path) ?? true,
            Owner = json.String(itemJson, nameof(ContentItem.Owner), path, required: false),
            Author = json.String(itemJson, nameof(ContentItem.Author), path, required: false),
            CreatedUtc = json.Date(itemJson, nameof(ContentItem.CreatedUtc), path),
            ModifiedUtc = json.Date(itemJson, nameof(ContentItem.ModifiedUtc), path),
            PublishedUtc = json.Date(itemJson, nameof(ContentItem.PublishedUtc), path),
        };

        var knownParts = contentType is null ? null : KnownParts(json, shared, stored, contentType, path);
        foreach (var (partName, partJson) in ContentItemJson.Parts(itemJson))
        {
            var partPath = RecipeJson.Join(path, partName);
            if (partJson is not JsonObject partObject)
            {
                json.Error(partPath, S["The part \"{0}\" must be a JSON object.", partName]);
                continue;
            }

            if (knownParts is not null && !knownParts.Contains(partName))
            {
                json.Error(partPath, S["The content type \"{0}\" has no part \"{1}\". Attach the part to the type or remove it from the item.", contentType!, partName]);
                continue;
            }

            item.Content[partName] = partObject.DeepClone();
        }

        return json.Errors.Count == errorCount ? item : null;
    }

    /// <summary>Returns the part keys of the type, or null when only its name is known; reports an unknown type.</summary>
    private HashSet<string>? KnownParts(
        RecipeJson json, IDictionary<string, object> shared, Dictionary<string, ContentTypeDefinition> stored,
        string contentType, string path)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        var isKnown = false;
        if (stored.TryGetValue(contentType, out var type))
        {
            parts.UnionWith(type.Parts.Select(p => p.Name));
            isKnown = true;
        }

        if (shared.TryGetValue(ContentRecipeShared.ContentTypeParts, out var declared)
            && declared is Dictionary<string, HashSet<string>> typeParts
            && typeParts.TryGetValue(contentType, out var declaredParts))
        {
            parts.UnionWith(declaredParts);
            isKnown = true;
        }

        if (!isKnown && shared.TryGetValue(ContentRecipeShared.ContentTypes, out var names)
            && names is HashSet<string> typeNames && typeNames.Contains(contentType))
        {
            return null;
        }

        if (!isKnown)
        {
            json.Error(RecipeJson.Join(path, nameof(ContentItem.ContentType)),
                S["The content type \"{0}\" is not defined. Define it in a ContentDefinition step before this one.", contentType]);
            return null;
        }

        return parts;
    }

    private string? ReadId(RecipeJson json, JsonObject itemJson, string property, string path, bool required)
    {
        var id = json.String(itemJson, property, path, required);
        if (id is not null && !ContentItemIds.IsValid(id))
        {
            json.Error(RecipeJson.Join(path, property),
                S["\"{0}\" is not a valid id. Use 1 to 64 letters, digits, '-' or '_'.", id]);
            return null;
        }

        return id;
    }
}
