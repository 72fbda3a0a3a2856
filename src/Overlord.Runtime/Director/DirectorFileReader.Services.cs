using YamlDotNet.RepresentationModel;

namespace Overlord.Runtime.Director;

internal sealed partial class DirectorFileReader
{
    private static readonly string[] ServiceKeys =
    [
        "priority", "name", "makejail", "runtime-makejail", "reset_options", "ignore_mtime", "options",
        "arguments", "runtime-arguments", "environment", "start-environment", "runtime-environment",
        "oci", "volumes", "scripts", "start", "serial",
    ];

    private List<DirectorService> ReadServices(YamlNode node)
    {
        var services = new List<DirectorService>();
        if (node is not YamlMappingNode mapping)
        {
            Error(node, "services", "must be a mapping");
            return services;
        }

        foreach (var (name, value) in Entries(mapping, "services", allowed: null))
        {
            var field = $"services/{name}";
            if (!JailNames.IsValidServiceName(name))
            {
                var key = mapping.Children.Keys.FirstOrDefault(key => key is YamlScalarNode scalar && scalar.Value == name) ?? value;
                Error(key, field, "service name is incorrect (allowed: letters, digits, '.', '_' and '-')");
            }
            else if (value is not YamlMappingNode service)
            {
                Error(value, field, "must be a mapping");
            }
            else
            {
                services.Add(ReadService(name, service, field));
            }
        }

        return services;
    }

    private DirectorService ReadService(string name, YamlMappingNode mapping, string field)
    {
        var entries = Entries(mapping, field, ServiceKeys);
        string? Text(string key) => entries.TryGetValue(key, out var node) ? ReadString(node, $"{field}/{key}") : null;
        IReadOnlyList<DirectorPair> Pairs(string key, bool allowNull) =>
            entries.TryGetValue(key, out var node) ? ReadPairs(node, $"{field}/{key}", allowNull) : [];

        var jailName = Text("name");
        if (jailName is not null && !JailNames.IsValidJailName(jailName))
        {
            Error(entries["name"], $"{field}/name", "jail name is incorrect");
        }

        return new DirectorService
        {
            Name = name,
            Line = (int)mapping.Start.Line,
            JailName = jailName,
            Makejail = Text("makejail") ?? DirectorService.DefaultMakejail,
            Priority = entries.TryGetValue("priority", out var priority) ? ReadInt(priority, $"{field}/priority") ?? DirectorService.DefaultPriority : DirectorService.DefaultPriority,
            ResetOptions = entries.TryGetValue("reset_options", out var reset) && ReadBool(reset, $"{field}/reset_options"),
            IgnoreMtime = entries.TryGetValue("ignore_mtime", out var mtime) && ReadBool(mtime, $"{field}/ignore_mtime"),
            Options = Pairs("options", allowNull: true),
            Arguments = Pairs("arguments", allowNull: false),
            Environment = Pairs("environment", allowNull: true),
            StartEnvironment = Pairs("start-environment", allowNull: true),
            Start = Pairs("start", allowNull: false),
            Volumes = Pairs("volumes", allowNull: false),
            Scripts = entries.TryGetValue("scripts", out var scripts) ? ReadScripts(scripts, $"{field}/scripts") : [],
            Oci = entries.TryGetValue("oci", out var oci) ? ReadOci(oci, $"{field}/oci") : null,
            RuntimeMakejail = Text("runtime-makejail"),
            RuntimeArguments = Pairs("runtime-arguments", allowNull: false),
            RuntimeEnvironment = Pairs("runtime-environment", allowNull: true),
            Serial = entries.TryGetValue("serial", out var serial) ? ReadInt(serial, $"{field}/serial") : null,
        };
    }

    private List<DirectorScript> ReadScripts(YamlNode node, string field)
    {
        var scripts = new List<DirectorScript>();
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, field, "must be a list");
            return scripts;
        }

        var number = 0;
        foreach (var item in sequence.Children)
        {
            var itemField = $"{field}/#{++number}";
            if (item is not YamlMappingNode mapping)
            {
                Error(item, itemField, "must be a mapping");
                continue;
            }

            var entries = Entries(mapping, itemField, ["shell", "type", "text", "post-start"]);
            var text = entries.TryGetValue("text", out var textNode) ? ReadString(textNode, $"{itemField}/text") : null;
            if (text is null)
            {
                Error(mapping, $"{itemField}/text", "value required but not defined");
            }

            var type = entries.TryGetValue("type", out var typeNode) ? ReadString(typeNode, $"{itemField}/type") : null;
            if (type is not null and not ("jexec" or "local" or "chroot"))
            {
                Error(typeNode!, $"{itemField}/type", "only jexec, local and chroot can be used");
            }

            var shell = entries.TryGetValue("shell", out var shellNode) ? ReadString(shellNode, $"{itemField}/shell") : null;
            var postStart = entries.TryGetValue("post-start", out var postNode) && ReadBool(postNode, $"{itemField}/post-start");
            scripts.Add(new DirectorScript(text ?? "", shell ?? DirectorScript.DefaultShell, type ?? DirectorScript.DefaultType, postStart));
        }

        return scripts;
    }

    private DirectorOci? ReadOci(YamlNode node, string field)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, field, "must be a mapping");
            return null;
        }

        // Director does not restrict the keys of oci; neither do we.
        var entries = Entries(mapping, field, allowed: null);
        var user = entries.TryGetValue("user", out var userNode) ? ReadString(userNode, $"{field}/user") : null;
        var workdir = entries.TryGetValue("workdir", out var workdirNode) ? ReadString(workdirNode, $"{field}/workdir") : null;
        var environment = entries.TryGetValue("environment", out var envNode) ? ReadPairs(envNode, $"{field}/environment", allowNullValue: false) : [];
        return new DirectorOci(user, workdir, environment);
    }
}
