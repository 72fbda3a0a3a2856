using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;

namespace Overlord.Server.Api;

/// <summary>The bodies of POST project/up and project/down, checked as the original checked them (reference 2.2).</summary>
internal static class ProjectBodies
{
    public static UpJobPayload? Up(RequestBody body)
    {
        var directorFile = body.String("director_file", required: true);
        var environment = body.Object("environment");
        var restart = body.Boolean("restart");
        var reservePort = body.Object("reserve_port");
        var variables = Environment(body, environment);
        var interfaces = ReservePort(body, reservePort);
        return body.Error is null ? new UpJobPayload(directorFile!, variables, restart, interfaces) : null;
    }

    public static DownJobPayload? Down(RequestBody body)
    {
        var force = body.Boolean("force");
        var environment = body.Object("environment");
        var variables = Environment(body, environment);
        return body.Error is null ? new DownJobPayload(variables, force) : null;
    }

    private static Dictionary<string, string> Environment(RequestBody body, JsonObject? environment)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in environment ?? [])
        {
            if (value?.GetValueKind() != JsonValueKind.String)
            {
                return body.Fail($"Invalid environment name ({name}) or value ({PythonText.Of(value)}).", variables);
            }

            variables[name] = value.GetValue<string>();
        }

        return variables;
    }

    private static Dictionary<string, string?> ReservePort(RequestBody body, JsonObject? reservePort)
    {
        var interfaces = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, network) in reservePort ?? [])
        {
            if (network is not null && network.GetValueKind() != JsonValueKind.String)
            {
                // The original raised here and answered 500; a bad body is the caller's mistake.
                return body.Fail($"Invalid network address ({PythonText.Of(network)}).", interfaces);
            }

            interfaces[name] = network?.GetValue<string>();
        }

        return interfaces;
    }
}
