namespace ApprenantAgile.Badges.Images;

public enum BadgeImageFormat
{
    Png,
    Svg,
}
