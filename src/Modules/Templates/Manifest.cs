using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Templates;

[assembly: Module(
    Id = TemplatesFeature.Id,
    Name = "Templates",
    Category = "Themes",
    Description = "Lets staff override the theme's Liquid templates for their site, with a preview and a syntax check at save time.")]
