namespace Overlord.Server.Auth;

/// <summary>The end of authenticating a request: the token's metadata and scope, or the failure to answer with.</summary>
public sealed record BearerAuthentication(IReadOnlyDictionary<string, string>? Metadata, AuthenticationFailure? Failure, TokenScope Scope = TokenScope.None)
{
    public bool Succeeded => Failure is null;
}
