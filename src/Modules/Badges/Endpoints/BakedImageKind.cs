namespace ApprenantAgile.Badges.Endpoints;

/// <summary>The four baked images of an assertion: PNG or SVG, carrying the hosted JSON or the signed JWS.</summary>
public sealed record BakedImageKind(string FileName, string Format, bool Signed)
{
    public static readonly BakedImageKind HostedPng = new("image.png", "png", false);
    public static readonly BakedImageKind HostedSvg = new("image.svg", "svg", false);
    public static readonly BakedImageKind SignedPng = new("signed-image.png", "png", true);
    public static readonly BakedImageKind SignedSvg = new("signed-image.svg", "svg", true);

    public static IReadOnlyList<BakedImageKind> All { get; } = [HostedPng, HostedSvg, SignedPng, SignedSvg];

    public static BakedImageKind? FromFileName(string fileName) => All.FirstOrDefault(k => k.FileName == fileName);

    public string ContentType => Format == "png" ? "image/png" : "image/svg+xml";
}
