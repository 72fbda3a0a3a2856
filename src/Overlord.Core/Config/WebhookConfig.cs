namespace Overlord.Core.Config;

/// <summary><c>agent.webhooks</c>: the shared secrets that git hosts sign their webhooks with. A provider
/// without a secret has no webhook route.</summary>
public sealed record WebhookConfig
{
    public const string SectionName = "webhooks";

    /// <summary><c>github.secret</c>: the HMAC key of <c>X-Hub-Signature-256</c>.</summary>
    public Secret? GitHubSecret { get; init; }

    /// <summary><c>gitea.secret</c>: the HMAC key of <c>X-Gitea-Signature</c>.</summary>
    public Secret? GiteaSecret { get; init; }

    /// <summary><c>gitlab.token</c>: the value GitLab sends in <c>X-Gitlab-Token</c>.</summary>
    public Secret? GitLabToken { get; init; }
}
