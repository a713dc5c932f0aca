using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ApprenantAgile.Platform.Admin;

/// <summary>
/// Success and error notices kept in TempData until the next page renders them with the
/// <c>_StatusMessages</c> partial, so they survive a post-redirect-get. Add already localized text.
/// </summary>
public static class StatusMessages
{
    public const string SuccessKey = "StatusMessages.Success";
    public const string ErrorKey = "StatusMessages.Error";

    public static void AddSuccess(this ITempDataDictionary tempData, string message) => Add(tempData, SuccessKey, message);

    public static void AddError(this ITempDataDictionary tempData, string message) => Add(tempData, ErrorKey, message);

    /// <summary>Returns and removes the notices stored under <paramref name="key"/>.</summary>
    public static IReadOnlyList<string> Take(this ITempDataDictionary tempData, string key) =>
        tempData[key] is string[] messages ? messages : [];

    private static void Add(ITempDataDictionary tempData, string key, string message)
    {
        var messages = tempData.Peek(key) as string[] ?? [];
        tempData[key] = messages.Append(message).ToArray();
    }
}
