using Overlord.Core.Results;

namespace Overlord.Server.Auth;

/// <summary>
/// Reads the bearer token of a request: the original's <c>Authentication: Bearer &lt;jwt&gt;</c> header,
/// or, when that is absent, the standard <c>Authorization</c>. Refusals keep the original's codes and
/// messages (reference 2.1), whichever header carried the token.
/// </summary>
public sealed class BearerTokenReader(TokenService tokens)
{
    public const string OriginalHeader = "Authentication";
    public const string StandardHeader = "Authorization";

    /// <summary>The pure half: header values in, token or refusal out. As the original, the value is split once at a space.</summary>
    public static Result<string> ReadHeader(string? authentication, string? authorization)
    {
        var value = authentication ?? authorization;
        if (value is null)
        {
            return AuthenticationFailure.MissingHeader;
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return AuthenticationFailure.InvalidHeader;
        }

        if (value[..space] != "Bearer")
        {
            return AuthenticationFailure.InvalidScheme;
        }

        return value[(space + 1)..];
    }

    /// <summary>The request's token, checked; or the refusal to answer with (<see cref="AuthenticationFailure"/>).</summary>
    public async Task<Result<AuthenticatedToken>> AuthenticateAsync(string? authentication, string? authorization)
    {
        var header = ReadHeader(authentication, authorization);
        if (!header.IsSuccess)
        {
            return header.AsFailure<AuthenticatedToken>();
        }

        var check = await tokens.CheckAsync(header.Value);
        // Clients get the original's one message; why the token failed stays in the check.
        return check.IsSuccess ? check : AuthenticationFailure.DecodeError;
    }
}
