using MimeKit;

namespace LeadershipPortal.IntegrationTests.Infrastructure;

/// <summary>Reads the .eml files the app wrote to its pickup directory.</summary>
public static class Mailbox
{
    public static IReadOnlyList<MimeMessage> For(PortalFactory factory, string address) =>
        Directory.GetFiles(factory.MailDirectory, "*.eml")
            .Order()
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
}
