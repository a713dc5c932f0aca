using ApprenantAgile.Platform.Modules;

[assembly: Module(
    Id = "ApprenantAgile.Badges",
    Name = "Badges",
    Category = "Open Badges",
    Dependencies = ["ApprenantAgile.Contents"])]
