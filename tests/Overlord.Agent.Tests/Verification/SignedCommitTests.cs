using Overlord.Agent.Planning;
using Overlord.Agent.Sync;
using Overlord.Agent.Tests.Support;
using Overlord.Core.Config;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Verification;

/// <summary>
/// Issue 13.2 on real commits signed with keys the test makes: <c>agent.verify</c> lets through only commits signed by
/// an allowed key, blocks the sync otherwise (nothing dispatched, the last applied commit kept, the message and the
/// note naming the commit), and with <c>every_commit</c> a bad commit stays in the way of the good ones after it.
/// </summary>
public sealed class SignedCommitTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_commit_signed_with_an_allowed_ssh_key_is_applied_and_an_unsigned_one_on_top_is_blocked()
    {
        await using var agent = await AgentHarness.CreateAsync();
        using var key = await CommitSigningKey.CreateSshAsync(Keys(agent, "ssh"), "op@example.org", Token);
        Verify(agent, new VerifyConfig { Mode = SignatureMode.Ssh, AllowedSigners = key.AllowedSignersFile });
        var signed = await SignedCommitAsync(agent, key, "signed", ("a.yml", SpecTexts.Project("a")));
        var applied = await agent.SyncAsync();
        var unsigned = await agent.CommitAsync("unsigned", ("a.yml", SpecTexts.Project("a", environmentValue: "2")));

        var blocked = await agent.SyncAsync();

        Assert.Equal(SyncState.Succeeded, applied.State);
        Assert.Equal(SyncState.Blocked, blocked.State);
        Assert.Equal($"not applied: commit {unsigned} is not signed (agent.verify requires a signature by an allowed key)", blocked.Message);
        Assert.Equal(["a.yml"], agent.Dispatcher.DispatchedPaths);
        Assert.Equal(signed, await agent.Store.GetLastAppliedAsync(Token));
        Assert.Contains(await agent.OriginNoteLinesAsync(unsigned), line => line.Contains("\"state\":\"blocked\"", StringComparison.Ordinal) && line.Contains("is not signed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_every_commit_a_good_commit_on_top_of_a_bad_one_is_applied_and_with_it_is_not()
    {
        await using var agent = await AgentHarness.CreateAsync();
        using var key = await CommitSigningKey.CreateSshAsync(Keys(agent, "ssh"), "op@example.org", Token);
        var verify = new VerifyConfig { Mode = SignatureMode.Ssh, AllowedSigners = key.AllowedSignersFile, EveryCommit = true };
        Verify(agent, verify);
        var first = await SignedCommitAsync(agent, key, "signed", ("a.yml", SpecTexts.Project("a")));
        await agent.SyncAsync();
        var unsigned = await agent.CommitAsync("unsigned", ("a.yml", SpecTexts.Project("a", environmentValue: "2")));
        var head = await SignedCommitAsync(agent, key, "signed on top", ("b.yml", SpecTexts.Project("b")));

        var strict = await agent.SyncAsync();
        Verify(agent, verify with { EveryCommit = false });
        var lenient = await agent.SyncAsync();

        Assert.Equal(SyncState.Blocked, strict.State);
        Assert.StartsWith($"not applied: commit {unsigned}, between the last applied commit and {head}, is not signed", strict.Message, StringComparison.Ordinal);
        Assert.Equal(SyncState.Succeeded, lenient.State);
        Assert.Equal(head, await agent.Store.GetLastAppliedAsync(Token));
        Assert.NotEqual(first, head);
    }

    [Fact]
    public async Task A_commit_signed_by_an_ssh_key_not_in_allowed_signers_is_blocked()
    {
        await using var agent = await AgentHarness.CreateAsync();
        using var allowed = await CommitSigningKey.CreateSshAsync(Keys(agent, "allowed"), "op@example.org", Token);
        using var stranger = await CommitSigningKey.CreateSshAsync(Keys(agent, "stranger"), "op@example.org", Token);
        Verify(agent, new VerifyConfig { Mode = SignatureMode.Ssh, AllowedSigners = allowed.AllowedSignersFile });
        var commit = await SignedCommitAsync(agent, stranger, "by a stranger", ("a.yml", SpecTexts.Project("a")));

        var outcome = await agent.SyncAsync();

        Assert.Equal(SyncState.Blocked, outcome.State);
        Assert.Equal($"not applied: commit {commit} is signed by an SSH key that is not in agent.verify.allowed_signers", outcome.Message);
        Assert.Empty(agent.Dispatcher.Dispatched);
        Assert.Null(await agent.Store.GetLastAppliedAsync(Token));
    }

    [Fact]
    public async Task Gpg_signatures_are_checked_against_the_keyring_and_the_fingerprints()
    {
        await using var agent = await AgentHarness.CreateAsync();
        using var key = await CommitSigningKey.CreateGpgAsync(Keys(agent, "gpg"), "op@example.org", Token);
        using var other = await CommitSigningKey.CreateGpgAsync(Keys(agent, "other"), "other@example.org", Token);
        var commit = await SignedCommitAsync(agent, key, "gpg signed", ("a.yml", SpecTexts.Project("a")));

        Verify(agent, new VerifyConfig { Mode = SignatureMode.Gpg, Keyring = other.KeyringFile });
        var unknownKey = await agent.SyncAsync(new SyncOptions { DryRun = true });
        Verify(agent, new VerifyConfig { Mode = SignatureMode.Gpg, Keyring = key.KeyringFile, Fingerprints = [other.Fingerprint!] });
        var wrongFingerprint = await agent.SyncAsync(new SyncOptions { DryRun = true });
        Verify(agent, new VerifyConfig { Mode = SignatureMode.Ssh, AllowedSigners = key.KeyringFile });
        var wrongMode = await agent.SyncAsync(new SyncOptions { DryRun = true });
        Verify(agent, new VerifyConfig { Mode = SignatureMode.Gpg, Keyring = key.KeyringFile, Fingerprints = [key.Fingerprint!] });
        var applied = await agent.SyncAsync();

        Assert.Equal($"not applied: commit {commit} is signed by an OpenPGP key that is not in the keyring", unknownKey.Plan.Blocked);
        Assert.Equal($"not applied: commit {commit} is signed by OpenPGP key {key.Fingerprint}, which is not in agent.verify.fingerprints", wrongFingerprint.Plan.Blocked);
        Assert.Equal($"not applied: commit {commit} is signed with OpenPGP, but agent.verify.mode is ssh", wrongMode.Plan.Blocked);
        Assert.Equal(SyncState.Succeeded, applied.State);
        Assert.Equal(["a.yml"], agent.Dispatcher.DispatchedPaths);
    }

    private static string Keys(AgentHarness agent, string name) => Path.Combine(agent.Repositories.Root, "keys", name);

    /// <summary>The agent as restarted with this <c>agent.verify</c> (the same agent.db and cache clone).</summary>
    private static void Verify(AgentHarness agent, VerifyConfig verify)
    {
        agent.Config = agent.Config with { Verify = verify };
        agent.NewEngine(agent.Dispatcher);
    }

    private static async Task<string> SignedCommitAsync(AgentHarness agent, CommitSigningKey key, string message, params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            agent.Repositories.WriteFile(path, content);
        }

        await key.CommitAsync(agent.Repositories.Work, message, Token);
        await TestGit.RunAsync(agent.Repositories.Work, "push", "--quiet", "origin", "HEAD:refs/heads/main");
        return await TestGit.RunAsync(agent.Repositories.Work, "rev-parse", "HEAD");
    }
}
