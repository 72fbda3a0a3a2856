namespace Overlord.Core.Results;

/// <summary>The codes of <see cref="OverlordError"/> shared across the layers; a layer may add its own beside them.</summary>
public static class ErrorCodes
{
    /// <summary>Input (a file, a field, an argument) was refused; nothing was done.</summary>
    public const string Invalid = "invalid";

    /// <summary>What was asked for does not exist.</summary>
    public const string NotFound = "not-found";

    /// <summary>A service, tool or remote could not be reached or refused the request.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>No complete answer within the time allowed.</summary>
    public const string Timeout = "timeout";

    /// <summary>The operation ran and failed.</summary>
    public const string Failed = "failed";
}
