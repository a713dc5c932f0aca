namespace ApprenantAgile.Platform.Localization;

/// <summary>
/// One translation read from a PO file: <c>msgctxt</c>, <c>msgid</c>, optional <c>msgid_plural</c>
/// and the <c>msgstr</c> forms (one form, or one per plural index for <c>msgstr[n]</c>).
/// </summary>
public sealed record PoEntry(string? Context, string Id, string? PluralId, IReadOnlyList<string> Translations)
{
    /// <summary>Key used by the catalogue, with gettext's EOT separator between context and id.</summary>
    public string Key => CreateKey(Context, Id);

    public static string CreateKey(string? context, string id) =>
        string.IsNullOrEmpty(context) ? id : context + "\u0004" + id;
}
