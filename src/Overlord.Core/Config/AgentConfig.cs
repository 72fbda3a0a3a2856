namespace Overlord.Core.Config;

/// <summary>
/// <c>agent</c>: the GitOps agent of the root node. It watches <see cref="Repository"/> at <see cref="Branch"/>,
/// deploys the spec files matching <see cref="Paths"/>, and records what happened as git notes.
/// </summary>
public sealed record AgentConfig
{
    public const string SectionName = "agent";

    /// <summary>The spec files watched by default: every YAML file. Globs are relative to the repository's root;
    /// <c>*</c> stays inside one folder, <c>**</c> crosses folders, and no glob enters a folder whose name starts
    /// with a dot (<c>.git</c>, <c>.github</c>) unless it names that folder.</summary>
    public static IReadOnlyList<string> DefaultPaths { get; } = ["**/*.yml", "**/*.yaml"];

    /// <summary>The repository to clone: a URL git understands (https, ssh, <c>user@host:path</c>, file) or a local path.</summary>
    public required string Repository { get; init; }

    public string Branch { get; init; } = "main";

    public IReadOnlyList<string> Paths { get; init; } = DefaultPaths;

    /// <summary>How often the agent fetches when no webhook wakes it up.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The full name of the notes ref (a short name in <c>overlord.yml</c> is expanded as <c>git notes --ref</c> does).</summary>
    public string NotesRef { get; init; } = "refs/notes/overlord";

    public bool PushNotes { get; init; } = true;

    /// <summary>True to destroy what a deleted spec file deployed, and what runs where the specs no longer put it.</summary>
    public bool Prune { get; init; }

    /// <summary>True to redeploy a project destroyed or FAILED behind the agent's back; false only reports it (issue 9).</summary>
    public bool SelfHeal { get; init; }

    /// <summary>Env files for <c>${NAME}</c> in the specs, relative to the repository's root; missing ones are skipped.</summary>
    public IReadOnlyList<string> EnvFiles { get; init; } = [".env"];

    public AgentIdentity Identity { get; init; } = new();

    public WebhookConfig Webhooks { get; init; } = new();

    /// <summary>Where to post commit statuses, or null for none.</summary>
    public CommitStatusConfig? CommitStatus { get; init; }

    /// <summary>Which commit signatures the agent requires, or null to apply every commit.</summary>
    public VerifyConfig? Verify { get; init; }
}
