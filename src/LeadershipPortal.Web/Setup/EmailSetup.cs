using System.Net;
using System.Net.Mail;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.Web.Setup;

public sealed class EmailOptions
{
    /// <summary>Where messages are written as .eml files when no SMTP host is configured.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string From { get; set; } = "no-reply@leadershipportal.test";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

public static class EmailSetup
{
    public static IHostApplicationBuilder AddPortalEmail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration("Email").ValidateOnStart();
        builder.Services.AddTransient<IEmailSender, SmtpOrPickupEmailSender>();
        return builder;
    }
}

/// <summary>
/// Sends through SMTP when <c>Email:Smtp:Host</c> is set; otherwise writes each message as an .eml file
/// to <c>Email:PickupDirectory</c>, which is what Development and the tests read.
/// </summary>
internal sealed class SmtpOrPickupEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<SmtpOrPickupEmailSender> logger) : IEmailSender
{
    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, email, subject, htmlMessage) { IsBodyHtml = true };
        using var client = CreateClient(settings);
        await client.SendMailAsync(message);
        logger.LogInformation("Sent an email with subject {Subject}", subject);
    }

    private SmtpClient CreateClient(EmailOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            return new SmtpClient(settings.Smtp.Host, settings.Smtp.Port)
            {
                EnableSsl = settings.Smtp.EnableSsl,
                Credentials = settings.Smtp.UserName is null ? null : new NetworkCredential(settings.Smtp.UserName, settings.Smtp.Password),
            };
        }

        var directory = Path.IsPathRooted(settings.PickupDirectory)
            ? settings.PickupDirectory
            : Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
        Directory.CreateDirectory(directory);
        return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = directory };
    }
}
