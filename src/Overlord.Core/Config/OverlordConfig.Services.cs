namespace Overlord.Core.Config;

public sealed partial record OverlordConfig
{
    public PollingConfig Polling { get; init; } = new();

    /// <summary>Accepted for compatibility; unused.</summary>
    public MemcacheConfig Memcache { get; init; } = new();

    public DirectorConfig Director { get; init; } = new();

    public AppJailConfig AppJail { get; init; } = new();

    /// <summary>Accepted for compatibility; unused (jobs are queued in SQLite).</summary>
    public BeanstalkdAddress BeanstalkdAddress { get; init; } = BeanstalkdAddress.Default;

    /// <summary>Accepted for compatibility; unused.</summary>
    public string BeanstalkdSecretFile { get; init; } = InDataDirectory("beanstalkd_secret");

    /// <summary>The longest a job may run; null for no limit.</summary>
    public TimeSpan? ExecutionTime { get; init; } = TimeSpan.FromSeconds(10800);

    /// <summary>
    /// <c>stop_grace</c>: how long a cancelled, timed-out or shut-down tool (Director, the VM installers) has between
    /// SIGTERM and SIGKILL to clean up; Director removes its project lock only when it gets that time.
    /// </summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>HAProxy's Data Plane API, or null.</summary>
    public HaproxyApiConfig? DataPlaneApi { get; init; }

    /// <summary>HAProxy's stats page (autoscale rules), or null.</summary>
    public HaproxyApiConfig? HaproxyStats { get; init; }

    public SkyDnsConfig SkyDns { get; init; } = new();

    /// <summary>etcd endpoints by host; <c>localhost:2379</c> when left out.</summary>
    public IReadOnlyDictionary<string, EtcdHostConfig> Etcd { get; init; } = EtcdHostConfig.Defaults;

    /// <summary>Jobs that may run at once.</summary>
    public int MaxWatchCommands { get; init; } = ConfigHost.Current.ProcessorCount;

    public MetadataConfig Metadata { get; init; } = new();

    public string ComponentsDirectory { get; init; } = InDataDirectory("components");

    public AutodisableConfig Autodisable { get; init; } = new();

    /// <summary>Autoscale log entries kept per project.</summary>
    public int MaxAutoscaleLogs { get; init; } = 30;

    public TimeSpan AutoscaleLogsExpireTime { get; init; } = TimeSpan.FromSeconds(600);
}
