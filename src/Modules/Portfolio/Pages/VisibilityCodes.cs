namespace ApprenantAgile.Portfolio.Pages;

/// <summary>The codes that templates and forms use for <see cref="PageVisibility"/>: "private", "link" and "public".</summary>
public static class VisibilityCodes
{
    public const string Private = "private";
    public const string LinkOnly = "link";
    public const string Public = "public";

    public static string Of(PageVisibility visibility) => visibility switch
    {
        PageVisibility.LinkOnly => LinkOnly,
        PageVisibility.Public => Public,
        _ => Private,
    };

    public static PageVisibility? Parse(string? code) => code switch
    {
        Private => PageVisibility.Private,
        LinkOnly => PageVisibility.LinkOnly,
        Public => PageVisibility.Public,
        _ => null,
    };
}
