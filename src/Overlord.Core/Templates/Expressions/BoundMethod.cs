namespace Overlord.Core.Templates;

/// <summary>A method taken from a value (<c>name.upper</c>), waiting to be called.</summary>
internal sealed record BoundMethod(object? Target, string Name);
