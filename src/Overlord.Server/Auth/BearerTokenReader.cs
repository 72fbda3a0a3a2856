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

    /// <summary>The pure half: header values in, token or failure out. As the original, the value is split once at a space.</summary>
    public static BearerHeader ReadHeader(string? authentication, string? authorization)
    {
        var value = authentication ?? authorization;
        if (value is null)
        {
            return new BearerHeader(null, AuthenticationFailure.MissingHeader);
        }

        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return new BearerHeader(null, AuthenticationFailure.InvalidHeader);
        }

        if (value[..space] != "Bearer")
        {
            return new BearerHeader(null, AuthenticationFailure.InvalidScheme);
        }

        return new BearerHeader(value[(space + 1)..], null);
    }

    public async Task<BearerAuthentication> AuthenticateAsync(string? authentication, string? authorization)
    {
        var header = ReadHeader(authentication, authorization);
        if (header.Failure is not null)
        {
            return new BearerAuthentication(null, header.Failure);
        }

        var check = await tokens.CheckAsync(header.Token!);
        return check.IsValid
            ? new BearerAuthentication(check.Metadata, null, check.Scope)
            : new BearerAuthentication(null, AuthenticationFailure.DecodeError);
    }
}
