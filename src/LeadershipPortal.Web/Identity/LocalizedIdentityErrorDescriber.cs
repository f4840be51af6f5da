using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Identity;

/// <summary>
/// Identity's error messages (password rules, an email already taken, a stale token) in the reader's language. The
/// English templates are Identity's own, so the key is the framework's sentence; where no translation exists (English)
/// the framework's own description is kept word for word.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Say(base.DefaultError(), "An unknown failure has occurred.");

    public override IdentityError ConcurrencyFailure() => Say(base.ConcurrencyFailure(), "Optimistic concurrency failure, object has been modified.");

    public override IdentityError PasswordMismatch() => Say(base.PasswordMismatch(), "Incorrect password.");

    public override IdentityError InvalidToken() => Say(base.InvalidToken(), "Invalid token.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Say(base.RecoveryCodeRedemptionFailed(), "Recovery code redemption failed.");

    public override IdentityError LoginAlreadyAssociated() => Say(base.LoginAlreadyAssociated(), "A user with this login already exists.");

    public override IdentityError InvalidUserName(string? userName) => Say(base.InvalidUserName(userName), "Username '{0}' is invalid, can only contain letters or digits.", userName);

    public override IdentityError InvalidEmail(string? email) => Say(base.InvalidEmail(email), "Email '{0}' is invalid.", email);

    public override IdentityError DuplicateUserName(string userName) => Say(base.DuplicateUserName(userName), "Username '{0}' is already taken.", userName);

    public override IdentityError DuplicateEmail(string email) => Say(base.DuplicateEmail(email), "Email '{0}' is already taken.", email);

    public override IdentityError UserAlreadyHasPassword() => Say(base.UserAlreadyHasPassword(), "User already has a password set.");

    public override IdentityError UserLockoutNotEnabled() => Say(base.UserLockoutNotEnabled(), "Lockout is not enabled for this user.");

    public override IdentityError PasswordTooShort(int length) => Say(base.PasswordTooShort(length), "Passwords must be at least {0} characters.", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Say(base.PasswordRequiresUniqueChars(uniqueChars), "Passwords must use at least {0} different characters.", uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Say(base.PasswordRequiresNonAlphanumeric(), "Passwords must have at least one non alphanumeric character.");

    public override IdentityError PasswordRequiresDigit() => Say(base.PasswordRequiresDigit(), "Passwords must have at least one digit ('0'-'9').");

    public override IdentityError PasswordRequiresLower() => Say(base.PasswordRequiresLower(), "Passwords must have at least one lowercase ('a'-'z').");

    public override IdentityError PasswordRequiresUpper() => Say(base.PasswordRequiresUpper(), "Passwords must have at least one uppercase ('A'-'Z').");

    private IdentityError Say(IdentityError english, string template, params object?[] values)
    {
        var text = localizer[template, [.. values.Select(v => v ?? string.Empty)]];
        return text.ResourceNotFound ? english : new IdentityError { Code = english.Code, Description = text.Value };
    }
}
