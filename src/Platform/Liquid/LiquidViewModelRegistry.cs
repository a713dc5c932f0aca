using System.Collections.Concurrent;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Allowlist of the CLR types whose public instance properties Liquid templates can read.
/// Members of any other type, methods (such as <c>GetType</c>), fields and indexers are never
/// reachable from a template. Modules register their view models with
/// <c>services.AddLiquidViewModel&lt;T&gt;()</c>.
/// </summary>
/// <remarks>
/// A registered type exposes every public property, so a view model must not have properties that
/// return services, <see cref="Type"/> objects or secrets. Values of unregistered types render as
/// nothing (see <see cref="LiquidValueConverters"/>).
/// </remarks>
public sealed class LiquidViewModelRegistry
{
    private readonly ConcurrentDictionary<Type, bool> _types = new();

    public LiquidViewModelRegistry Register<T>() => Register(typeof(T));

    public LiquidViewModelRegistry Register(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);

        var isUnsafe = type == typeof(object) || type.IsInterface || type.IsPrimitive
            || type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal)
                || ns.StartsWith("Microsoft.", StringComparison.Ordinal));
        if (isUnsafe)
        {
            throw new ArgumentException(
                $"Type '{type.FullName}' cannot be exposed to Liquid templates: only concrete application view model classes can be registered. Create a view model that copies the values the template needs.",
                nameof(type));
        }

        _types[type] = true;
        return this;
    }

    public bool IsRegistered(Type type) => _types.ContainsKey(type);

    public IReadOnlyCollection<Type> Types => _types.Keys.ToArray();
}
