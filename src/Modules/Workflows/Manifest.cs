using ApprenantAgile.Platform.Modules;
using ApprenantAgile.Workflows;

[assembly: Module(
    Id = WorkflowsFeatures.Main,
    Name = "Workflows",
    Category = "Open Badges",
    Description = "Workflow types edited in the admin, their instances, and the activities they run.",
    Dependencies = ["ApprenantAgile.Contents"])]

[assembly: Feature(Id = WorkflowsFeatures.Http, Name = "HTTP workflow activities", Category = "Open Badges",
    Description = "Signal events that resume a workflow instance through a signed URL.",
    Dependencies = [WorkflowsFeatures.Main])]
