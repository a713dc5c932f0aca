using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Recipes.Steps;

/// <summary>
/// Choosing the site theme from a recipe, shared by the "themes" and "settings" steps: the id must
/// be a theme module, and choosing it enables its feature, as a disabled theme cannot render.
/// </summary>
public static class SiteThemeSelection
{
    public static bool Validate(
        RecipeStepContext context, string property, string themeId, FeatureCatalogue catalogue, IList<RecipeError> errors, IStringLocalizer localizer)
    {
        if (!SiteSettingsRules.IsTheme(catalogue, themeId))
        {
            var themes = string.Join(", ", catalogue.Features.Where(f => f.IsTheme).Select(f => f.Id));
            errors.Add(context.Error(property, localizer[
                "\"{0}\" is not a theme. Use the id of a theme module: {1}.", themeId, themes]));
            return false;
        }

        RecipeEnabledFeatures.Of(context).Enable(catalogue.WithDependencies([themeId]));
        return true;
    }

    public static async Task ApplyAsync(RecipeStepContext context, string themeId, CancellationToken cancellationToken)
    {
        var result = await context.Services.GetRequiredService<TenantFeatureManager>().EnableAsync([themeId], cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Enabling the theme '{themeId}' failed: {string.Join(" ", result.Errors)}");
        }

        var documents = context.Services.GetRequiredService<Documents.IDocumentStore>();
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);
        settings.Theme = themeId;
        await documents.SaveAsync(settings, cancellationToken);
    }
}
