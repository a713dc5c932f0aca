using System.Collections;
using Fluid.Values;
using Microsoft.AspNetCore.Html;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Conversions applied when a CLR value enters a template. <see cref="LiquidHtml"/> and
/// <see cref="HtmlString"/> become unencoded strings. An object of a type that is neither a
/// registered view model, a scalar (string, number, date, Guid, enum) nor a collection becomes nil,
/// so services, <see cref="Type"/> objects and other framework values render as nothing.
/// </summary>
internal static class LiquidValueConverters
{
    public static Func<object, object?> Create(IReadOnlySet<Type> registeredTypes) => value => value switch
    {
        FluidValue => null,
        LiquidHtml html => StringValue.Create(html.Html, encode: false),
        HtmlString html => StringValue.Create(html.Value ?? string.Empty, encode: false),
        _ when IsAllowed(value.GetType(), registeredTypes) => null,
        _ => NilValue.Instance,
    };

    private static bool IsAllowed(Type type, IReadOnlySet<Type> registeredTypes) =>
        registeredTypes.Contains(type)
        || type.IsPrimitive
        || type.IsEnum
        || type == typeof(string)
        || type == typeof(decimal)
        || type == typeof(DateTime)
        || type == typeof(DateTimeOffset)
        || type == typeof(DateOnly)
        || type == typeof(TimeOnly)
        || type == typeof(TimeSpan)
        || type == typeof(Guid)
        || IsCollection(type);

    /// <summary>
    /// Arrays, lists and dictionaries from the BCL. Their items are converted one by one, so an
    /// unregistered item still becomes nil. Other enumerable types are rejected because they could
    /// be services that happen to implement <see cref="IEnumerable"/>.
    /// </summary>
    private static bool IsCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        var isBclCollection = type.Namespace is "System.Collections.Generic" or "System.Collections"
            or "System.Collections.Immutable" or "System.Collections.Frozen" or "System.Collections.ObjectModel"
            || type.FullName?.StartsWith("System.Linq.", StringComparison.Ordinal) == true;
        return isBclCollection && typeof(IEnumerable).IsAssignableFrom(type);
    }
}
