namespace Overlord.Runtime.Director;

/// <summary>An AppJail Director file: global options, services in file order, and volumes.</summary>
/// <param name="Options">Top-level <c>options</c>, used by every service unless it resets them.</param>
/// <param name="Services">The services, in the order the file lists them.</param>
/// <param name="Volumes">Top-level <c>volumes</c> by name.</param>
/// <param name="DefaultVolumeType">Top-level <c>default_volume_type</c>, or null.</param>
public sealed record DirectorFile(
    IReadOnlyList<DirectorPair> Options,
    IReadOnlyList<DirectorService> Services,
    IReadOnlyDictionary<string, DirectorVolume> Volumes,
    string? DefaultVolumeType);
