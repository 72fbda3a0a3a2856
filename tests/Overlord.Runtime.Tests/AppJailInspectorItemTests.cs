using Overlord.Core.Config;
using Overlord.Core.Jails;
using Overlord.Runtime.AppJail;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

/// <summary>
/// jail/{devfs,expose,healthcheck,limits,fstab,labels,nat,volumes}: read from JAILS/JAIL/conf laid out as AppJail
/// writes it (share/appjail/cmd/*: one file per keyword, each value followed by a newline).
/// </summary>
public sealed class AppJailInspectorItemTests : IDisposable
{
    private readonly TempDirectory _jails = new("overlord-jails");

    public void Dispose() => _jails.Dispose();

    [Fact]
    public async Task Devfs_NumberedEntries_InNumericOrderWithTheirNro()
    {
        Entry("web", "boot/devfs/10", ("enabled", "1"), ("name", "bpf"), ("rule", "path 'bpf*' unhide"));
        Entry("web", "boot/devfs/2", ("enabled", "0"), ("name", "tun"), ("rule", "path 'tun*' unhide"));

        var devfs = await ItemAsync(JailItem.Devfs);

        Assert.Equal(
            [
                Record(("enabled", "0"), ("rule", "path 'tun*' unhide"), ("name", "tun"), ("nro", "2")),
                Record(("enabled", "1"), ("rule", "path 'bpf*' unhide"), ("name", "bpf"), ("nro", "10")),
            ],
            devfs);
    }

    [Fact]
    public async Task Expose_RuleKeyword_ReadsThePfRuleFile()
    {
        Entry("web", "boot/expose/0", ("enabled", "1"), ("hport", "8080"), ("jport", "80"), ("protocol", "tcp"),
            ("pf-rule", "rdr pass on \"em0\" inet proto tcp from any to (em0) port 8080 -> 10.0.0.3 port 80"));

        var expose = await ItemAsync(JailItem.Expose, NarrowWith("expose", "hport", "jport", "rule"));

        Assert.Equal(
            [Record(("hport", "8080"), ("jport", "80"), ("rule", "rdr pass on \"em0\" inet proto tcp from any to (em0) port 8080 -> 10.0.0.3 port 80"), ("nro", "0"))],
            expose);
    }

    [Fact]
    public async Task Healthcheck_NarrowKeywords_ReadTheHealthFolder()
    {
        Entry("web", "boot/health/0", ("enabled", "1"), ("name", "http"), ("status", "healthy"), ("health_cmd", "host:curl -f http://localhost"),
            ("health_type", "host"), ("recover_cmd", "jail:service nginx restart"), ("recover_type", "jail"), ("retries", "3"));

        var health = await ItemAsync(JailItem.Healthcheck);

        Assert.Equal(
            [Record(("enabled", "1"), ("name", "http"), ("status", "healthy"), ("health_cmd", "host:curl -f http://localhost"),
                ("health_type", "host"), ("recover_cmd", "jail:service nginx restart"), ("recover_type", "jail"), ("nro", "0"))],
            health);
    }

    [Fact]
    public async Task Limits_NarrowKeywords_ReadTheLimitsFolder()
    {
        Entry("web", "boot/limits/0", ("enabled", "1"), ("name", "memory"), ("rule", "memoryuse:deny=512M"), ("action", "deny"));

        var limits = await ItemAsync(JailItem.Limits);

        Assert.Equal([Record(("enabled", "1"), ("name", "memory"), ("rule", "memoryuse:deny=512M"), ("nro", "0"))], limits);
    }

    [Fact]
    public async Task Fstab_Keywords_MapToFstabFieldFiles_PassIncluded()
    {
        Entry("web", "boot/fstab/0", ("enabled", "1"), ("name", "data"), ("fs_spec", "/srv/data"), ("fs_file", "/data"),
            ("fs_vfstype", "nullfs"), ("fs_mntops", "rw"), ("fs_freq", "0"), ("fs_passno", "2"));

        var fstab = await ItemAsync(JailItem.Fstab);

        Assert.Equal(
            [Record(("enabled", "1"), ("name", "data"), ("device", "/srv/data"), ("mountpoint", "/data"), ("type", "nullfs"),
                ("options", "rw"), ("dump", "0"), ("pass", "2"), ("nro", "0"))],
            fstab);
    }

    [Fact]
    public async Task Labels_ValueAndName()
    {
        Entry("web", "labels/overlord.vm", ("value", "1"));
        Entry("web", "labels/appjail.dns.alt-name", ("value", "www"));

        var labels = await ItemAsync(JailItem.Labels);

        Assert.Equal([Record(("value", "www"), ("name", "appjail.dns.alt-name")), Record(("value", "1"), ("name", "overlord.vm"))], labels);
    }

    [Fact]
    public async Task Nat_RuleFromPfNatConfAndTheNetwork()
    {
        Entry("web", "boot/nat/ajnet", ("pf-nat.conf", "nat on \"em0\" from 10.0.0.3 to any -> (em0)"));

        var nat = await ItemAsync(JailItem.Nat);

        Assert.Equal([Record(("rule", "nat on \"em0\" from 10.0.0.3 to any -> (em0)"), ("network", "ajnet"))], nat);
    }

    [Fact]
    public async Task Volumes_FieldsAndName()
    {
        Entry("web", "volumes/data", ("mountpoint", "/var/db"), ("type", "<pseudofs>"), ("uid", "80"), ("gid", "80"), ("perm", "750"));

        var volumes = await ItemAsync(JailItem.Volumes);

        Assert.Equal([Record(("mountpoint", "/var/db"), ("type", "<pseudofs>"), ("uid", "80"), ("gid", "80"), ("perm", "750"), ("name", "data"))], volumes);
    }

    [Fact]
    public async Task Values_LoseOneFinalNewline_EmptyOrMissingFilesAreNull()
    {
        Directory.CreateDirectory(_jails.Combine("web", "conf", "volumes", "data"));
        _jails.Write("web/conf/volumes/data/mountpoint", "/var/db\n\n");
        _jails.Write("web/conf/volumes/data/type", "");
        _jails.Write("web/conf/volumes/data/uid", "\n");

        var volumes = await ItemAsync(JailItem.Volumes);

        Assert.Equal([Record(("mountpoint", "/var/db\n"), ("type", null), ("uid", null), ("gid", null), ("perm", null), ("name", "data"))], volumes);
    }

    [Fact]
    public async Task Item_JailWithoutThatFolder_IsEmpty()
    {
        Directory.CreateDirectory(_jails.Combine("web", "jail"));

        var devfs = await ItemAsync(JailItem.Devfs);

        Assert.Empty(devfs!);
    }

    [Fact]
    public async Task Item_MissingJail_IsNull()
    {
        var devfs = await ItemAsync(JailItem.Devfs, jail: "ghost");

        Assert.Null(devfs);
    }

    private static PollingKeywords NarrowWith(string group, params string[] keywords) => AppJailInspectorHarness.NarrowWith(group, keywords);

    private static Dictionary<string, string?> Record(params (string Key, string? Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>One entry folder, each file written as AppJail's <c>printf "%s\n"</c> does.</summary>
    private void Entry(string jail, string folder, params (string File, string Value)[] files)
    {
        foreach (var (file, value) in files)
        {
            _jails.Write(Path.Combine(jail, "conf", folder, file), value + "\n");
        }
    }

    private async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>?> ItemAsync(JailItem item, PollingKeywords? keywords = null, string jail = "web")
    {
        var options = new AppJailInspectorOptions { JailsDirectory = _jails.Path, Keywords = keywords ?? PollingKeywords.Narrow };
        using var inspector = AppJailInspectorHarness.Create(options);
        return await inspector.GetItemAsync(jail, item, TestContext.Current.CancellationToken);
    }
}
