using ApprenantAgile.Platform.Modules;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Recipes.Steps;

/// <summary>
/// The "themes" step: <c>{ "name": "themes", "site": "AgileTheme" }</c> sets the front theme.
/// Orchard's "admin" property is not supported, as the admin has a single built-in layout.
/// </summary>
[Feature(PlatformFeatures.Recipes)]
public sealed class ThemesStep(FeatureCatalogue catalogue, IStringLocalizer<ThemesStep> localizer) : IRecipeStepHandler
{
    private const string SiteProperty = "site";

    public string StepName => "themes";

    public Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        if (context.Step.ContainsKey("admin"))
        {
            errors.Add(context.Error("admin", localizer[
                "The admin theme cannot be changed: the admin has a single layout. Remove the \"admin\" property."]));
        }

        if (!RecipeStepProperties.TryReadString(context, SiteProperty, errors, localizer, out var theme))
        {
            return Task.CompletedTask;
        }

        if (theme is null)
        {
            errors.Add(context.Error(SiteProperty, localizer[
                "The \"themes\" step has no \"site\" property. Add the id of the front theme, for example \"AgileTheme\"."]));
            return Task.CompletedTask;
        }

        SiteThemeSelection.Validate(context, SiteProperty, theme, catalogue, errors, localizer);
        return Task.CompletedTask;
    }

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        SiteThemeSelection.ApplyAsync(context, context.Step[SiteProperty]!.GetValue<string>(), cancellationToken);
}
