using Microsoft.AspNetCore.Builder;
using Overlord.Server.Hosting;

namespace Overlord.Testing.Nodes;

/// <summary>How a test node is configured: its labels, its children and anything else for its overlord.yml.</summary>
public sealed record NodeSpec
{
    /// <summary>The node's name: its parent's chain to it is called so.</summary>
    public string Name { get; init; } = "node";

    /// <summary>appjail (over the fake tools) or process.</summary>
    public string Runtime { get; init; } = "appjail";

    public IReadOnlyList<string> Labels { get; init; } = ["all"];

    public IReadOnlyList<ChainSpec> Chains { get; init; } = [];

    /// <summary>More top-level overlord.yml keys (YAML text).</summary>
    public string ExtraYaml { get; init; } = "";

    /// <summary>The node's key; a new one when null.</summary>
    public NodeKey? Key { get; init; }

    /// <summary>0: a free port picked by the OS.</summary>
    public int Port { get; init; }

    public TimeProvider? TimeProvider { get; init; }

    public Action<IApplicationBuilder>? Pipeline { get; init; }

    /// <summary>The node plays an original one: it has no tree route (the test-only switch of the host).</summary>
    public bool OriginalRoutesOnly { get; init; }

    /// <summary>Changes the host's options before it is built (as <c>overlord serve</c> adds the agent).</summary>
    public Func<NodeHostOptions, NodeHostOptions>? Host { get; init; }

    /// <summary>Called with the host once built, before it starts.</summary>
    public Action<NodeHost>? Built { get; init; }
}

/// <summary>A child in <c>chains:</c>: name, entrypoint, the child's token, and more keys of the chain (YAML, indented by the caller).</summary>
public sealed record ChainSpec(string Name, Uri Entrypoint, string Token, string Extra = "")
{
    /// <summary>The child at its current address, with no retries so a stopped child fails at once.</summary>
    public static ChainSpec To(string name, RunningNode child, string extra = "") =>
        new(name, child.Address, child.Token, "retry: {total: 0}\n" + extra);

    /// <summary>The same, under the child's own name.</summary>
    public static ChainSpec To(RunningNode child, string extra = "") => To(child.Name, child, extra);
}
