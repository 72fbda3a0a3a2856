using Overlord.Core.Results;

namespace Overlord.Server.Auth;

/// <summary>
/// Refused requests as errors of the one result shape: the original's messages (reference 2.1), word for word, or a
/// scope's refusal, each with a code that tells its status (<see cref="StatusCodeOf"/>).
/// </summary>
public static class AuthenticationFailure
{
    /// <summary>No valid token (401).</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>A valid token without the scope the request needs (403).</summary>
    public const string Forbidden = "forbidden";

    public static readonly OverlordError MissingHeader =
        new(Unauthorized, "'Authentication' header is required but hasn't been specified.");

    public static readonly OverlordError InvalidHeader =
        new(ErrorCodes.Invalid, "'Authentication' header is invalid for this entrypoint.");

    public static readonly OverlordError InvalidScheme =
        new(ErrorCodes.Invalid, "Authentication scheme is invalid for this entrypoint.");

    public static readonly OverlordError DecodeError =
        new(Unauthorized, "Error while decoding the JWT.");

    /// <summary>403 naming the scope the request needs (and the one it had), so the operator knows which token to make.</summary>
    public static OverlordError Refused(TokenScope granted, TokenScope needed) =>
        new(Forbidden, $"This request needs a token with the '{needed.Name()}' scope; this one has '{granted.Name()}'.");

    /// <summary>The HTTP status the original answers a refusal with: 401, 403, or 400 for a malformed header.</summary>
    public static int StatusCodeOf(OverlordError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            Unauthorized => 401,
            Forbidden => 403,
            _ => 400,
        };
    }
}
