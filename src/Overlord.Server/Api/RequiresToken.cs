namespace Overlord.Server.Api;

/// <summary>Endpoint metadata: the route needs a valid bearer token (every /v1 route but the webhooks).</summary>
internal sealed class RequiresToken
{
    public static readonly RequiresToken Instance = new();

    private RequiresToken()
    {
    }
}
