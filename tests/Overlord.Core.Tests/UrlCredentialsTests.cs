namespace Overlord.Core.Tests;

public sealed class UrlCredentialsTests
{
    [Theory]
    [InlineData("http://user:pw@host:8888", "http://user:***@host:8888")]
    [InlineData("cannot reach a (https://ops:p@ss@10.0.0.2/): refused", "cannot reach a (https://ops:***@10.0.0.2/): refused")]
    [InlineData("https://ghp_token@github.com/ops/specs.git", "https://***@github.com/ops/specs.git")]
    [InlineData("ssh://git@github.com/ops/specs.git", "ssh://git@github.com/ops/specs.git")]
    [InlineData("ssh://git:pw@host/r.git", "ssh://git:***@host/r.git")]
    [InlineData("git@github.com:ops/specs.git", "git@github.com:ops/specs.git")]
    [InlineData("http://host/path?mail=a@b", "http://host/path?mail=a@b")]
    [InlineData("http://a:1@x and http://b:2@y", "http://a:***@x and http://b:***@y")]
    public void Redact_MasksPasswordsAndHttpTokens(string text, string expected) =>
        Assert.Equal(expected, UrlCredentials.Redact(text));

    [Theory]
    [InlineData("https://agent:p%40ss@git.example/r.git", "https://git.example/r.git", "agent", "p@ss")]
    [InlineData("http://token@git.example/r.git", "http://git.example/r.git", "token", null)]
    [InlineData("ssh://git:pw@host/r.git", "ssh://git@host/r.git", null, null)]
    [InlineData("/srv/git/r.git", "/srv/git/r.git", null, null)]
    public void Split_TakesTheCredentialsOut(string url, string bare, string? user, string? password) =>
        Assert.Equal((bare, user, password), UrlCredentials.Split(url));
}
