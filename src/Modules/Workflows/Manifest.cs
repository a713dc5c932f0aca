using ApprenantAgile.Platform.Modules;

[assembly: Module(
    Id = "ApprenantAgile.Workflows",
    Name = "Workflows",
    Category = "Open Badges",
    Dependencies = ["ApprenantAgile.Contents"])]
