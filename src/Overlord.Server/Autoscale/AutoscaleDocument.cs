using Overlord.Core.Specs;

namespace Overlord.Server.Autoscale;

/// <summary>
/// The value of <c>overlord.autoscale.&lt;project&gt;</c> as apply writes it (JSON,
/// <c>{projectFile, environment, autoScale, reserve_port}</c>): what every replica is deployed with.
/// </summary>
internal sealed record AutoscaleDocument(
    string ProjectFile,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyDictionary<string, string?> ReservePort,
    AutoScaleSpec Scale);
