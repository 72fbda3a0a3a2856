namespace Overlord.Core.Environment;

/// <summary>One <c>KEY=value</c> statement of an env file, its escapes decoded but its <c>${...}</c> not yet
/// resolved. <paramref name="Value"/> is null for a bare <c>KEY</c> (no <c>=</c>), which python-dotenv keeps apart
/// from <c>KEY=</c> (the empty string).</summary>
internal sealed record DotEnvBinding(string Key, string? Value, int Line);
