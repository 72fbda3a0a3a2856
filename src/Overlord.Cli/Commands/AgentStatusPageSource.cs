using System.Globalization;
using Overlord.Agent.Api;
using Overlord.Agent.Git;
using Overlord.Agent.Hosting;
using Overlord.Agent.Store;
using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Core.Config;
using Overlord.Server.Ui;

namespace Overlord.Cli.Commands;

/// <summary>
/// The agent's part of the node's status page (the agent and the server meet here, in serve), from the same store and cache clone as <c>GET /v1/agent/status</c>
/// and <c>GET /v1/agent/history</c>: each spec on each node, the last sync, the newest commits and their notes.
/// </summary>
internal sealed class AgentStatusPageSource(AgentConfig config, AgentStore store, GitRepository git, AgentHistoryReader history) : IAgentStatusSource
{
    private const int CommitsShown = 5;

    public async Task<AgentPageStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var lastSync = (await store.GetHistoryAsync(1, cancellationToken)).Select(AgentViews.History).FirstOrDefault();
        var lastApplied = await store.GetLastAppliedAsync(cancellationToken);
        var head = await store.GetBranchHeadAsync(cancellationToken);
        var pairs = (await store.GetStatusesAsync(cancellationToken))
            .Select(AgentViews.Deployment)
            .Select(pair => new AgentPagePair(pair.Spec, pair.Node, pair.Status, pair.Error ?? pair.Reason))
            .ToList();
        return new AgentPageStatus(
            UrlCredentials.Redact(config.Repository),
            config.Branch,
            lastApplied,
            head,
            lastSync is null ? null : Describe(lastSync),
            pairs,
            await CommitsAsync(head ?? lastApplied, cancellationToken));
    }

    private static string Describe(SyncHistoryView sync)
    {
        var when = (sync.EndedAt ?? sync.StartedAt).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var target = sync.TargetCommit is { Length: > 12 } sha ? sha[..12] : sync.TargetCommit;
        var text = $"{sync.State} at {when} UTC ({sync.Trigger}{(target is null ? "" : ", " + target)})";
        return sync.Message is { Length: > 0 } message ? $"{text}: {message}" : text;
    }

    /// <summary>The newest commits of the branch the cache clone has (first parents), each with its note lines.</summary>
    private async Task<IReadOnlyList<AgentPageCommit>> CommitsAsync(string? start, CancellationToken cancellationToken)
    {
        try
        {
            if (start is null || !await git.CommitExistsAsync(start, cancellationToken))
            {
                return [];
            }

            var notes = (await history.ReadAsync(null, null, AgentHistoryReader.DefaultLimit, cancellationToken))?.Commits
                .ToDictionary(commit => commit.Commit, commit => commit.Lines.Select(line => line.GetRawText()).ToList(), StringComparer.Ordinal)
                ?? [];
            return (await git.FirstParentLogAsync(start, CommitsShown, cancellationToken))
                .Select(commit => new AgentPageCommit(commit.Sha, commit.Subject, notes.GetValueOrDefault(commit.Sha) ?? []))
                .ToList();
        }
        catch (GitException)
        {
            return [];
        }
    }
}
