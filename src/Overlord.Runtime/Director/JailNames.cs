using System.Security.Cryptography;
using Overlord.Core.Names;

namespace Overlord.Runtime.Director;

/// <summary>Jail and service name rules of Director, and its random jail names (10 lowercase hex characters).</summary>
public static class JailNames
{
    /// <summary>A fresh random jail name, as Director makes one when a service has no <c>name</c>.</summary>
    public static string Random() => RandomNumberGenerator.GetHexString(10, lowercase: true);

    public static bool IsValidJailName(string name) => NameRules.Jail.IsMatch(name);

    /// <summary>Service and project names; <c>.</c> and <c>..</c> are refused because they name folders.</summary>
    public static bool IsValidServiceName(string name) => NameRules.Project.IsMatch(name) && name is not "." and not "..";
}
