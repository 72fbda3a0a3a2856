using Overlord.Client;
using Overlord.Client.Http;

namespace Overlord.Server.Chains;

/// <summary>
/// Sends a forwarded request to a child through the chain's <see cref="OverlordClient"/>: the chain's own token
/// (never the caller's), its timeouts, the client's retries for idempotent methods (which never retry an answer
/// that is already a chain error envelope, reference 13.3) and an <c>X-Overlord-Deadline</c> shortened on each
/// retry. Only the failure's naming is the chain's: the original's httpx exception names.
/// </summary>
public static class ChainSender
{
    /// <summary>The child's answer as it came, or why there was none. <paramref name="call"/>'s route is below the child's <c>/v1/</c>.</summary>
    public static async Task<ChainReply> SendAsync(ChainClient chain, ApiCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(call);
        var exchange = await chain.Client.SendRawAsync(call, cancellationToken);
        if (exchange.Answered)
        {
            return ChainReply.Answer(exchange.StatusCode, exchange.ContentType, exchange.Body);
        }

        return ChainReply.Failure(ErrorType(exchange), $"{chain.Name}: {exchange.Message}");
    }

    private static string ErrorType(Exchange exchange) => exchange.Failure switch
    {
        ApiFailure.Timeout when exchange.WholeCallTimedOut => "TimeoutException",
        ApiFailure.Timeout => "ReadTimeout",
        _ => "ConnectError",
    };
}
