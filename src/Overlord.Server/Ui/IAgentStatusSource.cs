namespace Overlord.Server.Ui;

/// <summary>
/// The GitOps agent's part of the status page, registered by the agent where it runs on the node (the server
/// does not know the agent; the agent knows the server).
/// </summary>
public interface IAgentStatusSource
{
    Task<AgentPageStatus> ReadAsync(CancellationToken cancellationToken);
}
