namespace Overlord.Server.Integrations.SkyDns;

/// <summary>An SRV record's <c>overlord.skydns.srv.*</c> labels: protocol and service name, port, priority, weight and TTL.</summary>
internal sealed record SrvSettings(string Protocol, string Service, int Port, int Priority, int Weight, int Ttl);
