namespace Overlord.Client.Tests.Support;

/// <summary>One answer of the fake node: status, JSON body as the original writes it, optional delay and headers.</summary>
internal sealed record Canned(int Status, string? Body = null)
{
    public TimeSpan Delay { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static Canned Ok(string body) => new(200, body);
}
