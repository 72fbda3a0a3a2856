namespace Overlord.Server.Auth;

/// <summary>gen-token's <c>--expire-type</c>.</summary>
public enum ExpireUnit
{
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
}
