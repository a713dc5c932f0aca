namespace ApprenantAgile.Badges.Baking;

/// <summary>The bytes given to bake or unbake are not a well-formed PNG or SVG. The message says which check failed and where.</summary>
public sealed class InvalidBadgeImageException(string message, Exception? innerException = null)
    : FormatException(message, innerException);
