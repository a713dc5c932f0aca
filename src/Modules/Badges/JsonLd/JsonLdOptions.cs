namespace ApprenantAgile.Badges.JsonLd;

/// <summary>Options of <see cref="JsonLdProcessor"/>.</summary>
public sealed class JsonLdOptions
{
    public JsonLdOptions(IJsonLdDocumentLoader documentLoader)
    {
        DocumentLoader = documentLoader ?? throw new ArgumentNullException(nameof(documentLoader));
    }

    /// <summary>Loader that resolves every context URL. It decides whether anything leaves the process.</summary>
    public IJsonLdDocumentLoader DocumentLoader { get; }

    /// <summary>
    /// Absolute IRI that relative IRIs in the document resolve against, or null to keep them relative
    /// (relative IRIs are then dropped when converting to RDF).
    /// </summary>
    public string? Base { get; init; }

    /// <summary>
    /// When true, expansion raises <see cref="JsonLdErrorCodes.SafeModeViolation"/> for a property or
    /// a type that does not expand to an absolute IRI, and conversion to RDF raises it for any
    /// statement it would drop, instead of silently losing data (Data Integrity signers need this).
    /// </summary>
    public bool SafeMode { get; init; }

    /// <summary>Maximum number of nested remote contexts before "context overflow" is raised.</summary>
    public int MaxRemoteContexts { get; init; } = 32;
}
