namespace Overlord.Agent.Git;

/// <summary>A file read from a revision; <see cref="Content"/> is null when the path is not a file in that revision.</summary>
public sealed record GitFileContent(string Path, byte[]? Content);
