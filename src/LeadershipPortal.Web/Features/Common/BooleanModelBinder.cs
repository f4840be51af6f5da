using LeadershipPortal.Web.Features.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace LeadershipPortal.Web.Features.Common;

/// <summary>
/// Binds booleans like the framework does, but keeps a value that is not a boolean out of the model state's
/// attempted value: the checkbox tag helper re-renders that value as a boolean and would throw (a 500) on a
/// tampered post. The field still gets its validation error, so the form is refused with a message.
/// </summary>
public sealed class BooleanModelBinder(IStringLocalizer localizer) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // A checkbox posts "true" followed by its hidden "false": the first value counts.
        var value = result.FirstValue?.Trim();
        if (bool.TryParse(value, out var parsed))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(parsed);
        }
        else if (string.IsNullOrEmpty(value) && bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(bool.FalseString));
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, localizer[ModelBindingMessages.NotValidFor, bindingContext.ModelMetadata.GetDisplayName()]);
        }

        return Task.CompletedTask;
    }
}

public sealed class BooleanModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool)
            ? new BooleanModelBinder(context.Services.GetRequiredService<IStringLocalizer<SharedResource>>())
            : null;
}
