using System.Net.NetworkInformation;

namespace Overlord.Server.Tests.Support;

/// <summary>The host's loopback interface (<c>lo</c> on Linux, <c>lo0</c> on FreeBSD and macOS).</summary>
internal static class Loopback
{
    public static string Name { get; } = NetworkInterface.GetAllNetworkInterfaces()
        .First(candidate => candidate.NetworkInterfaceType == NetworkInterfaceType.Loopback).Name;
}
