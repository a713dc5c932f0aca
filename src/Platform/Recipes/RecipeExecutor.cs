using System.Text.Json.Nodes;
using ApprenantAgile.Platform.Data;
using ApprenantAgile.Platform.Features;
using ApprenantAgile.Platform.Tenants;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ApprenantAgile.Platform.Recipes;

/// <summary>
/// Runs a recipe on the current tenant in three passes: substitution of expressions, validation of
/// every step (all errors are collected, nothing is written), then execution of all the steps in
/// one transaction of the scoped <see cref="TenantDbContext"/>, rolled back if any step throws.
/// </summary>
public sealed class RecipeExecutor(
    IEnumerable<IRecipeStepHandler> handlers,
    RecipeExpressionSubstitution substitution,
    RecipeStepResolver resolver,
    TenantFeatureManager featureManager,
    TenantDbContext db,
    ITenantAccessor tenantAccessor,
    TenantHost host,
    IServiceProvider services,
    IStringLocalizer<RecipeExecutor> localizer,
    ILogger<RecipeExecutor> logger) : IRecipeExecutor
{
    public async Task<RecipeResult> ExecuteAsync(
        RecipeDescriptor recipe,
        IReadOnlyDictionary<string, string> parameters,
        CancellationToken cancellationToken = default)
    {
        var tenant = tenantAccessor.Current.Name;
        var substituted = substitution.Apply(recipe, parameters);
        if (substituted.Errors.Count > 0)
        {
            return Rejected(tenant, recipe, substituted.Errors);
        }

        var (plan, errors) = await ValidateAsync(recipe, substituted.Steps, cancellationToken);
        if (errors.Count > 0)
        {
            return Rejected(tenant, recipe, errors);
        }

        var failure = await ExecuteInTransactionAsync(tenant, recipe, plan, cancellationToken);
        return failure is null ? new RecipeResult([]) : new RecipeResult([failure]);
    }

    private async Task<(List<PlannedStep> Plan, List<RecipeError> Errors)> ValidateAsync(
        RecipeDescriptor recipe, IReadOnlyList<JsonObject> steps, CancellationToken cancellationToken)
    {
        var shared = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [RecipeEnabledFeatures.SharedKey] = new RecipeEnabledFeatures(await featureManager.GetEnabledAsync(cancellationToken)),
        };
        var plan = new List<PlannedStep>(steps.Count);
        var errors = new List<RecipeError>();

        for (var index = 0; index < steps.Count; index++)
        {
            var context = new RecipeStepContext
            {
                Recipe = recipe,
                StepIndex = index,
                StepName = steps[index]["name"]?.GetValue<string>() ?? "",
                Step = steps[index],
                Services = services,
                Shared = shared,
            };

            // Resolved in order, because an earlier "feature" step may enable the handler's feature.
            var handler = resolver.Resolve(context, handlers, errors);
            if (handler is null)
            {
                continue;
            }

            await handler.ValidateAsync(context, errors, cancellationToken);
            plan.Add(new PlannedStep(handler, context));
        }

        return (plan, errors);
    }

    private async Task<RecipeError?> ExecuteInTransactionAsync(
        string tenant, RecipeDescriptor recipe, List<PlannedStep> plan, CancellationToken cancellationToken)
    {
        var current = -1;
        var shared = new Dictionary<string, object>(StringComparer.Ordinal);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var (handler, validated) in plan)
            {
                current = validated.StepIndex;
                var context = new RecipeStepContext
                {
                    Recipe = recipe,
                    StepIndex = validated.StepIndex,
                    StepName = validated.StepName,
                    Step = validated.Step,
                    Services = services,
                    Shared = shared,
                };

                await handler.ExecuteAsync(context, cancellationToken);
                logger.LogInformation(
                    "Tenant {Tenant}: recipe {Recipe} applied step {StepName} at index {StepIndex}",
                    tenant, recipe.Name, validated.StepName, validated.StepIndex);
            }

            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Tenant {Tenant}: recipe {Recipe} applied with {StepCount} steps", tenant, recipe.Name, plan.Count);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RollBackAsync(transaction);
            logger.LogError(ex,
                "Tenant {Tenant}: recipe {Recipe} failed at step index {StepIndex}; every step was rolled back",
                tenant, recipe.Name, current);
            return new RecipeError(recipe.Source, current < 0 ? null : current, null,
                localizer["The step failed and nothing of the recipe was applied: {0}. Correct the recipe or the tenant's data and run it again.", ex.Message]);
        }
        catch (OperationCanceledException)
        {
            await RollBackAsync(transaction);
            logger.LogWarning("Tenant {Tenant}: recipe {Recipe} was cancelled at step index {StepIndex}; every step was rolled back",
                tenant, recipe.Name, current);
            throw;
        }
        finally
        {
            // Steps that change features release the tenant's context while the transaction is open,
            // so a request in between may have cached the old state: release again once it is settled.
            await host.ReleaseAsync(tenant);
        }
    }

    private async Task RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        // CancellationToken.None: the rollback must run even when the recipe was cancelled.
        await transaction.RollbackAsync(CancellationToken.None);

        // The change tracker still holds the rows saved by the rolled-back steps as if they existed.
        db.ChangeTracker.Clear();
    }

    private RecipeResult Rejected(string tenant, RecipeDescriptor recipe, IReadOnlyList<RecipeError> errors)
    {
        logger.LogWarning("Tenant {Tenant}: recipe {Recipe} rejected with {ErrorCount} errors, nothing was applied: {Errors}",
            tenant, recipe.Name, errors.Count, errors.Select(e => e.ToString()));
        return new RecipeResult(errors);
    }

    private sealed record PlannedStep(IRecipeStepHandler Handler, RecipeStepContext Context);
}
