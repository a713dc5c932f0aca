namespace ApprenantAgile.Badges.Review;

/// <summary>
/// The action names of the default review user task. A workflow may offer other names; every action
/// except <see cref="Approve"/> needs a comment, because the learner must learn why.
/// </summary>
public static class ReviewActions
{
    public const string Approve = "Valider";
    public const string RequestChanges = "Demander un complément";
    public const string Refuse = "Refuser";

    public static bool RequiresComment(string action) => !string.Equals(action, Approve, StringComparison.Ordinal);
}
