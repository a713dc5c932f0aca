namespace ApprenantAgile.Workflows;

/// <summary>Settings of the workflow engine, bound from the "Workflows" configuration section.</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflows";

    /// <summary>How long a trigger waits for an instance's lock before it skips that instance (logged as a warning).</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the timer service looks for due timers on every running tenant.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Maximum number of activities one start or resume runs before the instance faults. Stops a
    /// loop of tasks with no event in it; raise it for workflows that iterate on purpose.
    /// </summary>
    public int MaxActivitiesPerRun { get; set; } = 1000;

    /// <summary>
    /// How many times a run tries to save an instance when the database rejects the save (a busy or
    /// locked SQLite file, a dropped connection). After the last attempt the instance faults.
    /// </summary>
    public int MaxSaveAttempts { get; set; } = 3;

    /// <summary>Wait before the second save attempt; each further attempt waits this much longer.</summary>
    public TimeSpan SaveRetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}
