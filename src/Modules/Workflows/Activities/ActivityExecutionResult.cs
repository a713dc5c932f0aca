namespace ApprenantAgile.Workflows.Activities;

/// <summary>
/// What an activity returns: the outcomes whose transitions the manager follows, a halt (the
/// activity blocks until triggered, or until <see cref="DueUtc"/> for a timer), or nothing (this
/// path of the workflow ends).
/// </summary>
public sealed class ActivityExecutionResult
{
    private ActivityExecutionResult(IReadOnlyList<string> outcomes, bool isHalted, DateTime? dueUtc)
    {
        OutcomeNames = outcomes;
        IsHalted = isHalted;
        DueUtc = dueUtc;
    }

    public static ActivityExecutionResult Noop { get; } = new([], false, null);

    public static ActivityExecutionResult Halted { get; } = new([], true, null);

    public IReadOnlyList<string> OutcomeNames { get; }

    public bool IsHalted { get; }

    /// <summary>For a halt: when the timer processor resumes the activity (UTC); null to wait for a trigger.</summary>
    public DateTime? DueUtc { get; }

    public static ActivityExecutionResult FromOutcomes(params string[] outcomes) => new(outcomes, false, null);

    public static ActivityExecutionResult HaltUntil(DateTime dueUtc) =>
        new([], true, DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc));
}
