using System.Text;

namespace Overlord.Agent.Webhooks;

/// <summary>What a webhook route watches: its provider's shared secret (null: unsigned requests allowed), the repository and branch.</summary>
public sealed record WebhookTarget(WebhookProvider Provider, string? Secret, string Repository, string Branch)
{
    /// <summary>The branch as a full ref: <c>main</c> and <c>refs/heads/main</c> both give <c>refs/heads/main</c>.</summary>
    public string BranchRef => Branch.StartsWith("refs/heads/", StringComparison.Ordinal) ? Branch : "refs/heads/" + Branch;

    // The generated ToString would print the secret.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Provider = {Provider}, Secret = {(Secret is null ? "null" : "***")}, Repository = {Repository}, Branch = {Branch}");
        return true;
    }
}
