using ApprenantAgile.Portfolio.Pages;

namespace ApprenantAgile.Portfolio.Editor;

/// <summary>
/// The page form as posted: text fields, visibility, the last day of the share link, and the chosen
/// badges in page order with their chosen evidence ids. Ids are as posted; the editor keeps only
/// those of badges and evidence the holder has.
/// </summary>
public sealed record PageForm(
    string Title,
    string Introduction,
    PageVisibility? Visibility,
    string ShareEndDateText,
    DateOnly? ShareEndDate,
    IReadOnlyList<PageItem> Items);
