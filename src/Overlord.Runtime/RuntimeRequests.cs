namespace Overlord.Runtime;

/// <summary>An <c>up</c> of a project: the Director file as text and the environment the node built for it.</summary>
/// <param name="Project">Project name (<c>[a-zA-Z0-9._-]+</c>).</param>
/// <param name="DirectorFile">The Director YAML, byte-identical to what the spec carried.</param>
/// <param name="Environment">Variables for <c>!ENV</c> in the Director file and for the services
/// (the project's merged environment, <c>OVERLORD_METADATA</c>, <c>OVERLORD_FREEPORT_*</c>).</param>
/// <param name="Restart">Stop the existing project first, then bring it up again.</param>
public sealed record UpRequest(
    string Project,
    string DirectorFile,
    IReadOnlyDictionary<string, string> Environment,
    bool Restart);

/// <summary>A <c>down</c> (destroy) of a project.</summary>
public sealed record DownRequest(
    string Project,
    IReadOnlyDictionary<string, string> Environment,
    bool Force);
