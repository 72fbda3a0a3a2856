namespace Overlord.Runtime.ProcessDriver;

/// <summary>A failed step of a service during an up: Director's step type and why.</summary>
internal sealed record StepFailure(string Type, string Message);
