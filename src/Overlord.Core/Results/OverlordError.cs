namespace Overlord.Core.Results;

/// <summary>
/// Why an operation gave no value: a code a caller can branch on (see <see cref="ErrorCodes"/>), the message a
/// person reads, and where the problem is when it is in a file or a field.
/// </summary>
public sealed record OverlordError(string Code, string Message, ErrorLocation? Location = null)
{
    /// <summary>Formats as <c>FILE:LINE:COLUMN: field: message</c>, or the bare message without a location.</summary>
    public override string ToString() => Location?.ToString() is { Length: > 0 } place ? $"{place}: {Message}" : Message;
}
