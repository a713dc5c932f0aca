using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Default <see cref="ILiquidTemplateManager"/>: one shared <see cref="TemplateOptions"/>, a parse
/// cache keyed by the SHA-256 of the source, and a render timeout from <see cref="LiquidSandboxOptions"/>.
/// </summary>
public sealed class LiquidTemplateManager : ILiquidTemplateManager, IDisposable
{
    /// <summary>
    /// Encoder used when the caller passes none: HTML-encodes markup characters (&lt; &gt; &amp; quotes)
    /// but keeps accented letters as is, unlike <see cref="HtmlEncoder.Default"/>, which would write
    /// "à" as "&amp;#xE0;" in every French page.
    /// </summary>
    public static HtmlEncoder DefaultEncoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private readonly TemplateOptions _templateOptions;
    private readonly LiquidSandboxOptions _sandbox;
    private readonly CompositeLiquidTemplateProvider _templates;
    private readonly ILogger<LiquidTemplateManager> _logger;
    private readonly MemoryCache _parseCache;

    internal LiquidTemplateManager(
        TemplateOptions templateOptions,
        IOptions<LiquidSandboxOptions> sandbox,
        CompositeLiquidTemplateProvider templates,
        ILogger<LiquidTemplateManager> logger)
    {
        _templateOptions = templateOptions;
        _sandbox = sandbox.Value;
        _templates = templates;
        _logger = logger;
        _parseCache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _sandbox.ParseCacheSize) });
    }

    public bool TryParse(string source, [NotNullWhen(true)] out IFluidTemplate? template, [NotNullWhen(false)] out LiquidError? error)
    {
        ArgumentNullException.ThrowIfNull(source);

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
        if (_parseCache.TryGetValue(key, out template) && template is not null)
        {
            error = null;
            return true;
        }

        try
        {
            template = Parser.Parse(source);
        }
        catch (ParseException exception)
        {
            template = null;
            error = new LiquidError(FirstLine(exception.Message), exception.Position?.Line ?? 0, exception.Position?.Column ?? 0);
            return false;
        }

        _parseCache.Set(key, template, new MemoryCacheEntryOptions { Size = 1 });
        error = null;
        return true;
    }

    public ValueTask<string> RenderAsync(
        string source,
        object? model,
        IReadOnlyDictionary<string, object?>? values = null,
        TextEncoder? encoder = null,
        CancellationToken cancellationToken = default)
    {
        if (!TryParse(source, out var template, out var error))
        {
            throw new LiquidTemplateException(error);
        }

        return RenderAsync(template, model, values, encoder, cancellationToken);
    }

    public async ValueTask<string> RenderAsync(
        IFluidTemplate template,
        object? model,
        IReadOnlyDictionary<string, object?>? values = null,
        TextEncoder? encoder = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_sandbox.RenderTimeout);

        var context = new TemplateContext(_templateOptions) { CancellationToken = timeout.Token };
        if (model is not null)
        {
            context.SetValue("Model", FluidValue.Create(model, _templateOptions));
        }

        foreach (var (name, value) in values ?? new Dictionary<string, object?>())
        {
            context.SetValue(name, FluidValue.Create(value, _templateOptions));
        }

        try
        {
            return await template.RenderAsync(context, encoder ?? DefaultEncoder);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Liquid render timed out after {RenderTimeout}", _sandbox.RenderTimeout);
            throw new LiquidTemplateException(
                $"Liquid template rendering timed out after {_sandbox.RenderTimeout.TotalMilliseconds} ms. Simplify the template or raise LiquidSandboxOptions.RenderTimeout.",
                exception);
        }
        catch (FileNotFoundException exception)
        {
            // Fluid's template loader reports an include or render of an unknown template this way.
            _logger.LogWarning("Liquid render included a template that was not found: {TemplatePath}", exception.Message);
            throw new LiquidTemplateException(
                $"The template '{exception.Message}' named in an include or render tag was not found. Use the name of a template from a theme or module, such as 'Layout'.",
                exception);
        }
        catch (InvalidOperationException exception)
        {
            // Fluid reports its limits (MaxSteps, MaxRecursion, MaxOutputSize...) with InvalidOperationException.
            _logger.LogWarning("Liquid render stopped by a sandbox limit: {LimitMessage}", exception.Message);
            throw new LiquidTemplateException(
                $"Liquid template rendering stopped: {exception.Message} The sandbox allows {_sandbox.MaxSteps} steps, a recursion depth of {_sandbox.MaxRecursion} and {_sandbox.MaxOutputSize} output characters; reduce loop ranges or nesting in the template.",
                exception);
        }
    }

    public async ValueTask<string> RenderNamedAsync(
        string templateName,
        object? model,
        IReadOnlyDictionary<string, object?>? values = null,
        TextEncoder? encoder = null,
        CancellationToken cancellationToken = default)
    {
        var source = await _templates.GetTemplateSourceAsync(templateName, cancellationToken)
            ?? throw new LiquidTemplateException(
                $"Liquid template '{templateName}' was not found. Embed it in a theme assembly as Views/{templateName}.liquid, or check the name's spelling.");

        if (!TryParse(source, out var template, out var error))
        {
            throw new LiquidTemplateException(error with { Message = $"template '{templateName}': {error.Message}" });
        }

        return await RenderAsync(template, model, values, encoder, cancellationToken);
    }

    public void Dispose() => _parseCache.Dispose();

    /// <summary>Returns the first line of a Fluid parse error, without the "Source:" block Fluid appends.</summary>
    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n');
        return (end < 0 ? message : message[..end]).TrimEnd();
    }
}
