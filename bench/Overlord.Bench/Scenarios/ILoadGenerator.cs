namespace Overlord.Bench.Scenarios;

/// <summary>Sends as many GET requests as it can for a while and says how many were answered per second.</summary>
public interface ILoadGenerator
{
    /// <summary>What the table names as the tool.</summary>
    string Name { get; }

    Task<double> RequestsPerSecondAsync(Uri url, string? bearerToken, TimeSpan duration, CancellationToken cancellationToken);
}
