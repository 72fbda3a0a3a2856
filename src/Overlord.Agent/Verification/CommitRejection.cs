namespace Overlord.Agent.Verification;

/// <summary>The commit that keeps a sync from applying anything, and why (a sentence that starts after "commit SHA").</summary>
public sealed record CommitRejection(string Sha, string Problem)
{
    /// <summary>What the sync's status, note and commit status say.</summary>
    public string Message(string target) =>
        Sha == target
            ? $"not applied: commit {Sha} {Problem}"
            : $"not applied: commit {Sha}, between the last applied commit and {target}, {Problem} (agent.verify.every_commit is on)";
}
