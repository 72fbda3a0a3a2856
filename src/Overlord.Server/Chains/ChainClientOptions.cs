using Overlord.Client.Http;
using Overlord.Core.Config;

namespace Overlord.Server.Chains;

/// <summary>A chain's overlord.yml settings (timeouts, limits, cacert, retry) as the client's options.</summary>
public static class ChainClientOptions
{
    public static ClientOptions From(ChainConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var http = config.Http;
        var retry = config.Retry;
        return ClientOptions.Chain with
        {
            Timeout = http.Timeout ?? Timeout.InfiniteTimeSpan,

            // One attempt must be both sent and read within it: the longer of the two limits.
            ReadTimeout = Longest(http.ReadTimeout, http.WriteTimeout),
            ConnectTimeout = http.ConnectTimeout ?? Timeout.InfiniteTimeSpan,
            MaxConnections = http.MaxConnections,
            KeepaliveExpiry = http.KeepaliveExpiry,
            CaCertFile = http.CaCert,
            Retry = new RetryOptions
            {
                Total = retry.Total,
                BackoffFactor = retry.BackoffFactor,
                MaxBackoffWait = retry.MaxBackoffWait,
                BackoffJitter = retry.BackoffJitter,
                RespectRetryAfter = retry.RespectRetryAfterHeader,
            },
        };
    }

    private static TimeSpan Longest(TimeSpan? read, TimeSpan? write) =>
        read is { } r && write is { } w ? (r > w ? r : w) : Timeout.InfiniteTimeSpan;
}
