namespace Overlord.Runtime.Director;

/// <summary>
/// One item of a Director list of single-key maps (<c>- name: value</c>), as used by
/// <c>options</c>, <c>arguments</c>, <c>environment</c> and friends. The value may be null
/// where Director allows an empty value.
/// </summary>
public sealed record DirectorPair(string Key, string? Value);
