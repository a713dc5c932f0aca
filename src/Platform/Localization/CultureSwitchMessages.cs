namespace ApprenantAgile.Platform.Localization;

/// <summary>msgctxt of the messages of <see cref="CultureSwitchEndpoint"/> in the platform PO files.</summary>
public sealed class CultureSwitchMessages;
