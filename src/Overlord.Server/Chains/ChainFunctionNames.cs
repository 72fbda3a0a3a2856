namespace Overlord.Server.Chains;

/// <summary>
/// The <c>function</c> of a chain error envelope: the name of the original client's method that the hop
/// called for this route (reference 2.3), so tools written against the original read the same names.
/// Routes the original did not have get ours (<c>get_tree</c>, <c>get_jobs</c>) or <c>request</c>.
/// </summary>
public static class ChainFunctionNames
{
    private static readonly Dictionary<string, string> JailItems = new(StringComparer.Ordinal)
    {
        ["stats"] = "get_stats",
        ["info"] = "get_info",
        ["cpuset"] = "get_cpuset",
        ["devfs"] = "get_devfs",
        ["expose"] = "get_expose",
        ["healthcheck"] = "get_healthcheck",
        ["limits"] = "get_limits",
        ["fstab"] = "get_fstab",
        ["labels"] = "get_labels",
        ["nat"] = "get_nat",
        ["volumes"] = "get_volumes",
        ["log"] = "get_jail_log",
    };

    public static string For(string method, string route)
    {
        ArgumentNullException.ThrowIfNull(method);
        var segments = (route ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var head = string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase);
        return segments switch
        {
            ["ping"] => "ping",
            ["labels"] => "get_labels",
            ["chains"] => "get_chains",
            ["jails"] => "get_jails",
            ["jails", "logs"] => "get_jails_logs",
            ["stats"] => "get_server_stats",
            ["jail", "info", _] when head => "check",
            ["jail", var item, ..] when JailItems.TryGetValue(item, out var name) => name,
            ["projects"] => "get_projects",
            ["projects", "logs"] => "get_projects_logs",
            ["projects", "log", ..] => "get_project_log",
            ["project", "info", _] => head ? "check" : "get_info",
            ["project", "up", _] => "up",
            ["project", "down", _] => "down",
            ["project", "cancel", _] => "cancel",
            ["project", "autoscale", _] => "get_status_autoscale",
            ["project", "jobs", _] => "get_jobs",
            ["vm", _] => string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase) ? "create_vm" : "get_status_vm",
            ["metadata"] => "metadata_list",
            ["metadata", _] => Store("metadata", method),
            ["namespace"] => "namespaces_list",
            ["namespace", _] => Store("namespace", method),
            ["tree", ..] => "get_tree",
            _ => "request",
        };
    }

    private static string Store(string prefix, string method) => method.ToUpperInvariant() switch
    {
        "GET" => $"{prefix}_get",
        "HEAD" => $"{prefix}_check",
        "DELETE" => $"{prefix}_delete",
        _ => $"{prefix}_set",
    };
}
