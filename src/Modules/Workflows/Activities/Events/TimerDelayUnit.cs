namespace ApprenantAgile.Workflows.Activities.Events;

public enum TimerDelayUnit
{
    Minutes,
    Hours,
    Days,
}
