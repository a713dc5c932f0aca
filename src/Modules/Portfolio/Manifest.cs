using ApprenantAgile.Platform.Modules;

[assembly: Module(
    Id = "ApprenantAgile.Portfolio",
    Name = "Portfolio",
    Category = "Open Badges",
    Dependencies = ["ApprenantAgile.Contents"])]
