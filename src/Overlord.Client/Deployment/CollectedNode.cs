using Overlord.Client.Contract;

namespace Overlord.Client.Deployment;

/// <summary>One node of a tree answer that passed the spec's selection: where it is, and what it sent.</summary>
public sealed record CollectedNode(DeployTarget Target, TreeNode Node);
