using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Overlord.Server.Auth;

namespace Overlord.Server.Tests.Auth;

public sealed class TokenServiceTests
{
    private static readonly SigningKey Key = SigningKey.FromBytes(Enumerable.Range(0, 64).Select(i => (byte)i).ToArray());

    [Fact]
    public async Task Issued_token_checks_valid_and_carries_the_metadata_and_version()
    {
        var tokens = new TokenService(Key, TimeProvider.System, version: "1.2.3");

        var check = await tokens.CheckAsync(tokens.Issue(new Dictionary<string, string> { ["team"] = "ops" }, expiry: null));

        Assert.True(check.IsSuccess);
        Assert.Equal(new Dictionary<string, string> { ["team"] = "ops", ["overlord.version"] = "1.2.3" }, check.Value.Metadata);
    }

    [Fact]
    public void Payload_has_metadata_and_a_16_hex_random_chunk_and_nothing_else_without_expiry()
    {
        var tokens = new TokenService(Key, TimeProvider.System, version: "1.2.3");

        var (header, payload) = Decode(tokens.Issue(new Dictionary<string, string>(), expiry: null));

        Assert.Equal("HS256", header.GetProperty("alg").GetString());
        Assert.Equal(["metadata", "random_chunk"], payload.EnumerateObject().Select(p => p.Name));
        Assert.Matches("^[0-9a-f]{16}$", payload.GetProperty("random_chunk").GetString());
    }

    [Theory]
    [InlineData(3, ExpireUnit.Seconds, 3)]
    [InlineData(2, ExpireUnit.Minutes, 120)]
    [InlineData(2, ExpireUnit.Hours, 7200)]
    [InlineData(1, ExpireUnit.Days, 86400)]
    [InlineData(1, ExpireUnit.Weeks, 604800)]
    public void Exp_is_now_plus_the_expiry(int amount, ExpireUnit unit, long seconds)
    {
        var clock = new ManualTimeProvider();
        var tokens = new TokenService(Key, clock);

        var (_, payload) = Decode(tokens.Issue(new Dictionary<string, string>(), new TokenExpiry(amount, unit)));

        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds() + seconds, payload.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void An_expiry_of_zero_adds_no_exp()
    {
        var tokens = new TokenService(Key, TimeProvider.System);

        var (_, payload) = Decode(tokens.Issue(new Dictionary<string, string>(), new TokenExpiry(0)));

        Assert.False(payload.TryGetProperty("exp", out _));
    }

    [Fact]
    public async Task A_token_is_valid_until_its_exp_and_refused_from_then_on()
    {
        var clock = new ManualTimeProvider();
        var tokens = new TokenService(Key, clock);
        var token = tokens.Issue(new Dictionary<string, string>(), new TokenExpiry(1));

        clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        var before = await tokens.CheckAsync(token);
        clock.Advance(TimeSpan.FromSeconds(1));
        var at = await tokens.CheckAsync(token);

        Assert.Equal((true, false), (before.IsSuccess, at.IsSuccess));
    }

    [Fact]
    public async Task A_token_checked_again_soon_keeps_its_metadata_and_is_still_refused_from_its_exp_on()
    {
        // The second and third checks come within the 60 s a verified token is remembered.
        var clock = new ManualTimeProvider();
        var tokens = new TokenService(Key, clock, version: "1.2.3");
        var token = tokens.Issue(new Dictionary<string, string> { ["team"] = "ops" }, new TokenExpiry(30, ExpireUnit.Seconds));

        var first = await tokens.CheckAsync(token);
        clock.Advance(TimeSpan.FromSeconds(29));
        var again = await tokens.CheckAsync(token);
        clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await tokens.CheckAsync(token);

        Assert.Equal((true, true, false), (first.IsSuccess, again.IsSuccess, expired.IsSuccess));
        Assert.Equal(first.Value?.Metadata, again.Value?.Metadata);
    }

    [Fact]
    public async Task A_token_of_another_key_is_refused_though_the_same_metadata_was_accepted_before()
    {
        var tokens = new TokenService(Key, TimeProvider.System, version: "1.2.3");
        var other = new TokenService(SigningKey.FromBytes(Enumerable.Range(1, 64).Select(i => (byte)i).ToArray()), TimeProvider.System, version: "1.2.3");
        var metadata = new Dictionary<string, string> { ["team"] = "ops" };

        var accepted = await tokens.CheckAsync(tokens.Issue(metadata, expiry: null));
        var foreign = await tokens.CheckAsync(other.Issue(metadata, expiry: null));

        Assert.Equal((true, false), (accepted.IsSuccess, foreign.IsSuccess));
    }

    [Fact]
    public async Task A_tampered_payload_is_refused()
    {
        var tokens = new TokenService(Key, TimeProvider.System);
        var parts = tokens.Issue(new Dictionary<string, string> { ["role"] = "user" }, null).Split('.');
        var forged = Base64UrlEncoder.Encode("""{"metadata":{"role":"admin"},"random_chunk":"0000000000000000"}""");

        var check = await tokens.CheckAsync($"{parts[0]}.{forged}.{parts[2]}");

        Assert.False(check.IsSuccess);
    }

    [Fact]
    public async Task A_tampered_signature_is_refused()
    {
        var tokens = new TokenService(Key, TimeProvider.System);
        var token = tokens.Issue(new Dictionary<string, string>(), null);
        var flipped = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        Assert.False((await tokens.CheckAsync(flipped)).IsSuccess);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var other = new TokenService(SigningKey.FromBytes(new byte[64]), TimeProvider.System);

        var check = await new TokenService(Key, TimeProvider.System).CheckAsync(other.Issue(new Dictionary<string, string>(), null));

        Assert.False(check.IsSuccess);
    }

    [Fact]
    public async Task A_token_signed_as_PyJWT_does_with_a_short_secret_key_is_valid()
    {
        // PyJWT signs with the raw UTF-8 bytes of secret_key, however short.
        var header = Base64UrlEncoder.Encode("""{"alg":"HS256","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode("""{"metadata":{"overlord.version":"0.25.0"},"random_chunk":"0123456789abcdef"}""");
        var signature = Base64UrlEncoder.Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes("s3cret"), Encoding.ASCII.GetBytes($"{header}.{payload}")));

        var check = await new TokenService(SigningKey.FromSecret("s3cret"), TimeProvider.System).CheckAsync($"{header}.{payload}.{signature}");

        Assert.True(check.IsSuccess);
        Assert.Equal("0.25.0", check.Value.Metadata["overlord.version"]);
    }

    [Fact]
    public async Task A_garbage_token_is_refused()
    {
        var check = await new TokenService(Key, TimeProvider.System).CheckAsync("not-a-jwt");

        Assert.False(check.IsSuccess);
        Assert.Equal(AuthenticationFailure.Unauthorized, check.Error.Code);
    }

    [Fact]
    public void Metadata_pairs_follow_gen_token()
    {
        var metadata = TokenMetadata.FromPairs(["team=ops", "flag", "=skipped", "  =skipped", "url=a=b"]);

        Assert.Equal(new Dictionary<string, string> { ["team"] = "ops", ["flag"] = "", ["url"] = "a=b" }, metadata);
    }

    [Fact]
    public void A_signing_key_never_prints_its_bytes()
    {
        Assert.Equal("***", SigningKey.FromSecret("s3cret").ToString());
    }

    private static (JsonElement Header, JsonElement Payload) Decode(string token)
    {
        var parts = token.Split('.');
        return (JsonDocument.Parse(Base64UrlEncoder.Decode(parts[0])).RootElement, JsonDocument.Parse(Base64UrlEncoder.Decode(parts[1])).RootElement);
    }
}
