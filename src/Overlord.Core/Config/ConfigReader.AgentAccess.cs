using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

internal sealed partial class ConfigReader
{
    private AgentIdentity ReadIdentity(MappingReader agent)
    {
        var defaults = new AgentIdentity { Email = AgentIdentity.DefaultEmail(_host.HostName) };
        if (agent.Mapping(AgentIdentity.SectionName) is not { } reader)
        {
            return defaults;
        }

        var identity = new AgentIdentity
        {
            Name = ConfigValues.Text(reader, "name") ?? defaults.Name,
            Email = ConfigValues.Text(reader, "email") ?? defaults.Email,
        };
        if (reader.Has("email") && (!identity.Email.Contains('@', StringComparison.Ordinal) || identity.Email.IndexOfAny(['<', '>', ' ', '\n']) >= 0))
        {
            _bag.Error(reader.Node["email"]!, reader.ChildPath("email"), $"'{identity.Email}' is not an e-mail address (name@host, without <>)");
        }

        reader.RejectUnknownKeys();
        return identity;
    }

    private static WebhookConfig ReadWebhooks(MappingReader agent)
    {
        if (agent.Mapping(WebhookConfig.SectionName) is not { } reader)
        {
            return new WebhookConfig();
        }

        var webhooks = new WebhookConfig
        {
            GitHubSecret = ReadProviderSecret(reader, "github", "secret"),
            GiteaSecret = ReadProviderSecret(reader, "gitea", "secret"),
            GitLabToken = ReadProviderSecret(reader, "gitlab", "token"),
        };
        reader.RejectUnknownKeys();
        return webhooks;
    }

    private static Secret? ReadProviderSecret(MappingReader webhooks, string provider, string key)
    {
        if (webhooks.Mapping(provider) is not { } reader)
        {
            return null;
        }

        var secret = ConfigValues.Secret(reader, key, required: true);
        reader.RejectUnknownKeys();
        return secret;
    }

    private static CommitStatusConfig? ReadCommitStatus(MappingReader agent)
    {
        if (agent.Mapping(CommitStatusConfig.SectionName) is not { } reader)
        {
            return null;
        }

        var provider = ConfigValues.Choice(reader, "provider", Providers, "a supported git host", required: true);
        var apiUrl = ConfigValues.HttpUrl(reader, "api_url", required: provider == CommitStatusProvider.Gitea);
        var token = ConfigValues.Secret(reader, "token", required: true);
        reader.RejectUnknownKeys();
        if (provider is not { } known || token is null || (apiUrl is null && known == CommitStatusProvider.Gitea))
        {
            return null;
        }

        return new CommitStatusConfig { Provider = known, ApiUrl = apiUrl ?? CommitStatusConfig.GitHubApiUrl, Token = token };
    }
}
