namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// HTML that the platform marks safe: templates output it without encoding, and the <c>raw</c>
/// filter passes it through. Create it only from sanitised or platform-generated markup, never from
/// user input as is.
/// </summary>
public sealed record LiquidHtml(string Html)
{
    public override string ToString() => Html;
}
