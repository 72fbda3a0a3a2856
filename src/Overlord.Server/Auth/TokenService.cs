using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Overlord.Core.Results;

namespace Overlord.Server.Auth;

/// <summary>
/// Issues and checks the node's access tokens (reference 3): HS256 JWTs whose payload is
/// <c>{"metadata":{...,"overlord.version":V},"random_chunk":16 hex,"exp"?,"scope"?}</c>, with no iat/nbf/iss/aud.
/// A check verifies the signature and <c>exp</c> only, as PyJWT's decode did, and reads the <c>scope</c> claim
/// (<see cref="TokenScope"/>): absent, as in every token of the original, it is <see cref="TokenScope.Admin"/>.
/// </summary>
public sealed class TokenService
{
    public const string VersionKey = "overlord.version";

    /// <summary>The claim holding the token's scopes, space-separated as OAuth writes them.</summary>
    public const string ScopeClaim = "scope";

    private readonly JsonWebTokenHandler _handler = new();
    private readonly SigningCredentials _credentials;
    private readonly TokenValidationParameters _validation;
    private readonly TimeProvider _timeProvider;
    private readonly string _version;
    private readonly ValidatedTokens _validated;

    public TokenService(SigningKey key, TimeProvider timeProvider, string? version = null)
    {
        var securityKey = key.ToSecurityKey();
        _credentials = new SigningCredentials(securityKey, SecurityAlgorithms.HmacSha256);
        _validation = new TokenValidationParameters
        {
            IssuerSigningKey = securityKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateIssuer = false,
            ValidateAudience = false,

            // exp is checked below against the TimeProvider, with PyJWT's zero leeway; nbf/iat are not checked.
            ValidateLifetime = false,
            RequireExpirationTime = false,
        };
        _timeProvider = timeProvider;
        _version = version ?? CurrentVersion();
        _validated = new ValidatedTokens(timeProvider);
    }

    /// <param name="metadata">gen-token's <c>--metadata</c> pairs.</param>
    /// <param name="expiry">gen-token's <c>--expire</c>, or null for a token that never expires.</param>
    /// <param name="scopes">gen-token's <c>--scope</c>s; none leaves the claim out, which is admin.</param>
    public string Issue(IReadOnlyDictionary<string, string> metadata, TokenExpiry? expiry, IReadOnlyCollection<TokenScope>? scopes = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("metadata");
            foreach (var (key, value) in metadata.Where(pair => pair.Key != VersionKey))
            {
                writer.WriteString(key, value);
            }

            writer.WriteString(VersionKey, _version);
            writer.WriteEndObject();
            writer.WriteString("random_chunk", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));
            if (expiry is { Expires: true })
            {
                writer.WriteNumber("exp", (_timeProvider.GetUtcNow() + expiry.Duration).ToUnixTimeSeconds());
            }

            if (scopes is { Count: > 0 })
            {
                writer.WriteString(ScopeClaim, TokenScopes.ToWords(scopes));
            }

            writer.WriteEndObject();
        }

        return _handler.CreateToken(Encoding.UTF8.GetString(buffer.ToArray()), _credentials);
    }

    /// <summary>
    /// The token's <c>metadata</c> and <see cref="TokenScope"/> when it is valid; otherwise why not, under
    /// <see cref="AuthenticationFailure.Unauthorized"/> (for debug logs, never for clients).
    /// </summary>
    public async Task<Result<AuthenticatedToken>> CheckAsync(string token)
    {
        if (_validated.TryGet(token, out var known, out var knownExpiry))
        {
            return Expired(knownExpiry) ? Invalid("expired") : known;
        }

        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return Invalid(result.Exception?.GetType().Name ?? "invalid token");
        }

        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload));
        var root = payload.RootElement;
        double? expires = null;
        if (root.TryGetProperty("exp", out var exp))
        {
            // PyJWT: exp must be a number, and the token is expired once now >= exp.
            if (exp.ValueKind != JsonValueKind.Number)
            {
                return Invalid("exp is not a number");
            }

            expires = Math.Floor(exp.GetDouble());
            if (Expired(expires))
            {
                return Invalid("expired");
            }
        }

        var check = new AuthenticatedToken(ReadMetadata(root), ReadScope(root));
        _validated.Add(token, check, expires);
        return check;
    }

    private static OverlordError Invalid(string reason) => new(AuthenticationFailure.Unauthorized, reason);

    /// <summary>No claim is admin (the original's tokens); a claim that is not a string, or names nothing known, grants nothing.</summary>
    private static TokenScope ReadScope(JsonElement root)
    {
        if (!root.TryGetProperty(ScopeClaim, out var claim))
        {
            return TokenScope.Admin;
        }

        return claim.ValueKind == JsonValueKind.String ? TokenScopes.FromWords(claim.GetString()) : TokenScope.None;
    }

    private bool Expired(double? expires) => expires is { } exp && _timeProvider.GetUtcNow().ToUnixTimeSeconds() >= exp;

    private static Dictionary<string, string> ReadMetadata(JsonElement root)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("metadata", out var element) && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return metadata;
    }

    private static string CurrentVersion()
    {
        var informational = typeof(TokenService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
