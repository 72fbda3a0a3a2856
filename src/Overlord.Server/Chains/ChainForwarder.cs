using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Overlord.Client.Http;
using Overlord.Core.Chains;
using Overlord.Server.Auth;
using Overlord.Server.Node;

namespace Overlord.Server.Chains;

/// <summary>
/// One hop of <c>/v1/chain/{a.b.c}/&lt;route&gt;</c> (reference 2.3), for every route alike: the hop takes the
/// first name as its child, sends the same method, body and query to <c>/v1/chain/{b.c}/&lt;route&gt;</c> there
/// (or to the plain route when the child is the tail) with the child's token, and answers with the child's
/// answer. A failure answers the chain error envelope; only the tail's failures count for smart timeouts. The
/// caller's scope goes along as <c>X-Overlord-Scope</c> (issue 13.1).
/// </summary>
public sealed class ChainForwarder(ChainDirectory chains, ChainAvailability availability, NodeIdentity identity, ILogger<ChainForwarder> logger)
{
    internal async Task<ChainReply> ForwardAsync(HttpContext context, string chainPath, string route, CancellationToken cancellationToken)
    {
        if (!ChainPath.TryParse(chainPath, out var path, out _))
        {
            // The original raised here and answered 500; a malformed path is the caller's mistake.
            return ChainReply.Message(StatusCodes.Status400BadRequest, $"Invalid chain: {chainPath}");
        }

        var next = path.Segments[0];
        var rest = string.Join('.', path.Segments.Skip(1));
        var method = context.Request.Method;
        var function = ChainFunctionNames.For(method, route);
        if (!chains.TryGet(next, out var chain))
        {
            return ChainReply.Message(StatusCodes.Status404NotFound, $"Next entrypoint '{next}' cannot be found.");
        }

        var tail = rest.Length == 0;
        if (tail && availability.RefusesCall(next))
        {
            return ChainErrors.Envelope(StatusCodes.Status503ServiceUnavailable, function, next, rest, "UnavailableChain", ChainErrors.DisabledMessage);
        }

        var raw = RawRoute(context, chainPath, route);
        var call = await BuildAsync(context, tail ? raw : $"chain/{rest}/{raw}", cancellationToken);
        var reply = await ChainSender.SendAsync(chain, call, cancellationToken);
        if (reply.Answered && !reply.HasBody)
        {
            // A chained DELETE's 204 (or a 304) is its status alone: there is no body to copy (issue 10, item 2).
            availability.RecordSuccess(next);
            return reply;
        }

        if (reply.IsSuccess)
        {
            availability.RecordSuccess(next);
            if (reply.StatusCode == StatusCodes.Status201Created && ChainErrors.MessageOf(reply.Body) is { } created)
            {
                // The original re-wraps a chained create (metadata, namespace) as 200 {"message"}; its clients expect that.
                return ChainReply.Message(StatusCodes.Status200OK, created);
            }

            return reply;
        }

        if (tail && ChainAvailability.Counts(reply.StatusCode))
        {
            availability.RecordFailure(next, reply.ErrorMessage ?? $"status {reply.StatusCode}");
        }

        if (!reply.Answered)
        {
            logger.LogWarning("Forwarding {Function} to {Chain} (rest {Rest}) failed: {Error}", function, next, rest, reply.ErrorMessage);
            return ChainErrors.Envelope(StatusCodes.Status503ServiceUnavailable, function, next, rest, reply.ErrorType!, reply.ErrorMessage!);
        }

        if (HttpMethods.IsHead(method) || ChainErrors.IsEnvelope(reply.Body))
        {
            // A HEAD's answer is its status; an envelope already names the hop that failed further down.
            return reply;
        }

        var message = ChainErrors.MessageOf(reply.Body) ?? $"HTTP {reply.StatusCode}";
        return ChainErrors.Envelope(reply.StatusCode, function, next, rest, "HTTPStatusError", message);
    }

    /// <summary>The route as the caller wrote it (still escaped), so a decoded <c>%2F</c> or <c>%3F</c> cannot change its meaning.</summary>
    private static string RawRoute(HttpContext context, string chainPath, string route)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        raw = query < 0 ? raw : raw[..query];
        var prefix = $"/v1/chain/{chainPath}/";
        return raw.StartsWith(prefix, StringComparison.Ordinal)
            ? raw[prefix.Length..]
            : string.Join('/', route.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>The caller's request for the child: same method, body, content type and query, below the child's <c>/v1/</c>.</summary>
    private async Task<ApiCall> BuildAsync(HttpContext context, string route, CancellationToken cancellationToken)
    {
        var incoming = context.Request;
        byte[]? body = null;
        if (incoming.ContentLength > 0 || incoming.Headers.TransferEncoding.Count > 0)
        {
            using var buffer = new MemoryStream();
            await incoming.Body.CopyToAsync(buffer, cancellationToken);
            body = buffer.ToArray();
        }

        return new ApiCall(new HttpMethod(incoming.Method), route + incoming.QueryString.Value, body)
        {
            ContentType = incoming.ContentType,
            Visited = VisitedServers.With(VisitedServers.Read(incoming), identity.ServerId),
            Deadline = ForwardDeadline.ForChild(ForwardDeadline.Read(incoming)),

            // The chain token is admin on the child; the caller's scope keeps the child to what the caller may do.
            Scope = GrantedScope.Of(context).Name(),
        };
    }
}
