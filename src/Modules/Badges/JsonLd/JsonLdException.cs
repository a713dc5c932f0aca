namespace ApprenantAgile.Badges.JsonLd;

/// <summary>
/// Error raised by JSON-LD processing. <see cref="Code"/> is the error code defined by
/// JSON-LD 1.1 Processing Algorithms (for example "protected term redefinition"), or
/// "safe mode violation" for the safe-mode checks of this implementation.
/// </summary>
public sealed class JsonLdException : Exception
{
    public JsonLdException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public JsonLdException(string code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; }
}
