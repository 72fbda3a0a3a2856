using Overlord.Runtime.Director;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>What a Makejail compiles against: its file, the service's root and metadata folders, and the service's Director settings.</summary>
internal sealed record MakejailContext(
    string MakejailPath,
    string RootDirectory,
    string MetadataDirectory,
    IReadOnlyList<DirectorPair> Arguments,
    IReadOnlyList<DirectorPair> Environment,
    IReadOnlyList<DirectorPair> StartEnvironment)
{
    public const string MetadataVariable = "OVERLORD_METADATA";

    public const string RootVariable = "OVERLORD_ROOT";
}
