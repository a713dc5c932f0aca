namespace ApprenantAgile.Platform.Contents.Metadata;

/// <summary>
/// Reads and changes the current tenant's content types and parts. Returned definitions are copies:
/// change them through the Alter methods, which validate and save.
/// </summary>
public interface IContentDefinitionManager
{
    Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync(CancellationToken cancellationToken = default);

    Task<ContentPartDefinition?> GetPartDefinitionAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentPartDefinition>> ListPartDefinitionsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or changes a type. Parts the type attaches get an empty part definition when they have none.
    /// Raises <see cref="ArgumentException"/> on an invalid name.
    /// </summary>
    Task<ContentTypeDefinition> AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or changes a part. Raises <see cref="ArgumentException"/> on an invalid name, an
    /// unknown field type or field settings of the wrong JSON type.
    /// </summary>
    Task<ContentPartDefinition> AlterPartDefinitionAsync(string name, Action<ContentPartDefinitionBuilder> alter, CancellationToken cancellationToken = default);

    /// <summary>Deletes a type; its items stay in the database but can no longer be edited or shown.</summary>
    Task DeleteTypeDefinitionAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes a part; raises <see cref="InvalidOperationException"/> while a type still attaches it.</summary>
    Task DeletePartDefinitionAsync(string name, CancellationToken cancellationToken = default);
}
