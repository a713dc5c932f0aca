using ApprenantAgile.Platform.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace ApprenantAgile.Tests.Email;

public sealed class SmtpSettingsValidatorTests
{
    private readonly SmtpSettingsValidator _validator = new();

    [Fact]
    public void Defaults_WithSender_Pass()
    {
        var result = _validator.Validate(null, new SmtpSettings { DefaultSender = EmailTestContext.DefaultSender });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Defaults_UsePickupDirectoryMode()
    {
        var settings = new SmtpSettings();

        Assert.Equal(SmtpDeliveryMethod.PickupDirectory, settings.DeliveryMethod);
        Assert.Equal("App_Data/Mail", settings.PickupDirectory);
    }

    [Fact]
    public void Network_WithHostAndPort_Passes()
    {
        var result = _validator.Validate(null, CreateNetworkSettings());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void MissingDefaultSender_Fails()
    {
        var result = _validator.Validate(null, new SmtpSettings());

        Assert.True(result.Failed);
        Assert.Contains("Email:DefaultSender is missing", result.FailureMessage);
    }

    [Fact]
    public void InvalidDefaultSender_FailsNamingValue()
    {
        var result = _validator.Validate(null, new SmtpSettings { DefaultSender = "no-reply" });

        Assert.Contains("Email:DefaultSender \"no-reply\"", result.FailureMessage);
    }

    [Fact]
    public void Network_WithoutHost_Fails()
    {
        var settings = CreateNetworkSettings();
        settings.Host = " ";

        var result = _validator.Validate(null, settings);

        Assert.Contains("Email:Host is missing", result.FailureMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65536)]
    public void Network_PortOutOfRange_Fails(int port)
    {
        var settings = CreateNetworkSettings();
        settings.Port = port;

        var result = _validator.Validate(null, settings);

        Assert.Contains($"Email:Port {port} is outside 1..65535", result.FailureMessage);
    }

    [Fact]
    public void PickupDirectory_IgnoresMissingHost()
    {
        var result = _validator.Validate(null, new SmtpSettings { DefaultSender = EmailTestContext.DefaultSender, Port = 0 });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void PickupDirectory_Empty_Fails()
    {
        var settings = new SmtpSettings { DefaultSender = EmailTestContext.DefaultSender, PickupDirectory = "" };

        var result = _validator.Validate(null, settings);

        Assert.Contains("Email:PickupDirectory is empty", result.FailureMessage);
    }

    [Fact]
    public void PasswordWithoutUserName_Fails()
    {
        var settings = CreateNetworkSettings();
        settings.Password = "secret";

        var result = _validator.Validate(null, settings);

        Assert.Contains("Email:Password is set but Email:UserName is empty", result.FailureMessage);
    }

    [Fact]
    public void FailureMessage_OmitsPassword()
    {
        var settings = CreateNetworkSettings();
        settings.Host = null;
        settings.Password = "TrèsSecret42";

        var result = _validator.Validate(null, settings);

        Assert.DoesNotContain("TrèsSecret42", result.FailureMessage);
    }

    [Fact]
    public void AddPlatformEmail_ValidatesOnStart()
    {
        using var context = new EmailTestContext(new Dictionary<string, string?>
        {
            ["DeliveryMethod"] = "Network",
            ["DefaultSender"] = EmailTestContext.DefaultSender,
        });
        var startupValidator = context.Services.GetRequiredService<IStartupValidator>();

        var exception = Assert.Throws<OptionsValidationException>(startupValidator.Validate);

        Assert.Contains("Email:Host is missing", exception.Message);
    }

    [Fact]
    public void AddPlatformEmail_BindsEmailSection()
    {
        using var context = new EmailTestContext(new Dictionary<string, string?>
        {
            ["DeliveryMethod"] = "Network",
            ["DefaultSender"] = EmailTestContext.DefaultSender,
            ["Host"] = "smtp.example.org",
            ["Port"] = "587",
            ["SecureSocketOptions"] = "StartTls",
        });

        var settings = context.Services.GetRequiredService<IOptions<SmtpSettings>>().Value;

        Assert.Equal("smtp.example.org", settings.Host);
        Assert.Equal(587, settings.Port);
        Assert.Equal(MailKit.Security.SecureSocketOptions.StartTls, settings.SecureSocketOptions);
    }

    private static SmtpSettings CreateNetworkSettings() => new()
    {
        DeliveryMethod = SmtpDeliveryMethod.Network,
        DefaultSender = EmailTestContext.DefaultSender,
        Host = "smtp.example.org",
        Port = 587,
    };
}
