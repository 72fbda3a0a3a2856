namespace Overlord.Server.Auth;

/// <summary>What the auth header held: a token to check, or the failure to answer with.</summary>
public sealed record BearerHeader(string? Token, AuthenticationFailure? Failure);
