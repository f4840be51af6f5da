using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.Extensions.Options;
using MimeKit;

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
        builder.Services.AddTransient<IEmailSender, PortalEmailSender>();
        return builder;
    }
}

/// <summary>
/// Sends through SMTP (MailKit) when <c>Email:Smtp:Host</c> is set; otherwise writes each message as an
/// .eml file to <c>Email:PickupDirectory</c>, which is what Development and the tests read.
/// </summary>
internal sealed partial class PortalEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<PortalEmailSender> logger) : IEmailSender
{
    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var settings = options.Value;

        // Form validation lets through some strings no mailbox can have (the [EmailAddress] check is loose);
        // a message to them could never arrive, so it is dropped instead of failing the user's request.
        if (!MailboxAddress.TryParse(email, out var to))
        {
            Undeliverable(logger);
            return;
        }

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(to);
        message.Subject = subject;
        message.Body = new BodyBuilder { HtmlBody = htmlMessage }.ToMessageBody();

        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            var directory = Path.IsPathRooted(settings.PickupDirectory)
                ? settings.PickupDirectory
                : Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
            Directory.CreateDirectory(directory);
            await message.WriteToAsync(Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml"));
        }
        else
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, settings.Smtp.EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None);
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
            {
                await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? string.Empty);
            }

            await client.SendAsync(message);
            await client.DisconnectAsync(quit: true);
        }

        // Neither the address nor the subject is logged: subjects name people (e.g. a mentoring reminder names the pair).
        Sent(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent an email")]
    private static partial void Sent(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped an email to an address that is not a mailbox")]
    private static partial void Undeliverable(ILogger logger);
}
