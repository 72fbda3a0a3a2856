using Overlord.Server.Auth;

namespace Overlord.Server.Tests.Auth;

public sealed class BearerTokenReaderTests
{
    [Theory]
    [InlineData(null, null, 401, "'Authentication' header is required but hasn't been specified.")]
    [InlineData("", null, 400, "'Authentication' header is invalid for this entrypoint.")]
    [InlineData("Bearer", null, 400, "'Authentication' header is invalid for this entrypoint.")]
    [InlineData("Basic abc", null, 400, "Authentication scheme is invalid for this entrypoint.")]
    [InlineData("bearer abc", null, 400, "Authentication scheme is invalid for this entrypoint.")]
    [InlineData(null, "Token abc", 400, "Authentication scheme is invalid for this entrypoint.")]
    public void Header_failures_map_to_the_original_status_and_message(string? authentication, string? authorization, int status, string message)
    {
        var header = BearerTokenReader.ReadHeader(authentication, authorization);

        Assert.Equal((status, message), (AuthenticationFailure.StatusCodeOf(header.Error!), header.Error!.Message));
    }

    [Theory]
    [InlineData("Bearer abc", null, "abc")]
    [InlineData(null, "Bearer abc", "abc")]
    [InlineData("Bearer original", "Bearer standard", "original")]
    [InlineData("Bearer a b", null, "a b")]
    public void The_token_is_what_follows_the_first_space(string? authentication, string? authorization, string token)
    {
        var header = BearerTokenReader.ReadHeader(authentication, authorization);

        Assert.Equal(token, header.Value);
    }

    [Fact]
    public async Task A_token_that_does_not_decode_is_401()
    {
        var reader = new BearerTokenReader(new TokenService(SigningKey.FromSecret("k"), TimeProvider.System));

        var result = await reader.AuthenticateAsync("Bearer not.a.jwt", null);

        Assert.Equal(AuthenticationFailure.DecodeError, result.Error);
        Assert.Equal(401, AuthenticationFailure.StatusCodeOf(result.Error!));
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var clock = new ManualTimeProvider();
        var tokens = new TokenService(SigningKey.FromSecret("k"), clock);
        var token = tokens.Issue(new Dictionary<string, string>(), new TokenExpiry(5, ExpireUnit.Seconds));
        clock.Advance(TimeSpan.FromSeconds(5));

        var result = await new BearerTokenReader(tokens).AuthenticateAsync(null, $"Bearer {token}");

        Assert.Equal(AuthenticationFailure.DecodeError, result.Error);
        Assert.Equal(401, AuthenticationFailure.StatusCodeOf(result.Error!));
    }

    [Fact]
    public async Task A_valid_token_authenticates_with_its_metadata()
    {
        var tokens = new TokenService(SigningKey.FromSecret("k"), TimeProvider.System, version: "9");
        var token = tokens.Issue(new Dictionary<string, string> { ["who"] = "ci" }, null);

        var result = await new BearerTokenReader(tokens).AuthenticateAsync($"Bearer {token}", null);

        Assert.True(result.IsSuccess);
        Assert.Equal("ci", result.Value.Metadata["who"]);
    }
}
