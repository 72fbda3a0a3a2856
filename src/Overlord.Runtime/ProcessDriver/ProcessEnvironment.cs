namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// The environment a service's processes get. Like a jail, a service does not inherit the node's
/// environment (which may hold secrets); it gets a few variables that programs need to run, HOME
/// set to its root, and then the variables of its Makejail and Director file.
/// </summary>
internal static class ProcessEnvironment
{
    private const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private static readonly string[] Inherited = ["PATH", "TMPDIR", "LANG", "LC_ALL", "TZ", "USER", "LOGNAME", "DOTNET_ROOT"];

    public static Dictionary<string, string> For(string rootDirectory, IReadOnlyDictionary<string, string> variables)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Inherited)
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                environment[name] = value;
            }
        }

        environment.TryAdd("PATH", DefaultPath);
        environment["HOME"] = rootDirectory;
        environment[OverlordCommand.Variable] = OverlordCommand.Current;
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return environment;
    }
}
