using Overlord.Core.Specs;

namespace Overlord.Runtime;

/// <summary>A vmJail to create (POST vm/{name}).</summary>
/// <param name="Spec">The profile, read and checked as a vmJail spec; its <c>VmName</c> is the project, jail and VM name.</param>
/// <param name="Restart">With a VM already installed: bring its jail down and up again with the Director file it was made with.</param>
/// <param name="Environment">Variables for Director (<c>OVERLORD_METADATA</c>, ...).</param>
/// <param name="MetadataDirectory">Where the node keeps metadata: <c>makejailFromMetadata</c> and <c>metadata</c> are read from there.</param>
public sealed record VmCreateRequest(
    VmJailSpec Spec,
    bool Restart,
    IReadOnlyDictionary<string, string> Environment,
    string? MetadataDirectory);
