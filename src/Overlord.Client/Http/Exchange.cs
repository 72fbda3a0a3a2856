namespace Overlord.Client.Http;

/// <summary>What came back from a call: an HTTP answer with its whole body, or a transport failure.</summary>
internal sealed record Exchange
{
    public ApiFailure Failure { get; private init; }

    public int StatusCode { get; private init; }

    public string? ReasonPhrase { get; private init; }

    public byte[] Body { get; private init; } = [];

    public string? Message { get; private init; }

    public bool Answered => Failure == ApiFailure.None;

    public bool IsSuccessStatus => Answered && StatusCode is >= 200 and < 300;

    public static Exchange FromAnswer(int statusCode, string? reasonPhrase, byte[] body) =>
        new() { StatusCode = statusCode, ReasonPhrase = reasonPhrase, Body = body };

    public static Exchange FromFailure(ApiFailure failure, string message) =>
        new() { Failure = failure, Message = message };
}
