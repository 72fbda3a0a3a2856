namespace Overlord.Server.Auth;

/// <summary>
/// Whether a bearer token is valid; if so its <c>metadata</c> and <see cref="TokenScope"/>, otherwise why not
/// (for debug logs, never for clients).
/// </summary>
public sealed record AccessTokenCheck(bool IsValid, string? Failure, IReadOnlyDictionary<string, string> Metadata, TokenScope Scope)
{
    public static AccessTokenCheck Valid(IReadOnlyDictionary<string, string> metadata, TokenScope scope) => new(true, null, metadata, scope);

    public static AccessTokenCheck Invalid(string failure) => new(false, failure, new Dictionary<string, string>(), TokenScope.None);
}
