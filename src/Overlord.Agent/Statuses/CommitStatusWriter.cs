using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Overlord.Agent.Statuses;

/// <summary>
/// Posts a commit status per spec (context <c>overlord/&lt;spec&gt;</c>) on GitHub (Octokit) or Gitea (REST). Reads
/// the latest status of the context first and skips when state and description are unchanged; descriptions are cut
/// to 140 characters (GitHub answers 422 beyond). Each call goes through the git hosts' retry pipeline. A failure is
/// logged and never fails the sync.
/// </summary>
public sealed class CommitStatusWriter
{
    public const int MaxDescriptionLength = 140;

    private readonly ICommitStatusHost _host;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger<CommitStatusWriter> _logger;

    /// <param name="host">The git host's status API.</param>
    /// <param name="pipeline">The <see cref="StatusPipelines.GitHostApi"/> pipeline.</param>
    /// <param name="logger">Where refusals and failures are logged.</param>
    public CommitStatusWriter(ICommitStatusHost host, ResiliencePipeline pipeline, ILogger<CommitStatusWriter> logger)
    {
        _host = host;
        _pipeline = pipeline;
        _logger = logger;
    }

    public static string ContextOf(string specPath) => "overlord/" + specPath;

    /// <summary>Posts the status unless the context already has this state and description. True when it was posted.</summary>
    public async Task<bool> PostAsync(string sha, string context, CommitState state, string description, CancellationToken cancellationToken)
    {
        var text = description.Length <= MaxDescriptionLength ? description : description[..(MaxDescriptionLength - 3)] + "...";
        var wanted = new StatusEntry(state.ToString().ToLowerInvariant(), text, context);
        try
        {
            var latest = await _pipeline.ExecuteAsync(token => new ValueTask<StatusEntry?>(_host.LatestAsync(sha, context, token)), cancellationToken);
            if (latest == wanted)
            {
                return false;
            }

            await _pipeline.ExecuteAsync(token => new ValueTask(_host.CreateAsync(sha, wanted, token)), cancellationToken);
            return true;
        }
        catch (StatusRefusedException exception)
        {
            _logger.LogWarning("Commit status {Context} on {Revision} refused with HTTP {StatusCode}", context, sha, (int)exception.StatusCode);
            return false;
        }
        catch (HttpRequestException exception)
        {
            _logger.LogWarning(exception, "Commit status {Context} on {Revision} could not be posted", context, sha);
            return false;
        }
        catch (Exception exception) when (exception is TimeoutRejectedException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _logger.LogWarning("Commit status {Context} on {Revision} timed out", context, sha);
            return false;
        }
    }
}
