namespace ApprenantAgile.Web.Pilot;

/// <summary>
/// Where a pilot learner's application ends up. Each scenario goes through the real services: the
/// learner's draft and evidence, the submission that starts the review workflow, and the trainers'
/// decisions. A submitted application does not stay "Submitted": the centre recipe's workflow moves
/// it to "InReview" as soon as it starts, so <see cref="InReview"/> covers both.
/// </summary>
public enum PilotScenario
{
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Refused,
}
