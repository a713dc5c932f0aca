using ApprenantAgile.Platform.Admin.Navigation;
using ApprenantAgile.Platform.Caching;
using ApprenantAgile.Platform.Contents.Admin;
using ApprenantAgile.Platform.Contents.Data;
using ApprenantAgile.Platform.Contents.Display;
using ApprenantAgile.Platform.Contents.Fields;
using ApprenantAgile.Platform.Contents.Handlers;
using ApprenantAgile.Platform.Contents.Metadata;
using ApprenantAgile.Platform.Contents.Parts;
using ApprenantAgile.Platform.Contents.Recipes;
using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Platform.Recipes;
using ApprenantAgile.Platform.Security.Permissions;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ApprenantAgile.Platform.Contents;

/// <summary>Services of content items, definitions, fields, the content admin and its recipe steps.</summary>
[Feature(PlatformFeatures.Contents)]
public sealed class ContentsStartup : ModuleStartup
{
    public override int Order => -50;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<ContentItemStore>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<ContentHandlerInvoker>();
        services.AddScoped<ContentEditorService>();
        services.AddScoped<ContentDisplayService>();
        services.AddScoped<ContentTypeEditorService>();
        services.AddSingleton<MarkdownRenderer>();

        // The title handler comes first so that later handlers see the item's DisplayText.
        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, ContentChangeCacheSignal>();

        services.AddSingleton<ContentFieldTypes>();
        services.AddSingleton<IContentFieldType, TextField>();
        services.AddSingleton<IContentFieldType, MarkdownField>();
        services.AddSingleton<IContentFieldType, NumericField>();
        services.AddSingleton<IContentFieldType, BooleanField>();
        services.AddSingleton<IContentFieldType, DateField>();
        services.AddSingleton<IContentFieldType, MediaField>();
        services.AddSingleton<IContentFieldType, ContentPickerField>();
        services.AddSingleton<IContentFieldType, LinkField>();

        services.AddSingleton<ContentPartTypes>();
        services.AddSingleton<IContentPartType, TitlePart>();
        services.AddSingleton<IContentPartType, BodyPart>();

        services.AddScoped<IPermissionProvider, ContentPermissionProvider>();
        services.AddScoped<IPermissionProvider, ContentTypesPermissionProvider>();
        services.AddScoped<INavigationProvider, ContentsNavigationProvider>();
        services.AddScoped<INavigationProvider, ContentTypesNavigationProvider>();

        services.AddScoped<ContentDefinitionStepReader>();
        services.AddScoped<IRecipeStepHandler, ContentDefinitionStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        services.AddScoped<IDeploymentSource, ContentDefinitionDeploymentSource>();
        services.AddScoped<IDeploymentSource, ContentDeploymentSource>();
    }
}
