using Polly;
using Polly.Registry;
using Polly.Retry;

namespace Overlord.Client.Http;

/// <summary>
/// The retry pipeline in front of a node ("overlord-node"), built once per <see cref="ClientPipelineKey"/>
/// and kept in a Polly.Core registry. It holds only the retry strategy: the per-attempt and whole-call
/// timeouts are linked cancellation sources in the client, on real time, so that a test clock that skips
/// retry waits does not also fire every timeout, and so a failure can say which limit it hit.
/// </summary>
public static class ClientPipelines
{
    /// <summary>The pipeline's name, for what it protects.</summary>
    public const string Name = "overlord-node";

    private static readonly ResiliencePipelineRegistry<ClientPipelineKey> Registry = new();

    /// <summary>The pipeline for <paramref name="retry"/>; the empty pipeline when retries are off.</summary>
    public static ResiliencePipeline<HttpResponseMessage> For(RetryOptions retry, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(retry);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (retry.Total <= 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        return Registry.GetOrAddPipeline<HttpResponseMessage>(
            new ClientPipelineKey(retry, timeProvider),
            static (builder, context) => Configure(builder, context.PipelineKey));
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ClientPipelineKey key)
    {
        var retry = key.Retry;
        builder.Name = Name;
        builder.TimeProvider = key.TimeProvider;
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = retry.Total,
            ShouldHandle = args => TransientFailures.IsTransientAsync(args.Outcome, args.Context),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                RetryDelays.Next(retry, args.AttemptNumber, args.Outcome.Result, key.TimeProvider.GetUtcNow(), Random.Shared.NextDouble())),
        });
    }
}
