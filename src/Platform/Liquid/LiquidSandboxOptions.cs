namespace ApprenantAgile.Platform.Liquid;

/// <summary>
/// Limits and allowlist of the Liquid sandbox. The host binds the limits to the "Liquid" configuration
/// section (for example Liquid:RenderTimeout=00:00:10). They are read once, when the template options
/// are built at the first use of <see cref="ILiquidTemplateManager"/>; later changes have no effect.
/// </summary>
public sealed class LiquidSandboxOptions
{
    public const string SectionName = "Liquid";

    /// <summary>Types whose public properties templates may read. See <see cref="LiquidViewModelRegistry"/>.</summary>
    public LiquidViewModelRegistry ViewModels { get; } = new();

    /// <summary>
    /// Maximum number of statements one render executes, loop iterations included, before it fails.
    /// 0 disables the limit. The default (100,000) is a guess sized for theme pages, not a measurement.
    /// </summary>
    public int MaxSteps { get; set; } = 100_000;

    /// <summary>Maximum nesting depth of include/render calls and macros during a render.</summary>
    public int MaxRecursion { get; set; } = 20;

    /// <summary>Maximum number of characters one render outputs. 0 disables the limit.</summary>
    public int MaxOutputSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Wall-clock time after which a render is cancelled and fails with a 500. It includes the time the
    /// render waits for a thread, so a server under heavy load may need more than the default.
    /// </summary>
    public TimeSpan RenderTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Maximum number of parsed templates kept in the parse cache.</summary>
    public int ParseCacheSize { get; set; } = 500;
}
