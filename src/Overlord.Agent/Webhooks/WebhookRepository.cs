namespace Overlord.Agent.Webhooks;

/// <summary>How a payload names its repository: every URL it gives, and owner/name (GitLab: the path with namespace).</summary>
public sealed record WebhookRepository(IReadOnlyList<string> Urls, string? FullName)
{
    public static WebhookRepository None { get; } = new([], null);

    public bool IsEmpty => Urls.Count == 0 && FullName is null;
}
