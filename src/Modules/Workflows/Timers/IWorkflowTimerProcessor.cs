namespace ApprenantAgile.Workflows.Timers;

/// <summary>Resumes the instances of a tenant whose timers are due.</summary>
public interface IWorkflowTimerProcessor
{
    /// <summary>
    /// Resumes, on tenant <paramref name="tenantName"/>, every instance halted on a TimerEvent whose
    /// due time has passed by the injected <see cref="TimeProvider"/>. Returns how many resumed.
    /// Does nothing on a tenant where the Workflows feature is disabled.
    /// </summary>
    Task<int> ProcessDueTimersAsync(string tenantName, CancellationToken cancellationToken = default);
}
