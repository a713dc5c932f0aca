namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// A Liquid template that could not be parsed or rendered: syntax error, sandbox limit reached
/// (steps, recursion, output size) or render timeout. <see cref="Error"/> is set for syntax errors.
/// </summary>
public sealed class LiquidTemplateException : Exception
{
    public LiquidTemplateException(LiquidError error)
        : base(error.ToString())
    {
        Error = error;
    }

    public LiquidTemplateException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public LiquidError? Error { get; }
}
