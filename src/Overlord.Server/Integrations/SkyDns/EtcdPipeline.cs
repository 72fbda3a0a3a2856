using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Timeout;

namespace Overlord.Server.Integrations.SkyDns;

/// <summary>
/// The resilience pipeline of one call to one etcd host, registered once under a named key. It bounds the call by the
/// host's <c>etcd.HOST.timeout</c>. It does not retry: the gateway's failover to the next host, and the skip window of
/// a failed host (reference section 10.1), are the original's retry, and a retry here would hold a dead host longer.
/// </summary>
public static class EtcdPipeline
{
    /// <summary>The key of the pipeline every etcd call goes through.</summary>
    public const string Key = "overlord-etcd";

    /// <summary>The bound of the attempt, set per call by the gateway from the host's configuration.</summary>
    public static readonly ResiliencePropertyKey<TimeSpan> HostTimeout = new("overlord-etcd-host-timeout");

    public static IServiceCollection AddEtcdPipeline(this IServiceCollection services) =>
        services.AddResiliencePipeline(Key, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            Configure(builder);
        });

    /// <summary>The pipeline's strategies, for the registration and for tests that build it by hand.</summary>
    public static ResiliencePipelineBuilder Configure(ResiliencePipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = arguments => ValueTask.FromResult(
                arguments.Context.Properties.TryGetValue(HostTimeout, out var timeout) ? timeout : EtcdHost.DefaultTimeout),
        });
    }

    /// <summary>The pipeline as registered, on the given clock, for code and tests outside the container.</summary>
    public static ResiliencePipeline Build(TimeProvider timeProvider) =>
        Configure(new ResiliencePipelineBuilder { TimeProvider = timeProvider }).Build();
}
