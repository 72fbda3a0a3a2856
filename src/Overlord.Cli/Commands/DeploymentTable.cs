using Overlord.Client.Contract;

namespace Overlord.Cli.Commands;

/// <summary>Specs on nodes as a table: SPEC, NODE, STATUS, COMMIT, then why (and the next retry) when not synced.</summary>
internal static class DeploymentTable
{
    public static async Task PrintAsync(TextWriter output, IReadOnlyList<DeploymentStatusView> deployments)
    {
        var specWidth = Math.Max(4, deployments.Max(row => row.Spec.Length));
        var nodeWidth = Math.Max(4, deployments.Max(row => row.Node.Length));
        await output.WriteLineAsync($"{"SPEC".PadRight(specWidth)}  {"NODE".PadRight(nodeWidth)}  {"STATUS",-11}  {"COMMIT",-12}  DETAIL");
        foreach (var row in deployments)
        {
            await output.WriteLineAsync($"{row.Spec.PadRight(specWidth)}  {row.Node.PadRight(nodeWidth)}  {row.Status,-11}  {CommitText.Short(row.Commit, "-"),-12}  {Detail(row)}".TrimEnd());
        }
    }

    private static string Detail(DeploymentStatusView row)
    {
        var parts = new List<string>();
        if (row.Reason is { } reason)
        {
            parts.Add(reason);
        }

        if (row.Error is { } error)
        {
            parts.Add("error: " + error.ReplaceLineEndings(" "));
        }

        if (row.NextRetry is { } next)
        {
            parts.Add($"next retry {next:u}");
        }

        return string.Join("; ", parts);
    }
}
