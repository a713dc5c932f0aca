using Microsoft.Extensions.DependencyInjection;

namespace ApprenantAgile.Workflows.Activities;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>
    /// Registers an activity kind. It is available on the tenants where the feature of
    /// <typeparamref name="TActivity"/> (its [Feature] attribute, else its module) is enabled.
    /// </summary>
    public static IServiceCollection AddActivity<TActivity>(this IServiceCollection services)
        where TActivity : class, IActivity
    {
        services.AddTransient<TActivity>();
        services.AddSingleton(new ActivityRegistration(typeof(TActivity).Name, typeof(TActivity)));
        return services;
    }
}
