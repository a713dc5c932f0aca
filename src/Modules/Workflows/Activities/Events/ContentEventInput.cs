using System.Text.Json.Nodes;

namespace ApprenantAgile.Workflows.Activities.Events;

/// <summary>
/// The input of the content events, as the content handlers pass it to
/// <c>IWorkflowManager.TriggerEventAsync</c>; <see cref="Create"/> builds it.
/// </summary>
public static class ContentEventInput
{
    public const string ContentType = "ContentType";
    public const string ContentItemId = "ContentItemId";

    public static JsonObject Create(string contentType, string contentItemId) => new()
    {
        [ContentType] = contentType,
        [ContentItemId] = contentItemId,
    };
}
