namespace Overlord.Runtime.ProcessDriver;

/// <summary>A long-running process of a service's start stage, kept in the project state so a restarted node can start it again.</summary>
internal sealed record StartCommand(string Command, string WorkingDirectory, IReadOnlyDictionary<string, string> Environment);
