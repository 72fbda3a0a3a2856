namespace Overlord.Testing.FakeTools;

/// <summary>
/// A jail for <see cref="FakeToolbox.AddJail"/> to lay out as AppJail does, so the fake <c>appjail jail get</c>,
/// <c>status</c>, <c>cpuset</c> and <c>rctl</c> report it.
/// </summary>
public sealed record FakeJail(string Name)
{
    /// <summary><c>jail_type</c> in conf/config.conf (<c>type</c>).</summary>
    public string Type { get; init; } = "thin";

    /// <summary><c>osversion</c> in conf/config.conf (<c>version</c>).</summary>
    public string Version { get; init; } = "14.2-RELEASE";

    public string Arch { get; init; } = "amd64";

    public string ReleaseName { get; init; } = "default";

    /// <summary>Virtual network name → the jail's IPv4 address on it (<c>network_ip4</c>, <c>networks</c>).</summary>
    public IReadOnlyDictionary<string, string> Networks { get; init; } = new Dictionary<string, string>();

    /// <summary>Exposed ports, by nro 0, 1, ... (<c>ports</c>).</summary>
    public IReadOnlyList<FakePort> Ports { get; init; } = [];

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public bool Running { get; init; }
}
