namespace Overlord.Core.Specs;

/// <summary>The spec read from a VM profile, or null with every error (each <c>field.path: message</c>).</summary>
public sealed record VmProfileReadResult(VmJailSpec? Spec, IReadOnlyList<string> Errors);
