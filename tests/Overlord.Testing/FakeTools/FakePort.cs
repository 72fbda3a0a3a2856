namespace Overlord.Testing.FakeTools;

/// <summary>A port a <see cref="FakeJail"/> exposes (appjail expose): host port, jail port, protocol.</summary>
public sealed record FakePort(int HostPort, int JailPort, string Protocol = "tcp");
