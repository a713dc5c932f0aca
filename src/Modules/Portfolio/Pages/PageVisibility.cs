namespace ApprenantAgile.Portfolio.Pages;

/// <summary>Who may read a portfolio page. Stored as its integer value: append new members only.</summary>
public enum PageVisibility
{
    /// <summary>Only the holder, signed in. The default for a new page.</summary>
    Private = 0,

    /// <summary>Anyone who has the page's share link, until its optional end date.</summary>
    LinkOnly = 1,

    /// <summary>Anyone, at the page's address.</summary>
    Public = 2,
}
