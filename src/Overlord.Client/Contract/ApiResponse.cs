using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The fields every body of the API may carry: the HTTP status repeated as <c>status_code</c>, and on errors
/// a <c>message</c> (plus <c>trace</c> in debug mode). A plain instance is the body of a metadata or
/// namespace write (<c>{"status_code":201,"message":"Metadata 'k' has been successfully created."}</c>).
/// </summary>
public record ApiResponse
{
    /// <summary>
    /// The one message envelope, <c>{"status_code":N,"message":...}</c>: every refusal the node and the agent write
    /// (and the node's write confirmations) is this record, so no route or middleware builds the shape by hand.
    /// </summary>
    public static ApiResponse Of(int statusCode, string message, string? trace = null) =>
        new() { StatusCode = statusCode, Message = message, Trace = trace };

    // First in every body, as the original writes it, before the fields of the derived record. Left out only
    // where no status belongs: a route's record inside a tree node's data.
    [JsonPropertyOrder(-1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("status_code")]
    public int? StatusCode { get; init; }

    // After the fields of the derived record, as the chain error envelope writes it.
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyOrder(2)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("trace")]
    public string? Trace { get; init; }
}
