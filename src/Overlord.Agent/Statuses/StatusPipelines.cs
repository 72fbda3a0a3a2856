using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Retry;

namespace Overlord.Agent.Statuses;

/// <summary>The resilience pipeline of the git hosts' REST APIs, registered once under a named key.</summary>
public static class StatusPipelines
{
    /// <summary>The key of the pipeline every commit status call goes through.</summary>
    public const string GitHostApi = "overlord-git-host-api";

    /// <summary>The bound of one attempt, from sending to the whole answer.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Up to 2 retries, about 1 s then 2 s apart, of a failed connection or a transient answer (408, 429, 5xx); a
    /// timed-out attempt is not retried, so a silent host costs one attempt's 30 s as before.
    /// </summary>
    public static IServiceCollection AddGitHostApiPipeline(this IServiceCollection services) =>
        services.AddResiliencePipeline(GitHostApi, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            Configure(builder, TimeSpan.FromSeconds(1));
        });

    /// <summary>The pipeline's strategies with the given first retry delay (tests shorten it).</summary>
    public static ResiliencePipelineBuilder Configure(ResiliencePipelineBuilder builder, TimeSpan firstDelay)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = firstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder()
                    .Handle<HttpRequestException>()
                    .Handle<StatusRefusedException>(exception => exception.IsTransient),
            })
            .AddTimeout(AttemptTimeout);
    }
}
