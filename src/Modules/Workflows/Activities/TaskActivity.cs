using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Workflows.Activities;

/// <summary>An activity that does its work when reached and returns its outcomes at once.</summary>
public abstract class TaskActivity : ActivityBase
{
    protected TaskActivity(IStringLocalizer localizer)
    {
        Localizer = localizer;
    }

    protected IStringLocalizer Localizer { get; }

    public override LocalizedString Category => Localizer["Tasks"];
}
