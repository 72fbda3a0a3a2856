namespace Overlord.Agent.Planning;

/// <summary>What started a sync.</summary>
public enum SyncTriggerKind
{
    /// <summary>The first sync after the node started (it also resumes an interrupted plan).</summary>
    Startup,

    /// <summary>The interval poll.</summary>
    Schedule,

    Webhook,

    /// <summary><c>overlord sync</c> or <c>POST /v1/agent/sync</c>.</summary>
    Manual,
}
