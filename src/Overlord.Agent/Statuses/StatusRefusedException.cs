using System.Net;

namespace Overlord.Agent.Statuses;

/// <summary>A git host answered a status call with an error; 408, 429 and 5xx are worth another attempt.</summary>
public sealed class StatusRefusedException(HttpStatusCode statusCode) : Exception($"HTTP {(int)statusCode}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public bool IsTransient => StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)StatusCode >= 500;
}
