namespace Overlord.Client.Http;

/// <summary>What came back from a call: an HTTP answer with its whole body, or a transport failure.</summary>
public sealed record Exchange
{
    public ApiFailure Failure { get; private init; }

    public int StatusCode { get; private init; }

    public string? ReasonPhrase { get; private init; }

    /// <summary>The answer's <c>Content-Type</c>, as the node sent it, or null.</summary>
    public string? ContentType { get; private init; }

    public byte[] Body { get; private init; } = [];

    /// <summary>Why there was no answer, naming the entrypoint; null when there was one.</summary>
    public string? Message { get; private init; }

    /// <summary>A <see cref="ApiFailure.Timeout"/> of the whole call (<see cref="ClientOptions.Timeout"/>), not of one attempt.</summary>
    public bool WholeCallTimedOut { get; private init; }

    public bool Answered => Failure == ApiFailure.None;

    public bool IsSuccessStatus => Answered && StatusCode is >= 200 and < 300;

    internal static Exchange FromAnswer(int statusCode, string? reasonPhrase, string? contentType, byte[] body) =>
        new() { StatusCode = statusCode, ReasonPhrase = reasonPhrase, ContentType = contentType, Body = body };

    internal static Exchange FromFailure(ApiFailure failure, string message, bool wholeCallTimedOut = false) =>
        new() { Failure = failure, Message = message, WholeCallTimedOut = wholeCallTimedOut };
}
