using ApprenantAgile.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddApprenantAgilePlatform(typeof(Program).Assembly);

var app = builder.Build();
app.UseApprenantAgilePlatform();
app.Run();

/// <summary>Entry point type, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
