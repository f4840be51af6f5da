using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LeadershipPortal.Web.Features.Localization;

/// <summary>
/// The framework's own model-binding messages ("The value 'abc' is not valid for Years in senior posts.", and the
/// "must be a number" text that number inputs carry for client-side validation) in the request's language: every
/// accessor of <see cref="MvcOptions.ModelBindingMessageProvider"/> reads its English template, the key, from
/// <c>SharedResource.fr.resx</c> at the moment a message is made. The field names passed in are the localized display names.
/// </summary>
public sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public const string AttemptedValueIsInvalid = "The value '{0}' is not valid for {1}.";
    public const string NotValidFor = "The value for {0} is not valid.";

    public void Configure(MvcOptions options)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetMissingBindRequiredValueAccessor(name => localizer["A value for the '{0}' parameter or property was not provided.", name]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["A non-empty request body is required."]);
        messages.SetValueMustNotBeNullAccessor(value => localizer["The value '{0}' is invalid.", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => localizer[AttemptedValueIsInvalid, value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => localizer["The supplied value is invalid for {0}.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["The supplied value is invalid."]);
        messages.SetValueIsInvalidAccessor(value => localizer["The value '{0}' is invalid.", value]);
        messages.SetValueMustBeANumberAccessor(field => localizer["The field {0} must be a number.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["The field must be a number."]);
    }
}
