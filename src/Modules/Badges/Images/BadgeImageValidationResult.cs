namespace ApprenantAgile.Badges.Images;

/// <summary>
/// Result of <see cref="BadgeImageValidator.Validate"/>. When rejected, <see cref="Rejection"/> gives the
/// cause and <see cref="ErrorMessage"/> the message for the user in the current UI culture.
/// Width and height are known for PNG only.
/// </summary>
public sealed record BadgeImageValidationResult(
    BadgeImageFormat? Format,
    int? Width,
    int? Height,
    BadgeImageRejection? Rejection,
    string? ErrorMessage)
{
    public bool IsValid => Rejection is null;

    public static BadgeImageValidationResult Accepted(BadgeImageFormat format, int? width = null, int? height = null) =>
        new(format, width, height, null, null);

    public static BadgeImageValidationResult Rejected(BadgeImageRejection rejection, string message) =>
        new(null, null, null, rejection, message);
}
