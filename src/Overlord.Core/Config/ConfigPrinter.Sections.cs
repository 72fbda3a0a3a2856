using System.Text.Json.Nodes;

namespace Overlord.Core.Config;

public static partial class ConfigPrinter
{
    private static JsonObject Polling(PollingConfig polling) => new()
    {
        ["adaptive"] = new JsonObject
        {
            ["poll_window"] = Seconds(polling.Adaptive.PollWindow),
            ["max_idle"] = Seconds(polling.Adaptive.MaxIdle),
            ["idle_penalty"] = Seconds(polling.Adaptive.IdlePenalty),
            ["max_idle_penalty"] = Seconds(polling.Adaptive.MaxIdlePenalty),
        },
        ["jail_stats"] = Seconds(polling.JailStats),
        ["jail_info"] = Seconds(polling.JailInfo),
        ["projects"] = Seconds(polling.Projects),
        ["jails"] = Seconds(polling.Jails),
        ["jail_extras"] = Seconds(polling.JailExtras),
        ["project_info"] = Seconds(polling.ProjectInfo),
        ["autoscale"] = Seconds(polling.Autoscale),
        ["heartbeat"] = Seconds(polling.Heartbeat),
        ["skew"] = new JsonArray(Seconds(polling.Skew.Min), Seconds(polling.Skew.Max)),
        ["keywords"] = Map(polling.Keywords.ByGroup, Strings),
    };

    private static JsonObject Memcache(MemcacheConfig memcache) => new()
    {
        ["connections"] = Strings(memcache.Connections),
        ["max_pool_size"] = memcache.MaxPoolSize,
        ["pool_idle_timeout"] = memcache.PoolIdleTimeout,
        ["retry_attempts"] = memcache.RetryAttempts,
        ["retry_timeout"] = memcache.RetryTimeout,
        ["dead_timeout"] = memcache.DeadTimeout,
        ["connect_timeout"] = memcache.ConnectTimeout,
        ["timeout"] = memcache.Timeout,
        ["no_delay"] = memcache.NoDelay,
    };

    private static JsonObject Chain(ChainConfig chain)
    {
        var result = new JsonObject { ["entrypoint"] = chain.Entrypoint, ["access_token"] = Mask(chain.AccessToken) };
        AddHttp(result, chain.Http, withCaCert: false);
        result["disable"] = chain.Disable;
        result["cacert"] = chain.Http.CaCert;
        result["retry"] = new JsonObject
        {
            ["total"] = chain.Retry.Total,
            ["max_backoff_wait"] = chain.Retry.MaxBackoffWait.TotalSeconds,
            ["backoff_factor"] = chain.Retry.BackoffFactor,
            ["respect_retry_after_header"] = chain.Retry.RespectRetryAfterHeader,
            ["backoff_jitter"] = chain.Retry.BackoffJitter,
        };
        return result;
    }

    private static JsonObject? HaproxyApi(HaproxyApiConfig? api)
    {
        if (api is null)
        {
            return null;
        }

        var result = new JsonObject
        {
            ["entrypoint"] = api.Entrypoint,
            ["auth"] = new JsonObject { ["username"] = api.Username, ["password"] = Mask(api.Password) },
        };
        AddHttp(result, api.Http, withCaCert: true);
        return result;
    }

    private static void AddHttp(JsonObject target, HttpClientSettings http, bool withCaCert)
    {
        target["timeout"] = Seconds(http.Timeout);
        target["read_timeout"] = Seconds(http.ReadTimeout);
        target["write_timeout"] = Seconds(http.WriteTimeout);
        target["connect_timeout"] = Seconds(http.ConnectTimeout);
        target["pool_timeout"] = Seconds(http.PoolTimeout);
        target["max_keepalive_connections"] = http.MaxKeepaliveConnections;
        target["max_connections"] = http.MaxConnections;
        target["keepalive_expiry"] = Seconds(http.KeepaliveExpiry);
        if (withCaCert)
        {
            target["cacert"] = http.CaCert;
        }
    }

    private static JsonObject Etcd(EtcdHostConfig host) => new()
    {
        ["port"] = host.Port,
        ["protocol"] = host.Protocol,
        ["ca_cert"] = host.CaCert,
        ["cert_key"] = host.CertKey,
        ["timeout"] = Seconds(host.Timeout),
        ["api_path"] = host.ApiPath,
    };

    private static JsonObject Autodisable(AutodisableConfig autodisable) => new()
    {
        ["enabled"] = autodisable.Enabled,
        ["failures"] = autodisable.Failures,
        ["interval"] = Seconds(autodisable.Interval),
        ["increase"] = Seconds(autodisable.Increase),
        ["max-increase"] = Seconds(autodisable.MaxIncrease),
        ["strict"] = autodisable.Strict,
    };

    private static JsonObject Agent(AgentConfig agent) => new()
    {
        ["repository"] = agent.Repository,
        ["branch"] = agent.Branch,
        ["paths"] = Strings(agent.Paths),
        ["interval"] = Seconds(agent.Interval),
        ["notes_ref"] = agent.NotesRef,
        ["push_notes"] = agent.PushNotes,
        ["prune"] = agent.Prune,
        ["self_heal"] = agent.SelfHeal,
        ["env_files"] = Strings(agent.EnvFiles),
        ["identity"] = new JsonObject { ["name"] = agent.Identity.Name, ["email"] = agent.Identity.Email },
        ["webhooks"] = new JsonObject
        {
            ["github"] = Webhook("secret", agent.Webhooks.GitHubSecret),
            ["gitea"] = Webhook("secret", agent.Webhooks.GiteaSecret),
            ["gitlab"] = Webhook("token", agent.Webhooks.GitLabToken),
        },
        ["commit_status"] = agent.CommitStatus is not { } status ? null : new JsonObject
        {
            ["provider"] = status.Provider == CommitStatusProvider.GitHub ? "github" : "gitea",
            ["api_url"] = status.ApiUrl,
            ["token"] = Mask(status.Token),
        },
        ["verify"] = agent.Verify is not { } verify ? null : new JsonObject
        {
            ["mode"] = verify.Mode == SignatureMode.Ssh ? "ssh" : "gpg",
            ["allowed_signers"] = verify.AllowedSigners,
            ["keyring"] = verify.Keyring,
            ["fingerprints"] = Strings(verify.Fingerprints),
            ["every_commit"] = verify.EveryCommit,
        },
    };

    // A provider without a secret has no webhook route: null, as it would be written in overlord.yml.
    private static JsonObject? Webhook(string key, Secret? secret) => secret is null ? null : new JsonObject { [key] = Masked };
}
