namespace Overlord.Client.Contract;

/// <summary>
/// HAProxy Data Plane API's answer to starting a transaction: <c>{"_version": 7, "id": "...", "status": "in_progress"}</c>;
/// only the id is read.
/// </summary>
public sealed record DataPlaneTransaction
{
    public string? Id { get; init; }
}
