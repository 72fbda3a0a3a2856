namespace Overlord.Server.Auth;

/// <summary>A request's checked bearer token: its metadata and scope.</summary>
public sealed record AuthenticatedToken(IReadOnlyDictionary<string, string> Metadata, TokenScope Scope);
