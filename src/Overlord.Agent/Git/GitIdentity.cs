namespace Overlord.Agent.Git;

/// <summary>The name and e-mail the agent signs its own commits (notes) with.</summary>
public sealed record GitIdentity(string Name, string Email)
{
    public static GitIdentity Default { get; } = new("overlord", "overlord@localhost");
}
