namespace Overlord.Core.Specs;

/// <summary>One rctl limit of <c>autoScale.rules</c> or <c>economy</c>.</summary>
/// <param name="Resource">The rctl resource (<c>memoryuse</c>, <c>pcpu</c>, ...).</param>
/// <param name="Value">The limit: bytes for byte resources, a count otherwise.</param>
/// <param name="Text">The value as written (<c>512m</c>, <c>80</c>).</param>
public sealed record ResourceThreshold(string Resource, long Value, string Text);
