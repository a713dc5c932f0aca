namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// Resolves a context URL to its JSON-LD document. Implementations used for signing and verifying
/// must not reach the network, so that results never depend on a remote server.
/// </summary>
public interface IJsonLdDocumentLoader
{
    /// <summary>
    /// Loads the document at <paramref name="url"/>, or raises <see cref="JsonLdException"/> with code
    /// <see cref="JsonLdErrorCodes.LoadingDocumentFailed"/> when it is not available.
    /// </summary>
    RemoteDocument LoadDocument(string url);
}
