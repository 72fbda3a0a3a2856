using Overlord.Core.Results;

namespace Overlord.Server.Integrations;

/// <summary>The refusals of a special label's settings, each naming the label as its field.</summary>
internal static class LabelErrors
{
    public static OverlordError Missing(LabelContext context, string label, string what) =>
        Invalid(label, $"{context.Describe(("label", label))} {what} has not been specified, but is required.");

    /// <summary>A label whose value is wrong; <paramref name="message"/> says why in the original's words.</summary>
    public static OverlordError Invalid(string label, string message) => new(ErrorCodes.Invalid, message, new ErrorLocation(Field: label));
}
