using System.Text.Encodings.Web;
using ApprenantAgile.Workflows.Execution;

namespace ApprenantAgile.Workflows.Expressions;

/// <summary>Renders an activity's Liquid setting against the instance's data.</summary>
public interface IWorkflowExpressionEvaluator
{
    /// <summary>
    /// Renders <paramref name="template"/> with <c>Input</c>, <c>Properties</c>, <c>Output</c>,
    /// <c>LastResult</c> and <c>Workflow</c> (WorkflowId, WorkflowTypeId, CorrelationId) in scope.
    /// Without <paramref name="encoder"/> the output is not encoded (plain text such as a subject).
    /// </summary>
    /// <exception cref="ApprenantAgile.Platform.Liquid.LiquidTemplateException">Invalid syntax, sandbox limit or timeout.</exception>
    Task<string> RenderAsync(string template, WorkflowExecutionContext context, TextEncoder? encoder = null, CancellationToken cancellationToken = default);
}
