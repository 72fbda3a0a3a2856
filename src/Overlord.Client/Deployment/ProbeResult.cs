namespace Overlord.Client.Deployment;

/// <summary>What one look at a job showed; <see cref="Seen"/> is true once the node has shown the project at all.</summary>
internal sealed record ProbeResult(DeployState State, string? Message, bool Seen);
