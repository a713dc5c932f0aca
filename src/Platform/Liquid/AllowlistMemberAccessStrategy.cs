using System.Collections.Concurrent;
using System.Reflection;
using Fluid;
using Fluid.Accessors;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Fluid member access strategy that returns readable public instance properties of the types in a
/// fixed allowlist, and nothing else: no methods, fields, static or non-public members, and no
/// members of unregistered types (including base types of a registered type that are not registered).
/// </summary>
internal sealed class AllowlistMemberAccessStrategy : MemberAccessStrategy
{
    private readonly IReadOnlySet<Type> _allowedTypes;
    private readonly ConcurrentDictionary<(Type Type, string Name), MemberAccessor?> _accessors = new();

    public AllowlistMemberAccessStrategy(IEnumerable<Type> allowedTypes)
    {
        _allowedTypes = allowedTypes.ToHashSet();
    }

    public override MemberAccessor? GetAccessor(Type type, string name, StringComparer comparer)
    {
        if (!_allowedTypes.Contains(type))
        {
            return null;
        }

        return _accessors.GetOrAdd((type, name), key => FindProperty(key.Type, key.Name, comparer));
    }

    /// <summary>Rejected: the allowlist is fixed when the template options are built.</summary>
    public override void Register(Type type, string name, MemberAccessor accessor) =>
        throw new InvalidOperationException(
            $"Cannot register member '{name}' of '{type.FullName}' after the Liquid template options are built. Register the type with services.AddLiquidViewModel<T>() at startup instead.");

    private static MemberAccessor? FindProperty(Type type, string name, StringComparer comparer)
    {
        var property = type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => comparer.Equals(p.Name, name) && p.CanRead
                && p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0);

        return property is null ? null : new PropertyInfoAccessor(property);
    }
}
