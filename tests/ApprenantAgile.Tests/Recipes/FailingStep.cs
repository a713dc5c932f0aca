using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;

namespace ApprenantAgile.Tests.Recipes;

/// <summary>A test step that passes validation and throws when executed, to check the rollback of earlier steps.</summary>
[Feature(PlatformFeatures.Recipes)]
public sealed class FailingStep : IRecipeStepHandler
{
    public const string Name = "test-failure";
    public const string FailureMessage = "The test step failed on purpose.";

    public string StepName => Name;

    public Task ValidateAsync(RecipeStepContext context, IList<RecipeError> errors, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(FailureMessage);
}
