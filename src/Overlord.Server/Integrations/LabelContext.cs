namespace Overlord.Server.Integrations;

/// <summary>One service of a project as an integration sees it.</summary>
/// <param name="Project">The project name.</param>
/// <param name="Service">The service name.</param>
/// <param name="Labels">The service's <c>overlord.*</c> labels.</param>
/// <param name="Action">Create (after up) or destroy (before down).</param>
public sealed record LabelContext(string Project, string Service, ServiceLabels Labels, LabelAction Action)
{
    /// <summary>
    /// The start of every message: <c>(project:P, service:S, k:v, ...)</c>, as the original's, so an operator
    /// sees which project, service and label a message is about.
    /// </summary>
    public string Describe(params (string Key, object? Value)[] details)
    {
        var parts = new List<string> { $"project:{Project}", $"service:{Service}" };
        parts.AddRange(details.Select(detail => $"{detail.Key}:{detail.Value}"));
        return "(" + string.Join(", ", parts) + ")";
    }
}
