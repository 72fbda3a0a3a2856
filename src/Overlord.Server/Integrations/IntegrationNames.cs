namespace Overlord.Server.Integrations;

/// <summary>The names of the special labels' integrations, as outcomes and reports key them.</summary>
public static class IntegrationNames
{
    public const string LoadBalancer = "load-balancer";

    public const string SkyDns = "skydns";
}
