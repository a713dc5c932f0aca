using System.Text.Json.Nodes;

namespace ApprenantAgile.Workflows.Activities;

/// <summary>The activity kinds of the current tenant: those whose feature is enabled.</summary>
public interface IActivityLibrary
{
    IReadOnlyList<ActivityRegistration> ListAvailable();

    /// <summary>
    /// Creates the activity of kind <paramref name="name"/> with these settings, or returns null when
    /// no activity of that name is registered or its feature is not in <paramref name="enabledFeatures"/>
    /// (the current tenant's features when null).
    /// </summary>
    IActivity? Create(string name, JsonObject properties, IReadOnlySet<string>? enabledFeatures = null);
}
