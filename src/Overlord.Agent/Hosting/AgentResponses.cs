using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Overlord.Client.Contract;

namespace Overlord.Agent.Hosting;

/// <summary>
/// The agent's answers: JSON bodies that carry <c>status_code</c>, as every route of the node does, written by the
/// contract's serializer (its source-generated type information, no reflection); refusals are the one message envelope.
/// </summary>
internal static class AgentResponses
{
    public static IResult Json<T>(int statusCode, T body) =>
        TypedResults.Json(body, (JsonTypeInfo<T>)OverlordJson.Options.GetTypeInfo(typeof(T)), "application/json", statusCode);

    public static IResult Message(int statusCode, string message) => Json(statusCode, ApiResponse.Of(statusCode, message));
}
