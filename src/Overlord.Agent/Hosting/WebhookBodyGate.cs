namespace Overlord.Agent.Hosting;

/// <summary>
/// Bounds how many webhook bodies are read at once (<see cref="MaxConcurrentReads"/>), so signed-looking posts cannot
/// make the node hold more than that many 25 MiB bodies. A delivery waits for a place up to <see cref="MaxWait"/>,
/// well inside the git hosts' own deadlines (5 s for Gitea, 10 s for GitHub and GitLab), then gets 503 with
/// Retry-After, as a proxy's connection limit answers; the agent's poll catches any push it was about.
/// </summary>
internal sealed class WebhookBodyGate : IDisposable
{
    public const int MaxConcurrentReads = 4;

    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim _places = new(MaxConcurrentReads, MaxConcurrentReads);

    /// <summary>A place to read one body, released on dispose; null when none came free in time.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken) =>
        await _places.WaitAsync(MaxWait, cancellationToken) ? new Place(_places) : null;

    public void Dispose() => _places.Dispose();

    private sealed class Place(SemaphoreSlim places) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                places.Release();
            }
        }
    }
}
