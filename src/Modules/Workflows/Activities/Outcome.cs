using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities;

/// <summary>A named exit of an activity; transitions leave from it. <see cref="Name"/> is stored, the display text is shown.</summary>
public sealed record Outcome(string Name, LocalizedString DisplayText);
