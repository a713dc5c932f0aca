using ApprenantAgile.Platform.Modules;

[assembly: Module(
    Id = "ApprenantAgile.Portfolio",
    Name = "Portfolio",
    Description = "Badge holders publish pages of chosen badges and evidence, private, by link or public, and share each badge.",
    Category = "Open Badges",
    Dependencies = ["ApprenantAgile.Badges.Applications"])]
