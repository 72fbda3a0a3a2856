using Overlord.Core.Config;

namespace Overlord.Core.Tests.Config;

public sealed class AgentConfigTests
{
    [Fact]
    public void Parse_RepositoryOnly_FillsEveryDefault()
    {
        var agent = ConfigTesting.Valid("agent:\n  repository: https://git.example.org/ops/specs.git\n").Agent!;

        Assert.Equal("https://git.example.org/ops/specs.git", agent.Repository);
        Assert.Equal("main", agent.Branch);
        Assert.Equal(["**/*.yml", "**/*.yaml"], agent.Paths);
        Assert.Equal(TimeSpan.FromMinutes(1), agent.Interval);
        Assert.Equal("refs/notes/overlord", agent.NotesRef);
        Assert.True(agent.PushNotes);
        Assert.False(agent.Prune);
        Assert.Equal([".env"], agent.EnvFiles);
        Assert.Equal(new AgentIdentity { Name = "Overlord Agent", Email = "overlord@node1" }, agent.Identity);
        Assert.Equal(new WebhookConfig(), agent.Webhooks);
        Assert.Null(agent.CommitStatus);
    }

    [Fact]
    public void Parse_EveryAgentKey_IsRead()
    {
        var agent = ConfigTesting.Valid(
            "agent:\n  repository: git@github.com:ops/specs.git\n  branch: release/2026\n  paths: [apps/**/*.yml]\n  interval: 300\n"
            + "  notes_ref: deploys\n  push_notes: false\n  prune: true\n  env_files: [.env, env/prod.env]\n"
            + "  identity:\n    name: Deploy Bot\n    email: bot@example.org\n"
            + "  commit_status:\n    provider: gitea\n    api_url: https://gitea.example.org\n    token: t\n").Agent!;

        Assert.Equal("git@github.com:ops/specs.git", agent.Repository);
        Assert.Equal("release/2026", agent.Branch);
        Assert.Equal(["apps/**/*.yml"], agent.Paths);
        Assert.Equal(TimeSpan.FromMinutes(5), agent.Interval);
        Assert.Equal("refs/notes/deploys", agent.NotesRef);
        Assert.False(agent.PushNotes);
        Assert.True(agent.Prune);
        Assert.Equal([".env", "env/prod.env"], agent.EnvFiles);
        Assert.Equal(new AgentIdentity { Name = "Deploy Bot", Email = "bot@example.org" }, agent.Identity);
        Assert.Equal((CommitStatusProvider.Gitea, "https://gitea.example.org"), (agent.CommitStatus!.Provider, agent.CommitStatus.ApiUrl));
    }

    [Fact]
    public void Parse_GitHubCommitStatusWithoutApiUrl_UsesGitHubsApi()
    {
        var status = ConfigTesting.Valid("agent:\n  repository: /r\n  commit_status:\n    provider: github\n    token: t\n").Agent!.CommitStatus!;

        Assert.Equal(CommitStatusConfig.GitHubApiUrl, status.ApiUrl);
    }

    [Theory]
    [InlineData("  branch: 'feature..x'\n", "overlord.yml:3:11: agent.branch: 'feature..x' is not a valid git ref name: a ref name cannot hold '..' or '@{'")]
    [InlineData("  branch: 'my branch'\n", "overlord.yml:3:11: agent.branch: 'my branch' is not a valid git ref name: a ref name cannot hold a space (nor spaces, ~ ^ : ? * [ or \\)")]
    [InlineData("  notes_ref: refs/notes/x.lock\n", "overlord.yml:3:14: agent.notes_ref: 'refs/notes/x.lock' is not a valid git ref name: no part of a ref name may end with '.lock' ('x.lock')")]
    [InlineData("  interval: 0\n", "overlord.yml:3:13: agent.interval: 0 is out of range; it must be between 1 and 2147483647")]
    [InlineData("  paths: []\n", "overlord.yml:3:10: agent.paths: must hold at least one glob (leave it out for the default)")]
    [InlineData("  paths: [/etc/*.yml]\n", "overlord.yml:3:11: agent.paths[0]: '/etc/*.yml' must be relative to the repository's root, with '/' between folders")]
    [InlineData("  env_files: [../secrets.env]\n", "overlord.yml:3:15: agent.env_files[0]: '../secrets.env' must stay inside the repository (no '..')")]
    [InlineData("  identity:\n    email: bot\n", "overlord.yml:4:12: agent.identity.email: 'bot' is not an e-mail address (name@host, without <>)")]
    [InlineData("  commit_status:\n    provider: gitlab\n    token: t\n", "overlord.yml:4:15: agent.commit_status.provider: 'gitlab' is not a supported git host; use github or gitea")]
    [InlineData("  commit_status:\n    provider: gitea\n    token: t\n", "overlord.yml:4:5: agent.commit_status.api_url: is required but missing")]
    [InlineData("  webhooks:\n    gitlab:\n      token: ''\n", "overlord.yml:5:14: agent.webhooks.gitlab.token: must not be empty (an unset ${VARIABLE} gives an empty value)")]
    public void Parse_BadAgentValue_IsRefused(string extra, string expected)
    {
        Assert.Equal(expected, ConfigTesting.Error("agent:\n  repository: /srv/specs.git\n" + extra));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  branch: main\n")]
    public void Parse_AgentWithoutRepository_IsRefused(string extra)
    {
        Assert.Equal("overlord.yml:2:3: agent.repository: is required but missing", ConfigTesting.Error("agent:\n  prune: true\n" + extra));
    }

    [Fact]
    public void Parse_RepositoryUrlWithUnknownScheme_IsRefused()
    {
        Assert.Equal(
            "overlord.yml:2:15: agent.repository: 'svn://host/repo' is not a repository URL git can fetch; use https://, http://, ssh://, git://, file://, user@host:path or a local path",
            ConfigTesting.Error("agent:\n  repository: svn://host/repo\n"));
    }

    [Theory]
    [InlineData("overlord", "refs/notes/overlord")]
    [InlineData("notes/deploys", "refs/notes/deploys")]
    [InlineData("refs/notes/a/b", "refs/notes/a/b")]
    [InlineData("refs/other", "refs/notes/refs/other")]
    public void ExpandNotesRef_FollowsGitNotes(string written, string expected)
    {
        Assert.Equal(expected, GitRefName.ExpandNotesRef(written));
    }

    [Theory]
    [InlineData("refs/heads/main", null)]
    [InlineData("refs/heads/.hidden", "no part of a ref name may start with '.' ('.hidden')")]
    [InlineData("refs/heads/a//b", "a ref name cannot start or end with '/' or hold two '/' in a row")]
    [InlineData("refs/heads/a.", "a ref name cannot end with '.'")]
    [InlineData("refs/heads/a@{1}", "a ref name cannot hold '..' or '@{'")]
    [InlineData("refs/heads/a~1", "a ref name cannot hold '~' (nor spaces, ~ ^ : ? * [ or \\)")]
    [InlineData("@", "a ref name cannot be the single character '@'")]
    public void Problem_FollowsCheckRefFormat(string name, string? expected)
    {
        Assert.Equal(expected, GitRefName.Problem(name));
    }
}
