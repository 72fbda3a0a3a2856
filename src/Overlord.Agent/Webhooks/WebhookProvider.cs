namespace Overlord.Agent.Webhooks;

/// <summary>Who sends a webhook; decides the signature scheme and the header names. Gitea covers Forgejo and Gogs.</summary>
public enum WebhookProvider
{
    GitHub,
    Gitea,
    GitLab,
    Generic,
}
