namespace ApprenantAgile.Platform.Contents;

/// <summary>A localized validation message and the form field name ("{Part}.{Field}") it belongs to.</summary>
public sealed record ContentValidationError(string Key, string Message);
