using System.Security.Cryptography;

namespace Overlord.Runtime.Director;

/// <summary>Director's random jail names (10 lowercase hex characters); the name rules are Core's NamePatterns.</summary>
public static class JailNames
{
    /// <summary>A fresh random jail name, as Director makes one when a service has no <c>name</c>.</summary>
    public static string Random() => RandomNumberGenerator.GetHexString(10, lowercase: true);
}
