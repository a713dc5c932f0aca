using System.Net.Mail;
using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Documents;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Recipes.Steps;

/// <summary>
/// The "settings" step sets the tenant's <see cref="SiteSettings"/>: the properties SiteName,
/// Culture, TimeZone, ContactEmail and Theme, and any other property whose value is an object as
/// a section of <see cref="SiteSettings.Properties"/>, which replaces the stored section whole.
/// Properties left out keep their value.
/// </summary>
[Feature(PlatformFeatures.Recipes)]
public sealed class SettingsStep(FeatureCatalogue catalogue, IStringLocalizer<SettingsStep> localizer) : IRecipeStepHandler
{
    public const string Name = "settings";

    public string StepName => Name;

    public Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        foreach (var (property, node) in context.Step)
        {
            switch (property)
            {
                case "name":
                    break;

                case nameof(SiteSettings.SiteName):
                    if (ReadString(context, property, errors, out var siteName) && string.IsNullOrWhiteSpace(siteName))
                    {
                        errors.Add(context.Error(property, localizer["The site name is empty. Give the site a name."]));
                    }

                    break;

                case nameof(SiteSettings.Culture):
                    if (ReadString(context, property, errors, out var culture) && !SiteSettingsRules.IsKnownCulture(culture!))
                    {
                        errors.Add(context.Error(property, localizer[
                            "\"{0}\" is not a known culture. Use a culture name such as \"fr-FR\" or \"en-GB\".", culture!]));
                    }

                    break;

                case nameof(SiteSettings.TimeZone):
                    if (ReadString(context, property, errors, out var timeZone) && !SiteSettingsRules.IsKnownTimeZone(timeZone!))
                    {
                        errors.Add(context.Error(property, localizer[
                            "\"{0}\" is not a known time zone. Use an IANA time zone id such as \"Europe/Paris\" or \"America/Cayenne\".", timeZone!]));
                    }

                    break;

                case nameof(SiteSettings.ContactEmail):
                    if (ReadString(context, property, errors, out var email) && !IsEmailAddress(email!))
                    {
                        errors.Add(context.Error(property, localizer[
                            "\"{0}\" is not a valid e-mail address. Use an address such as \"contact@app-exemple.fr\", without a display name.", email!]));
                    }

                    break;

                case nameof(SiteSettings.Theme):
                    if (ReadString(context, property, errors, out var theme))
                    {
                        SiteThemeSelection.Validate(context, property, theme!, catalogue, errors, localizer);
                    }

                    break;

                default:
                    if (node is not JsonObject)
                    {
                        errors.Add(context.Error(property, localizer[
                            "\"{0}\" is not a site setting. Use SiteName, Culture, TimeZone, ContactEmail or Theme, or an object for a module's settings section.", property]));
                    }

                    break;
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step[nameof(SiteSettings.Theme)]?.GetValue<string>() is { } theme)
        {
            await SiteThemeSelection.ApplyAsync(context, theme, cancellationToken);
        }

        var documents = context.Services.GetRequiredService<IDocumentStore>();
        var settings = await documents.GetAsync<SiteSettings>(cancellationToken);

        foreach (var (property, node) in context.Step)
        {
            var text = node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
            switch (property)
            {
                case "name" or nameof(SiteSettings.Theme):
                    break;
                case nameof(SiteSettings.SiteName):
                    settings.SiteName = text!;
                    break;
                case nameof(SiteSettings.Culture):
                    settings.Culture = text!;
                    break;
                case nameof(SiteSettings.TimeZone):
                    settings.TimeZone = text!;
                    break;
                case nameof(SiteSettings.ContactEmail):
                    settings.ContactEmail = text;
                    break;
                default:
                    settings.Properties[property] = node!.DeepClone();
                    break;
            }
        }

        await documents.SaveAsync(settings, cancellationToken);
    }

    /// <summary>Reads a setting that must be a non-null string; null counts as ill-typed here.</summary>
    private bool ReadString(RecipeStepContext context, string property, IList<RecipeError> errors, out string? value)
    {
        if (context.Step[property] is null)
        {
            value = null;
            errors.Add(context.Error(property, localizer[
                "The property \"{0}\" must be a string, but it is {1}.", property, RecipeJsonKinds.Describe(null, localizer)]));
            return false;
        }

        return RecipeStepProperties.TryReadString(context, property, errors, localizer, out value);
    }

    private static bool IsEmailAddress(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text.Trim() && address.DisplayName.Length == 0;
}
