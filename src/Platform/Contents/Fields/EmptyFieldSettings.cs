namespace ApprenantAgile.Platform.Contents.Fields;

/// <summary>Settings of a field type that has no options beyond Required and Hint.</summary>
public sealed class EmptyFieldSettings;
