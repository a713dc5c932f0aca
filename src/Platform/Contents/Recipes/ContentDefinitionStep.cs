using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;

namespace ApprenantAgile.Platform.Contents.Recipes;

/// <summary>
/// The "ContentDefinition" recipe step: creates or changes content types and parts. Listed fields
/// and parts are added or replaced; those not listed are kept, as Orchard does.
/// </summary>
[Feature(PlatformFeatures.Contents)]
public sealed class ContentDefinitionStep(ContentDefinitionStepReader reader, IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public const string Name = "ContentDefinition";

    public string StepName => Name;

    public async Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        var data = await reader.ReadAsync(context, errors, cancellationToken);

        ContentRecipeShared.GetOrAdd<HashSet<string>>(context.Shared, ContentRecipeShared.ContentTypes)
            .UnionWith(data.Types.Select(t => t.Name));
        ContentRecipeShared.GetOrAdd<HashSet<string>>(context.Shared, ContentRecipeShared.ContentParts)
            .UnionWith(data.Parts.Select(p => p.Name));

        var typeParts = ContentRecipeShared.GetOrAdd<Dictionary<string, HashSet<string>>>(context.Shared, ContentRecipeShared.ContentTypeParts);
        foreach (var type in data.Types)
        {
            if (!typeParts.TryGetValue(type.Name, out var parts))
            {
                parts = new HashSet<string>(StringComparer.Ordinal);
                typeParts[type.Name] = parts;
            }

            parts.UnionWith(type.Parts.Select(p => p.Name));
            if (await definitions.GetTypeDefinitionAsync(type.Name, cancellationToken) is { } stored)
            {
                parts.UnionWith(stored.Parts.Select(p => p.Name));
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        var data = await reader.ReadAsync(context, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The ContentDefinition step {context.StepIndex} of '{context.Recipe.Source}' is invalid: {string.Join("; ", errors)}. Validate the recipe before executing it.");
        }

        foreach (var part in data.Parts)
        {
            await definitions.AlterPartDefinitionAsync(part.Name, builder =>
            {
                builder.WithDisplayName(part.DisplayName).WithDescription(part.Description);
                foreach (var field in part.Fields)
                {
                    builder.RemoveField(field.Name);
                    builder.Current.Fields.Add(field.Clone());
                }
            }, cancellationToken);
        }

        foreach (var type in data.Types)
        {
            await definitions.AlterTypeDefinitionAsync(type.Name, builder =>
            {
                builder.DisplayedAs(type.DisplayName).WithSettings(s =>
                {
                    s.Creatable = type.Settings.Creatable;
                    s.Listable = type.Settings.Listable;
                    s.Draftable = type.Settings.Draftable;
                    s.Versionable = type.Settings.Versionable;
                    s.Stereotype = type.Settings.Stereotype;
                });
                foreach (var part in type.Parts)
                {
                    builder.RemovePart(part.Name);
                    builder.Current.Parts.Add(part.Clone());
                }
            }, cancellationToken);
        }
    }
}
