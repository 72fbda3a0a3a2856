namespace Overlord.Agent.Statuses;

/// <summary>One commit status as the writer compares it: its state in lower case, description and context.</summary>
public sealed record StatusEntry(string State, string Description, string Context);
