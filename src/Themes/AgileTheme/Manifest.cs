using ApprenantAgile.Platform.Modules;

[assembly: Module(
    Id = "AgileTheme",
    Name = "Agile theme",
    Description = "The public theme of the APP network: layout, home, catalogue, badge and portfolio pages.",
    Category = "Themes",
    IsTheme = true)]
