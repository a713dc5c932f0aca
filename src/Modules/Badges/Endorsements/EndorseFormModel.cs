namespace ApprenantAgile.Badges.Endorsements;

/// <summary>The endorsement form: a centre, the id of its profile or of one of its badge classes, and the comment.</summary>
public sealed class EndorseFormModel
{
    public const int MaxCommentLength = 2000;

    public string? Centre { get; set; }

    /// <summary>The Achievement id or Profile id to endorse, among the chosen centre's <see cref="EndorsableCentre.Targets"/>.</summary>
    public string? SubjectId { get; set; }

    public string? Comment { get; set; }
}
