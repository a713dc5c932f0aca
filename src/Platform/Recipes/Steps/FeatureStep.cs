using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Recipes.Steps;

/// <summary>
/// The "feature" step: <c>{ "name": "feature", "enable": ["Id", …], "disable": ["Id", …] }</c>.
/// Enabling a feature also enables its dependencies and runs their migrations; "disable" runs
/// after "enable".
/// </summary>
[Feature(PlatformFeatures.Recipes)]
public sealed class FeatureStep(FeatureCatalogue catalogue, IStringLocalizer<FeatureStep> localizer) : IRecipeStepHandler
{
    public const string Name = "feature";
    private const string EnableProperty = "enable";
    private const string DisableProperty = "disable";

    public string StepName => Name;

    public Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken)
    {
        var enableTyped = RecipeStepProperties.TryReadStringArray(context, EnableProperty, errors, localizer, out var enable);
        var disableTyped = RecipeStepProperties.TryReadStringArray(context, DisableProperty, errors, localizer, out var disable);
        if (!enableTyped || !disableTyped)
        {
            return Task.CompletedTask;
        }

        var tenant = context.Services.GetRequiredService<ITenantAccessor>().Current.Settings;
        var features = RecipeEnabledFeatures.Of(context);
        var knownEnable = ValidateEnable(context, enable, tenant, errors);
        features.Enable(catalogue.WithDependencies(knownEnable));

        var knownDisable = ValidateDisable(context, disable, features.Features, errors);
        features.Disable(knownDisable);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        RecipeStepProperties.TryReadStringArray(context, EnableProperty, errors, localizer, out var enable);
        RecipeStepProperties.TryReadStringArray(context, DisableProperty, errors, localizer, out var disable);
        var manager = context.Services.GetRequiredService<TenantFeatureManager>();

        if (enable.Count > 0)
        {
            ThrowIfFailed(await manager.EnableAsync(enable, cancellationToken), EnableProperty);
        }

        if (disable.Count > 0)
        {
            ThrowIfFailed(await manager.DisableAsync(disable, cancellationToken), DisableProperty);
        }
    }

    private List<string> ValidateEnable(RecipeStepContext context, IReadOnlyList<string> ids, TenantSettings tenant, IList<RecipeError> errors)
    {
        var known = new List<string>();
        for (var index = 0; index < ids.Count; index++)
        {
            var feature = catalogue.Find(ids[index]);
            if (feature is null)
            {
                errors.Add(context.Error($"{EnableProperty}[{index}]", localizer[
                    "The feature \"{0}\" does not exist. Correct the id; feature ids are listed on the features page of the admin.", ids[index]]));
                continue;
            }

            // A dependency reserved for the national tenant blocks its dependents on a centre too.
            var reserved = catalogue.WithDependencies([feature.Id])
                .Select(id => catalogue.Find(id)!)
                .Where(f => f.DefaultTenantOnly && !tenant.IsDefault)
                .ToList();
            foreach (var blocked in reserved)
            {
                errors.Add(context.Error($"{EnableProperty}[{index}]", localizer[
                    "The feature \"{0}\" ({1}) is reserved for the national tenant and cannot be enabled on the centre \"{2}\". Remove it from the recipe.",
                    blocked.Name, blocked.Id, tenant.Name]));
            }

            if (reserved.Count == 0)
            {
                known.Add(feature.Id);
            }
        }

        return known;
    }

    private List<string> ValidateDisable(RecipeStepContext context, IReadOnlyList<string> ids, IReadOnlySet<string> enabled, IList<RecipeError> errors)
    {
        var known = new List<string>();
        var requested = ids.ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < ids.Count; index++)
        {
            var property = $"{DisableProperty}[{index}]";
            var feature = catalogue.Find(ids[index]);
            if (feature is null)
            {
                errors.Add(context.Error(property, localizer[
                    "The feature \"{0}\" does not exist. Correct the id; feature ids are listed on the features page of the admin.", ids[index]]));
                continue;
            }

            if (feature.IsAlwaysEnabled)
            {
                errors.Add(context.Error(property, localizer[
                    "The feature \"{0}\" ({1}) is essential to the platform and cannot be disabled. Remove it from \"disable\".", feature.Name, feature.Id]));
                continue;
            }

            var dependents = catalogue.DependentsOf(feature.Id, enabled).Where(d => !requested.Contains(d)).ToList();
            if (dependents.Count > 0)
            {
                errors.Add(context.Error(property, localizer[
                    "The feature \"{0}\" ({1}) cannot be disabled because these features need it: {2}. Disable them in the same step.",
                    feature.Name, feature.Id, string.Join(", ", dependents)]));
                continue;
            }

            known.Add(feature.Id);
        }

        return known;
    }

    private static void ThrowIfFailed(FeatureChangeResult result, string property)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"\"{property}\": {string.Join(" ", result.Errors)}");
        }
    }
}
