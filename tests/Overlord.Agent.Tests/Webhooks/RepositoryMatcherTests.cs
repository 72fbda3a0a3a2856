using Overlord.Agent.Webhooks;

namespace Overlord.Agent.Tests.Webhooks;

public sealed class RepositoryMatcherTests
{
    [Theory]
    [InlineData("https://github.com/Codertocat/Hello-World.git", "https://github.com/Codertocat/Hello-World.git")]
    [InlineData("https://github.com/Codertocat/Hello-World", "git@github.com:Codertocat/Hello-World.git")]
    [InlineData("git@github.com:Codertocat/Hello-World.git", "https://github.com/Codertocat/Hello-World/")]
    [InlineData("https://deploy:token@GitHub.com/Codertocat/Hello-World.git", "https://github.com/Codertocat/Hello-World")]
    [InlineData("ssh://git@github.com:22/Codertocat/Hello-World.git", "git://github.com/Codertocat/Hello-World.git")]
    [InlineData("http://localhost:3000/gitea/webhooks", "ssh://gitea@localhost:2222/gitea/webhooks.git")]
    [InlineData("/srv/git/specs.git", "file:///srv/git/specs")]
    [InlineData("/srv/git/specs.git/", "/srv/git/specs")]
    public void Matches_SameRepositoryWrittenDifferently_IsTrue(string watched, string payloadUrl)
    {
        Assert.True(new RepositoryMatcher(watched).Matches(payloadUrl));
    }

    [Theory]
    [InlineData("https://github.com/Codertocat/Hello-World.git", "https://github.com/Codertocat/Hello-World-2.git")]
    [InlineData("https://github.com/Codertocat/Hello-World.git", "https://gitlab.com/Codertocat/Hello-World.git")]
    [InlineData("https://github.com/Codertocat/Hello-World.git", "https://github.com/Other/Hello-World.git")]
    [InlineData("/srv/git/specs.git", "/srv/git/other.git")]
    public void Matches_OtherRepository_IsFalse(string watched, string payloadUrl)
    {
        Assert.False(new RepositoryMatcher(watched).Matches(payloadUrl));
    }

    [Theory]
    [InlineData("https://github.com/Codertocat/Hello-World.git", "Codertocat/Hello-World", true)]
    [InlineData("git@example.com:mike/diaspora.git", "mike/diaspora", true)]
    [InlineData("https://gitlab.example/group/sub/project.git", "group/sub/project", true)]
    [InlineData("https://github.com/Codertocat/Hello-World.git", "Codertocat/Other", false)]
    [InlineData("https://github.com/Codertocat/Hello-World.git", "tocat/Hello-World", false)]
    [InlineData("https://github.com/Codertocat/Hello-World.git", "codertocat/hello-world", true)]
    [InlineData("https://git.example/ops/repo.git", "repo", false)]
    [InlineData("https://git.example/ops/repo.git", "evil/repo", false)]
    [InlineData("git@git.example:ops/repo.git", "repo", false)]
    [InlineData("git@git.example:ops/repo.git", "ops/repo", true)]
    [InlineData("ssh://git@git.example:2222/ops/repo", "ops/repo", true)]
    [InlineData("https://gitlab.example/group/sub/project.git", "sub/project", false)]
    [InlineData("/srv/git/ops/repo.git", "ops/repo", false)]
    public void Matches_FullNameOnly_ComparesTheWholePath(string watched, string fullName, bool expected)
    {
        Assert.Equal(expected, new RepositoryMatcher(watched).Matches(new WebhookRepository([], fullName)));
    }
}
