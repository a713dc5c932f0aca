namespace ApprenantAgile.Badges.Endorsements;

/// <summary>The endorsements in force about one centre, looked up by the id of what they endorse.</summary>
public sealed class ReceivedEndorsements(IReadOnlyList<ReceivedEndorsement> all)
{
    public static readonly ReceivedEndorsements None = new([]);

    public IReadOnlyList<ReceivedEndorsement> All => all;

    /// <summary>Returns the endorsements whose <c>credentialSubject.id</c> is <paramref name="subjectId"/>, oldest first.</summary>
    public IReadOnlyList<ReceivedEndorsement> About(string subjectId) =>
        all.Where(e => string.Equals(e.SubjectId, subjectId, StringComparison.Ordinal)).ToList();
}
