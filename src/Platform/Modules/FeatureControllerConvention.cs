using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace ApprenantAgile.Platform.Modules;

/// <summary>Tags every MVC controller action with the feature of its controller, for the feature gate.</summary>
public sealed class FeatureControllerConvention(FeatureCatalogue catalogue) : IControllerModelConvention
{
    public void Apply(ControllerModel controller)
    {
        var assembly = controller.ControllerType.Assembly;
        if (!catalogue.ModuleAssemblies.Contains(assembly))
        {
            return;
        }

        var metadata = new FeatureMetadata(catalogue.FeatureIdOf(controller.ControllerType));
        foreach (var selector in controller.Selectors)
        {
            selector.EndpointMetadata.Add(metadata);
        }

        foreach (var action in controller.Actions)
        {
            foreach (var selector in action.Selectors)
            {
                selector.EndpointMetadata.Add(metadata);
            }
        }
    }
}
