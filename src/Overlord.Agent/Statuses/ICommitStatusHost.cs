namespace Overlord.Agent.Statuses;

/// <summary>A git host's commit status API: one call per method, so the retry pipeline sees each as one attempt.</summary>
public interface ICommitStatusHost
{
    /// <summary>The newest status of the context on the commit; null when there is none or the host refused the listing.</summary>
    Task<StatusEntry?> LatestAsync(string sha, string context, CancellationToken cancellationToken);

    /// <summary>Posts a status; throws <see cref="StatusRefusedException"/> when the host answers with an error.</summary>
    Task CreateAsync(string sha, StatusEntry status, CancellationToken cancellationToken);
}
