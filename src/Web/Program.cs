using ApprenantAgile.Platform.Health;
using ApprenantAgile.Platform.Hosting;
using ApprenantAgile.Platform.Setup;
using ApprenantAgile.Web.Cli;

var builder = WebApplication.CreateBuilder(args);
builder.AddApprenantAgilePlatform(typeof(Program).Assembly);

var isTenantCommand = TenantCommandHost.IsTenantCommand(args);
var isBadgeCommand = BadgeCommandHost.IsBadgeCommand(args);
var isTokenCommand = TokenCommandHost.IsTokenCommand(args);
var isPilotCommand = PilotCommandHost.IsPilotCommand(args);
var isCommand = isTenantCommand || isBadgeCommand || isTokenCommand || isPilotCommand;
if (isCommand)
{
    // Logs go to standard error, so that the command's output on standard output stays scriptable.
    builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
}

if (builder.Environment.IsDevelopment() && !isCommand)
{
    builder.Services.AddOptions<DevelopmentSeedOptions>().Bind(builder.Configuration.GetSection(DevelopmentSeedOptions.SectionName));
    builder.Services.AddHostedService<DevelopmentTenantSeeder>();
}

var app = builder.Build();

if (isBadgeCommand)
{
    // "badges ..." issues badges on a tenant and exits: no web server starts.
    return await BadgeCommandHost.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (isTokenCommand)
{
    // "tokens ..." creates, lists or revokes the national tenant's API tokens and exits.
    return await TokenCommandHost.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (isPilotCommand)
{
    // "pilot setup" sets up the national tenant and the pilot centres, then exits.
    return await PilotCommandHost.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (isTenantCommand)
{
    // "tenants ..." manages tenants and exits: no web server starts.
    return await TenantCommandHost.RunAsync(app.Services, args, Console.Out, Console.Error);
}

app.UseTenantHealthChecks();
app.UseApprenantAgilePlatform();
await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
