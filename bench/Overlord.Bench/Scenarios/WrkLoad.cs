using System.Globalization;
using System.Text.RegularExpressions;
using Overlord.Platform.Processes;

namespace Overlord.Bench.Scenarios;

/// <summary>wrk with 2 threads and 64 connections (bench/run installs it when it can).</summary>
public sealed partial class WrkLoad : ILoadGenerator
{
    public const int Connections = 64;

    public string Name => $"wrk, {Connections} connections";

    /// <summary>True when <c>wrk</c> is on the PATH.</summary>
    public static bool Available() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, "wrk")));

    public async Task<double> RequestsPerSecondAsync(Uri url, string? bearerToken, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var args = new List<string> { "-t2", $"-c{Connections}", $"-d{(int)duration.TotalSeconds}s" };
        if (bearerToken is not null)
        {
            args.AddRange(["-H", $"Authorization: Bearer {bearerToken}"]);
        }

        args.Add(url.ToString());
        var result = await ToolRunner.RunAsync("wrk", args, new ToolRunOptions { Timeout = duration + TimeSpan.FromSeconds(30) }, cancellationToken);
        var match = RequestsPerSecond().Match(result.StdOut);
        if (result.ExitCode != 0 || !match.Success || result.StdOut.Contains("Non-2xx", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"wrk {url}: exit {result.ExitCode}\n{result.StdOut}{result.StdErr}");
        }

        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
