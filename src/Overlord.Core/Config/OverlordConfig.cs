namespace Overlord.Core.Config;

/// <summary>
/// A node's <c>overlord.yml</c>, every default filled in. Keys and defaults are the original's (reference
/// section 5); paths it kept under <c>&lt;sys.prefix&gt;/overlord</c> live under <see cref="DataDirectory"/>.
/// Built by <see cref="ConfigLoader"/>; <c>new OverlordConfig()</c> is the config of this machine without a file.
/// </summary>
public sealed partial record OverlordConfig
{
    /// <summary>The file looked for in the working directory when <c>$OVERLORD_CONFIG</c> is not set.</summary>
    public const string DefaultFileName = ".overlord.yml";

    /// <summary>The variable that names the config file.</summary>
    public const string PathVariable = "OVERLORD_CONFIG";

    /// <summary>The <see cref="Listen"/> value that means every address, IPv4 and IPv6, as the original bound.</summary>
    public const string AnyAddress = "*";

    /// <summary>Which runtime runs projects: AppJail on FreeBSD, processes elsewhere.</summary>
    public RuntimeKind Runtime { get; init; } = ConfigHost.Current.DefaultRuntime;

    /// <summary>The node's state: SQLite database, metadata, keys, the agent's clone.</summary>
    public string DataDirectory { get; init; } = ConfigHost.Current.DefaultDataDirectory;

    /// <summary>The address to bind: <see cref="AnyAddress"/>, an IP address or a host name.</summary>
    public string Listen { get; init; } = AnyAddress;

    /// <summary>The HTTP port.</summary>
    public int Port { get; init; } = 8888;

    public TlsConfig Tls { get; init; } = new();

    /// <summary>
    /// <c>tree_timeout</c> (ours): the longest a tree read answered by this node may take, whatever its caller
    /// allows; each node below gets a tenth less (at least 0.2 s) than its parent, so every level can answer
    /// in time with what it has. A child that has not answered by then is one failed node.
    /// </summary>
    public TimeSpan TreeTimeout { get; init; } = DefaultTreeTimeout;

    /// <summary>The default of <see cref="TreeTimeout"/>.</summary>
    public static readonly TimeSpan DefaultTreeTimeout = TimeSpan.FromSeconds(30);

    public bool Debug { get; init; }

    /// <summary>gzip responses when the client accepts it.</summary>
    public bool CompressResponse { get; init; } = true;

    /// <summary>The file that keeps this node's id (a UUID).</summary>
    public string ServerIdFile { get; init; } = InDataDirectory("serverid");

    /// <summary>The key that signs and checks tokens; when null, the key in <see cref="SecretKeyFile"/> (made on first use).</summary>
    public Secret? SecretKey { get; init; }

    public string SecretKeyFile { get; init; } = InDataDirectory("keyfile");

    /// <summary><c>log_config</c>: the original's Python logging dictConfig, kept as a tree of plain values
    /// (dictionaries, lists, strings, numbers, booleans, nulls); optional here.</summary>
    public IReadOnlyDictionary<string, object?>? LogConfig { get; init; }

    /// <summary>The children of this node, by chain name, in file order.</summary>
    public IReadOnlyDictionary<string, ChainConfig> Chains { get; init; } = new Dictionary<string, ChainConfig>(StringComparer.Ordinal);

    /// <summary>This node's labels, which specs target.</summary>
    public IReadOnlyList<string> Labels { get; init; } = ["all"];

    /// <summary>The GitOps agent, or null when this node runs none.</summary>
    public AgentConfig? Agent { get; init; }

    private static string InDataDirectory(string name) => Path.Combine(ConfigHost.Current.DefaultDataDirectory, name);
}
