using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ApprenantAgile.Platform.Users.Stores;

/// <summary>Identity's validation messages in the user's language, in short, plain sentences.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<LocalizedIdentityErrorDescriber> T) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), T["Something went wrong. Please try again."]);

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), T["The password is not correct."]);

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), T["This link is no longer valid. Ask for a new one."]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), T["The user name \"{0}\" is not valid. Use only letters without accents, digits, and the characters - . _ @ +", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), T["The e-mail address \"{0}\" is not valid. Check it, for example: marie@exemple.fr", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), T["The user name \"{0}\" is already used. Choose another one.", userName]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), T["The e-mail address \"{0}\" is already used by another account.", email]);

    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), T["This account already has a password."]);

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), T["The user already has the role \"{0}\".", role]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), T["The password is too short. Use at least {0} characters.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), T["The password needs at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), T["The password needs at least one sign, for example ! or ?"]);

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), T["The password needs at least one digit (0 to 9)."]);

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), T["The password needs at least one lower-case letter."]);

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), T["The password needs at least one capital letter."]);

    private static IdentityError Error(string code, LocalizedString description) => new() { Code = code, Description = description };
}
