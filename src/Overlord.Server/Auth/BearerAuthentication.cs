namespace Overlord.Server.Auth;

/// <summary>The end of authenticating a request: the token's metadata, or the failure to answer with.</summary>
public sealed record BearerAuthentication(IReadOnlyDictionary<string, string>? Metadata, AuthenticationFailure? Failure)
{
    public bool Succeeded => Failure is null;
}
