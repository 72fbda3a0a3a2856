namespace Overlord.Agent.Git;

/// <summary>How a fetch or push the caller classifies itself went: <see cref="Error"/> is empty when it succeeded.</summary>
public sealed record GitAttempt(string Error)
{
    public static GitAttempt Success { get; } = new(string.Empty);

    public bool Succeeded => Error.Length == 0;
}
