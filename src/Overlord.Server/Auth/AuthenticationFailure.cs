namespace Overlord.Server.Auth;

/// <summary>A refused request: the original's status code and message (reference 2.1), word for word, or a scope's refusal.</summary>
public sealed record AuthenticationFailure(int StatusCode, string Message)
{
    public static readonly AuthenticationFailure MissingHeader =
        new(401, "'Authentication' header is required but hasn't been specified.");

    public static readonly AuthenticationFailure InvalidHeader =
        new(400, "'Authentication' header is invalid for this entrypoint.");

    public static readonly AuthenticationFailure InvalidScheme =
        new(400, "Authentication scheme is invalid for this entrypoint.");

    public static readonly AuthenticationFailure DecodeError =
        new(401, "Error while decoding the JWT.");

    /// <summary>403 naming the scope the request needs (and the one it had), so the operator knows which token to make.</summary>
    public static AuthenticationFailure Forbidden(TokenScope granted, TokenScope needed) =>
        new(403, $"This request needs a token with the '{needed.Name()}' scope; this one has '{granted.Name()}'.");
}
