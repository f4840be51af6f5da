using LeadershipPortal.Web.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.Web.Identity;

/// <summary>Identity's sign-in, with every outcome of a password or second-factor sign-in written to the audit log.</summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    SecurityAudit audit)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            // The typed name is not recorded: it may be someone's address mistyped, or a password typed in the wrong box.
            await audit.RecordAsync(SecurityAudit.Anonymous, "SignInFailed", string.Empty, "Unknown account.");
            return SignInResult.Failed;
        }

        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        await RecordAsync(user, result, "password");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (user is not null)
        {
            await RecordAsync(user, result, "authenticator code");
        }

        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (user is not null)
        {
            await RecordAsync(user, result, "recovery code");
        }

        return result;
    }

    private Task RecordAsync(PortalUser user, SignInResult result, string factor)
    {
        var action = result switch
        {
            { Succeeded: true } => "SignedIn",
            { RequiresTwoFactor: true } => "SignInAwaitingSecondFactor",
            { IsLockedOut: true } => "SignInLockedOut",
            { IsNotAllowed: true } => "SignInNotAllowed",
            _ => "SignInFailed",
        };
        return audit.RecordAsync(user.Id, action, user.Id, $"With {factor}.");
    }
}
