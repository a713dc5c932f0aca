using System.Text.RegularExpressions;

namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>
/// Rules for technical names of types, parts and fields: they become JSON keys, form field names
/// and URL segments, so they are identifiers of ASCII letters, digits and underscores.
/// </summary>
public static partial class ContentDefinitionNames
{
    public const int MaxLength = 64;

    public static bool IsValid(string? name) => name is not null && IdentifierPattern().IsMatch(name);

    /// <summary>Raises <see cref="ArgumentException"/> naming the value and the rule when <paramref name="name"/> is not valid.</summary>
    public static void EnsureValid(string? name, string kind)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException(
                $"The {kind} name '{name}' is invalid. Use 1 to {MaxLength} ASCII letters, digits or underscores, starting with a letter (for example 'Article').",
                nameof(name));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
