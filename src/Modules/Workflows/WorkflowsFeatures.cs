namespace ApprenantAgile.Workflows;

/// <summary>Ids of the Workflows module's features, for [Feature] attributes and recipes.</summary>
public static class WorkflowsFeatures
{
    public const string Main = "ApprenantAgile.Workflows";

    /// <summary>The signal event and the <c>POST /workflows/signal/{token}</c> endpoint.</summary>
    public const string Http = "ApprenantAgile.Workflows.Http";
}
