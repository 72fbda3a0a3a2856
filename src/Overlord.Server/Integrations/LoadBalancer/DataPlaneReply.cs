namespace Overlord.Server.Integrations.LoadBalancer;

/// <summary>An answer of the Data Plane API: its status and body, or (status 0) why no answer came.</summary>
public sealed record DataPlaneReply(int Status, string Body, string? Error)
{
    public bool Is(params int[] statuses) => Error is null && statuses.Contains(Status);

    /// <summary>For messages: <c>code:N</c> and the body, or the transport error.</summary>
    public string Describe() => Error ?? $"code {Status}: {Body.Trim()}";
}
