using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overlord.Core.Results;
using Polly;
using Polly.Retry;

namespace Overlord.Agent.Git;

/// <summary>The resilience pipeline of the agent's fetches from its git remote, registered once under a named key (issue 12.6).</summary>
public static class GitFetchPipeline
{
    /// <summary>The key of the pipeline every fetch of <see cref="GitRepository.FetchRefspecsAsync"/> goes through.</summary>
    public const string Key = "overlord-git-fetch";

    /// <summary>Up to 2 retries, about 1 s then 2 s apart, of a fetch that failed (see <see cref="IsTransient"/>).</summary>
    public static IServiceCollection AddGitFetchPipeline(this IServiceCollection services) =>
        services.AddResiliencePipeline<string, Result>(Key, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            var logger = context.ServiceProvider.GetRequiredService<ILogger<GitRepository>>();
            Configure(builder, TimeSpan.FromSeconds(1), (attempt, error) =>
                logger.LogInformation("Fetch from the git remote failed (attempt {Attempt}), trying again: {Error}", attempt, error.Message));
        });

    /// <summary>The pipeline's strategy with the given first retry delay (tests shorten it); <paramref name="onRetry"/> hears each retry.</summary>
    public static ResiliencePipelineBuilder<Result> Configure(ResiliencePipelineBuilder<Result> builder, TimeSpan firstDelay, Action<int, OverlordError>? onRetry = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddRetry(new RetryStrategyOptions<Result>
        {
            MaxRetryAttempts = 2,
            Delay = firstDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result is { } result && IsTransient(result)),
            OnRetry = arguments =>
            {
                if (arguments.Outcome.Result?.Error is { } error)
                {
                    onRetry?.Invoke(arguments.AttemptNumber + 1, error);
                }

                return default;
            },
        });
    }

    /// <summary>
    /// A failed transfer (a refused or reset connection, a server error of an http remote) is tried again. A timed-out
    /// one is not: it already waited the whole transfer timeout, and the next sync tries again anyway.
    /// </summary>
    public static bool IsTransient(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Error?.Code == ErrorCodes.Failed;
    }
}
