using Microsoft.Playwright;

namespace ApprenantAgile.Browser.Tests.Infrastructure;

/// <summary>Screen sizes the pages are checked at: a laptop, and a small Android phone.</summary>
public static class Viewports
{
    public static ViewportSize Desktop { get; } = new() { Width = 1280, Height = 800 };

    public static ViewportSize Phone { get; } = new() { Width = 360, Height = 740 };
}
