namespace ApprenantAgile.Badges.Applications;

/// <summary>What a thread entry records. Stored as its integer value: append new members only.</summary>
public enum ThreadEntryKind
{
    Submitted = 0,
    Resubmitted = 1,

    /// <summary>A reviewer chose an action of the review user task.</summary>
    Decision = 2,
}
