using Overlord.Client.Contract;
using Overlord.Core;

namespace Overlord.Server.Chains;

/// <summary>What came back from a child: an HTTP answer with its whole body, or why there was none.</summary>
public sealed record ChainReply
{
    public int StatusCode { get; private init; }

    public string? ContentType { get; private init; }

    public byte[] Body { get; private init; } = [];

    /// <summary>The failure's kind, named as the original's httpx exceptions (<c>ConnectError</c>, <c>ReadTimeout</c>).</summary>
    public string? ErrorType { get; private init; }

    public string? ErrorMessage { get; private init; }

    public bool Answered => ErrorType is null;

    public bool IsSuccess => Answered && StatusCode is >= 200 and < 300;

    /// <summary>False for a 204, 205 or 304 (RFC 9110), whose status is the whole answer, and for no answer at all.</summary>
    public bool HasBody => CanHaveBody(StatusCode);

    /// <summary>
    /// The child's answer. A status that cannot carry a body keeps none (not even an empty one, nor its
    /// content type), since Kestrel refuses any write to such a response (issue 10, item 2).
    /// </summary>
    public static ChainReply Answer(int statusCode, string? contentType, byte[] body) => CanHaveBody(statusCode)
        ? new() { StatusCode = statusCode, ContentType = contentType, Body = body }
        : new() { StatusCode = statusCode };

    /// <summary>An answer of this node's own: a contract record as JSON, its status code set, as the API writes one.</summary>
    public static ChainReply Contract<T>(int statusCode, T body)
        where T : ApiResponse =>
        Answer(statusCode, "application/json", OverlordJson.Answer(statusCode, body));

    /// <summary>An answer of this node's own with only a message, as the API writes one.</summary>
    public static ChainReply Message(int statusCode, string message) => Contract(statusCode, ApiResponse.Of(statusCode, message));

    public static bool CanHaveBody(int statusCode) => statusCode is not (204 or 205 or 304) and >= 200;

    /// <summary>
    /// A failure to reach the child. The message goes into logs and up the tree, and an exception's text may
    /// quote the entrypoint, so any password in a URL is masked (issue 11.7).
    /// </summary>
    public static ChainReply Failure(string errorType, string message) => new() { ErrorType = errorType, ErrorMessage = UrlCredentials.Redact(message) };
}
