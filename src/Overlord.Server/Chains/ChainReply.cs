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

    public static ChainReply Answer(int statusCode, string? contentType, byte[] body) =>
        new() { StatusCode = statusCode, ContentType = contentType, Body = body };

    public static ChainReply Failure(string errorType, string message) => new() { ErrorType = errorType, ErrorMessage = message };
}
