using System.Text.RegularExpressions;

namespace Overlord.FakeTools;

/// <summary>
/// Jails as AppJail lays them out: a folder JAILS/NAME with jail/ (the root), conf/config.conf (what `jail get`
/// reports as type, version, ...), conf/labels/LABEL/value and .done once it is fully created.
/// Whether a jail runs is a marker file in the state folder (the real one asks the kernel).
/// </summary>
internal sealed partial class JailStore(FakeSettings settings)
{
    /// <summary>What `appjail jail create` writes for a thin jail of the default release.</summary>
    private const string DefaultConfig = "appjail_version: 4.6.0\nbirth: 1735689600\nosarch: amd64\nosversion: 14.2-RELEASE\njail_type: thin\nrelease_name: default\n";

    public static bool IsValidName(string jail) => JailName().IsMatch(jail);

    public bool Exists(string jail) => Directory.Exists(PathOf(jail));

    public bool IsRunning(string jail) => File.Exists(Path.Combine(settings.RunningDirectory, jail));

    public string PathOf(string jail) => Path.Combine(settings.JailsDirectory, jail);

    /// <summary>The jail's root folder (its <c>/</c>): JAILS/NAME/jail.</summary>
    public string RootOf(string jail) => Path.Combine(PathOf(jail), "jail");

    public void Create(string jail, IReadOnlyDictionary<string, string> labels)
    {
        Directory.CreateDirectory(Path.Combine(PathOf(jail), "jail"));
        Directory.CreateDirectory(Path.Combine(PathOf(jail), "conf"));
        File.WriteAllText(Path.Combine(PathOf(jail), "conf", "config.conf"), DefaultConfig);
        File.WriteAllText(Path.Combine(PathOf(jail), ".done"), "");
        foreach (var (label, value) in labels)
        {
            var labelDirectory = Path.Combine(PathOf(jail), "conf", "labels", label);
            Directory.CreateDirectory(labelDirectory);
            File.WriteAllText(Path.Combine(labelDirectory, "value"), value);
        }
    }

    public void Start(string jail)
    {
        Directory.CreateDirectory(settings.RunningDirectory);
        File.WriteAllText(Path.Combine(settings.RunningDirectory, jail), "");
    }

    public void Stop(string jail) => File.Delete(Path.Combine(settings.RunningDirectory, jail));

    public void Destroy(string jail)
    {
        Stop(jail);

        // A VM lives in its jail (vm-bhyve in the jail, named after it): it goes with the jail.
        var vm = Path.Combine(settings.VmDirectory, jail);
        if (File.Exists(vm))
        {
            File.Delete(vm);
        }
        if (Exists(jail))
        {
            Directory.Delete(PathOf(jail), recursive: true);
        }
    }

    /// <summary>The value of a label, or null when the jail has no such label.</summary>
    public string? Label(string jail, string label)
    {
        var file = Path.Combine(PathOf(jail), "conf", "labels", label, "value");
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    /// <summary>AppJail's status code: 0 running, 1 stopped, 65 bad name, 66 no such jail.</summary>
    public int Status(string jail) =>
        !IsValidName(jail) ? 65 : !Exists(jail) ? 66 : IsRunning(jail) ? 0 : 1;

    [GeneratedRegex("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$")]
    private static partial Regex JailName();
}
