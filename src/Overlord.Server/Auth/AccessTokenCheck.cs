namespace Overlord.Server.Auth;

/// <summary>Whether a bearer token is valid; if so its <c>metadata</c>, otherwise why not (for debug logs, never for clients).</summary>
public sealed record AccessTokenCheck(bool IsValid, string? Failure, IReadOnlyDictionary<string, string> Metadata)
{
    public static AccessTokenCheck Valid(IReadOnlyDictionary<string, string> metadata) => new(true, null, metadata);

    public static AccessTokenCheck Invalid(string failure) => new(false, failure, new Dictionary<string, string>());
}
