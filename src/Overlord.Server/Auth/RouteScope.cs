namespace Overlord.Server.Auth;

/// <summary>One row of <see cref="RouteScopes"/>: a route pattern as mapped, the methods mapped on it, the scope they need.</summary>
public sealed record RouteScope(string Pattern, IReadOnlyList<string> Methods, TokenScope Scope);
