namespace Overlord.Server.Autoscale;

/// <summary>A candidate's <see cref="NodeHealth"/>, the check that decided it, and whether the project exists there.</summary>
internal sealed record NodeVerdict(IScaleNode Node, NodeHealth Health, string Context, bool HasProject, bool Destroying = false, string? Error = null);
