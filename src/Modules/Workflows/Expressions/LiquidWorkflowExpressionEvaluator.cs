using System.Text.Encodings.Web;
using ApprenantAgile.Platform.Liquid;
using ApprenantAgile.Workflows.Execution;
using Fluid;

namespace ApprenantAgile.Workflows.Expressions;

/// <summary>
/// Renders settings through the platform's Liquid sandbox. The instance's data is passed as
/// dictionaries of JSON values, so no view-model type is registered and no .NET member is reachable.
/// </summary>
public sealed class LiquidWorkflowExpressionEvaluator(ILiquidTemplateManager liquid) : IWorkflowExpressionEvaluator
{
    public async Task<string> RenderAsync(string template, WorkflowExecutionContext context, TextEncoder? encoder = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(template))
        {
            return "";
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Input"] = JsonLiquidValues.ToLiquid(context.Input),
            ["Properties"] = JsonLiquidValues.ToLiquid(context.Properties),
            ["Output"] = JsonLiquidValues.ToLiquid(context.Output),
            ["LastResult"] = JsonLiquidValues.ToLiquid(context.LastResult),
            ["Workflow"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["WorkflowId"] = context.WorkflowId,
                ["WorkflowTypeId"] = context.WorkflowType.WorkflowTypeId,
                ["CorrelationId"] = context.CorrelationId,
            },
        };

        return await liquid.RenderAsync(template, model: null, values, encoder ?? NullEncoder.Default, cancellationToken);
    }
}
