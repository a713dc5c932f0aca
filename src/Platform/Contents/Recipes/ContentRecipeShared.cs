using ApprenantAgile.Platform.Recipes;

namespace ApprenantAgile.Platform.Contents.Recipes;

/// <summary>
/// Keys of <see cref="RecipeStepContext.Shared"/> where a ContentDefinition step records the types and
/// parts it declares, so that later steps of the same recipe can use them before anything is saved.
/// </summary>
public static class ContentRecipeShared
{
    /// <summary>A <c>HashSet&lt;string&gt;</c> of declared content type names.</summary>
    public const string ContentTypes = "ContentTypes";

    /// <summary>A <c>HashSet&lt;string&gt;</c> of declared part names.</summary>
    public const string ContentParts = "ContentParts";

    /// <summary>A <c>Dictionary&lt;string, HashSet&lt;string&gt;&gt;</c>: declared type name to the part keys it attaches.</summary>
    public const string ContentTypeParts = "ContentTypeParts";

    public static T GetOrAdd<T>(IDictionary<string, object> shared, string key) where T : class, new()
    {
        if (shared.TryGetValue(key, out var value) && value is T typed)
        {
            return typed;
        }

        typed = new T();
        shared[key] = typed;
        return typed;
    }
}
