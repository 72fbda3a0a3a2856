using System.Text.Json.Serialization;

namespace Overlord.Runtime.Director;

/// <summary>One service of a Director file, with Director's defaults applied.</summary>
public sealed record DirectorService
{
    /// <summary>Director's default <c>makejail</c>.</summary>
    public const string DefaultMakejail = "Makejail";

    /// <summary>Director's default <c>priority</c>.</summary>
    public const int DefaultPriority = 99;

    /// <summary>The service name (the key under <c>services</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The jail name (<c>name</c>), or null to let the runtime pick a random one.</summary>
    public string? JailName { get; init; }

    public string Makejail { get; init; } = DefaultMakejail;

    /// <summary>Lower numbers are processed first.</summary>
    public int Priority { get; init; } = DefaultPriority;

    public bool ResetOptions { get; init; }

    public bool IgnoreMtime { get; init; }

    public IReadOnlyList<DirectorPair> Options { get; init; } = [];

    public IReadOnlyList<DirectorPair> Arguments { get; init; } = [];

    /// <summary>Environment of the build stage.</summary>
    public IReadOnlyList<DirectorPair> Environment { get; init; } = [];

    /// <summary>Environment of the start stage.</summary>
    public IReadOnlyList<DirectorPair> StartEnvironment { get; init; } = [];

    /// <summary>Arguments of the start stage (<c>start</c>).</summary>
    public IReadOnlyList<DirectorPair> Start { get; init; } = [];

    public IReadOnlyList<DirectorPair> Volumes { get; init; } = [];

    public IReadOnlyList<DirectorScript> Scripts { get; init; } = [];

    public DirectorOci? Oci { get; init; }

    public string? RuntimeMakejail { get; init; }

    public IReadOnlyList<DirectorPair> RuntimeArguments { get; init; } = [];

    public IReadOnlyList<DirectorPair> RuntimeEnvironment { get; init; } = [];

    public int? Serial { get; init; }

    /// <summary>Line of the service's key in the file; not part of the definition (moving a service is no change).</summary>
    [JsonIgnore]
    public int Line { get; init; }
}
