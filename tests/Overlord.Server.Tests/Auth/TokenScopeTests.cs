using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Overlord.Server.Auth;

namespace Overlord.Server.Tests.Auth;

/// <summary>The scope claim of a token and the forwarded scope (issue 13.1).</summary>
public sealed class TokenScopeTests
{
    private static readonly TokenService Tokens = new(SigningKey.FromSecret("scopes"), TimeProvider.System);

    [Fact]
    public async Task A_token_without_scopes_has_no_claim_and_is_admin()
    {
        var token = Tokens.Issue(new Dictionary<string, string>(), null);

        var check = await Tokens.CheckAsync(token);

        Assert.Equal(TokenScope.Admin, check.Value?.Scope);
        Assert.False(Payload(token).TryGetProperty(TokenService.ScopeClaim, out _));
    }

    [Theory]
    [InlineData(new[] { TokenScope.Read }, "read", TokenScope.Read)]
    [InlineData(new[] { TokenScope.Deploy }, "deploy", TokenScope.Deploy)]
    [InlineData(new[] { TokenScope.Deploy, TokenScope.Read }, "read deploy", TokenScope.Deploy)]
    [InlineData(new[] { TokenScope.Admin }, "admin", TokenScope.Admin)]
    public async Task Scopes_go_in_the_claim_and_the_widest_is_granted(TokenScope[] scopes, string claim, TokenScope granted)
    {
        var token = Tokens.Issue(new Dictionary<string, string>(), new TokenExpiry(1), scopes);

        var check = await Tokens.CheckAsync(token);

        Assert.True(check.IsSuccess);
        Assert.Equal(granted, check.Value.Scope);
        Assert.Equal(claim, Payload(token).GetProperty(TokenService.ScopeClaim).GetString());
        Assert.True(Payload(token).TryGetProperty("exp", out _));
    }

    [Theory]
    [InlineData("\"superuser\"")]
    [InlineData("\"\"")]
    [InlineData("[\"admin\"]")]
    public void A_claim_that_names_no_known_scope_grants_nothing(string claim)
    {
        using var payload = JsonDocument.Parse($$"""{"scope":{{claim}}}""");
        var words = payload.RootElement.GetProperty("scope");

        var scope = words.ValueKind == JsonValueKind.String ? TokenScopes.FromWords(words.GetString()) : TokenScope.None;

        Assert.Equal(TokenScope.None, scope);
        Assert.False(scope.Allows(TokenScope.Read));
    }

    [Theory]
    [InlineData(TokenScope.Admin, "read", TokenScope.Read)]
    [InlineData(TokenScope.Read, "admin", TokenScope.Read)]
    [InlineData(TokenScope.Deploy, null, TokenScope.Deploy)]
    [InlineData(TokenScope.Admin, "bogus", TokenScope.None)]
    [InlineData(TokenScope.Admin, "", TokenScope.None)]
    public void A_forwarded_scope_only_narrows(TokenScope token, string? forwarded, TokenScope granted) =>
        Assert.Equal(granted, TokenScopes.Narrow(token, forwarded));

    [Theory]
    [InlineData(TokenScope.Read, TokenScope.Read, true)]
    [InlineData(TokenScope.Read, TokenScope.Deploy, false)]
    [InlineData(TokenScope.Deploy, TokenScope.Read, true)]
    [InlineData(TokenScope.Deploy, TokenScope.Admin, false)]
    [InlineData(TokenScope.Admin, TokenScope.Admin, true)]
    [InlineData(TokenScope.None, TokenScope.Read, false)]
    public void Each_scope_allows_itself_and_those_below(TokenScope granted, TokenScope needed, bool allowed) =>
        Assert.Equal(allowed, granted.Allows(needed));

    private static JsonElement Payload(string token) =>
        JsonDocument.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Split('.')[1]))).RootElement;
}
