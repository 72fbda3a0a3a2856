using Overlord.Core.Names;
using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Runtime.Director;

internal sealed partial class DirectorFileReader
{
    private static readonly string[] ServiceKeys =
    [
        "priority", "name", "makejail", "runtime-makejail", "reset_options", "ignore_mtime", "options",
        "arguments", "runtime-arguments", "environment", "start-environment", "runtime-environment",
        "oci", "volumes", "scripts", "start", "serial",
    ];

    private static readonly string[] ScriptKeys = ["shell", "type", "text", "post-start"];

    private List<DirectorService> ReadServices(YamlNode node)
    {
        var services = new List<DirectorService>();
        if (NodeValues.Mapping(node, "services", bag) is not { } mapping)
        {
            return services;
        }

        foreach (var (keyNode, value) in mapping.Node.Entries)
        {
            var name = Key(keyNode);
            var path = $"services/{name}";
            if (!NamePatterns.IsProject(name))
            {
                bag.Error(keyNode, path, "service name is incorrect (allowed: letters, digits, '.', '_' and '-')");
            }
            else if (NodeValues.Mapping(value, path, bag) is { } service)
            {
                services.Add(ReadService(name, service));
            }
        }

        return services;
    }

    private DirectorService ReadService(string name, MappingReader service)
    {
        RejectUnknownKeys(service, ServiceKeys);
        var jailName = Text(service, "name");
        if (jailName is not null && !NamePatterns.IsJail(jailName))
        {
            bag.Error(service.Node["name"]!, Child(service.Path, "name"), "jail name is incorrect (allowed: letters, digits, '_' and '-', but not a leading '-')");
        }

        return new DirectorService
        {
            Name = name,
            Line = service.Node.Start.Line,
            JailName = jailName,
            Makejail = Text(service, "makejail") ?? DirectorService.DefaultMakejail,
            Priority = Integer(service, "priority") ?? DirectorService.DefaultPriority,
            ResetOptions = Flag(service, "reset_options"),
            IgnoreMtime = Flag(service, "ignore_mtime"),
            Options = Pairs(service, "options", allowNullValue: true),
            Arguments = Pairs(service, "arguments", allowNullValue: false),
            Environment = Pairs(service, "environment", allowNullValue: true),
            StartEnvironment = Pairs(service, "start-environment", allowNullValue: true),
            Start = Pairs(service, "start", allowNullValue: false),
            Volumes = Pairs(service, "volumes", allowNullValue: false),
            Scripts = ReadScripts(service),
            Oci = ReadOci(service),
            RuntimeMakejail = Text(service, "runtime-makejail"),
            RuntimeArguments = Pairs(service, "runtime-arguments", allowNullValue: false),
            RuntimeEnvironment = Pairs(service, "runtime-environment", allowNullValue: true),
            Serial = Integer(service, "serial"),
        };
    }

    private List<DirectorScript> ReadScripts(MappingReader service)
    {
        var scripts = new List<DirectorScript>();
        var path = Child(service.Path, "scripts");
        if (service.Take("scripts") is not { } node || NodeValues.Sequence(node, path, bag) is not { } sequence)
        {
            return scripts;
        }

        for (var index = 0; index < sequence.Items.Count; index++)
        {
            if (NodeValues.Mapping(sequence.Items[index], $"{path}/#{index + 1}", bag) is not { } script)
            {
                continue;
            }

            RejectUnknownKeys(script, ScriptKeys);
            if (!script.Has("text"))
            {
                bag.Error(script.Node, Child(script.Path, "text"), "is required but missing");
            }

            var type = Text(script, "type");
            if (type is not null and not ("jexec" or "local" or "chroot"))
            {
                bag.Error(script.Node["type"]!, Child(script.Path, "type"), "only jexec, local and chroot can be used");
            }

            var shell = Text(script, "shell") ?? DirectorScript.DefaultShell;
            scripts.Add(new DirectorScript(Text(script, "text") ?? "", shell, type ?? DirectorScript.DefaultType, Flag(script, "post-start")));
        }

        return scripts;
    }

    private DirectorOci? ReadOci(MappingReader service)
    {
        // Director does not restrict the keys of oci; neither do we.
        if (service.Take("oci") is not { } node || NodeValues.Mapping(node, Child(service.Path, "oci"), bag) is not { } oci)
        {
            return null;
        }

        return new DirectorOci(Text(oci, "user"), Text(oci, "workdir"), Pairs(oci, "environment", allowNullValue: false));
    }
}
