namespace Overlord.Client.Deployment;

/// <summary>
/// A node that gave no answer: its datacenter, its chain path (null for the entry node) and why.
/// <see cref="EntryUnreachable"/> is true when the datacenter's entry node itself could not be reached,
/// so nothing below it was seen either.
/// </summary>
public sealed record NodeFailure(string Datacenter, string? Chain, string Message, bool EntryUnreachable)
{
    /// <inheritdoc />
    public override string ToString() => $"{Datacenter}.{Chain ?? DeployTarget.RootName}: {Message}";
}
