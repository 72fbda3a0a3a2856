namespace Overlord.Core.Specs;

/// <summary>
/// <c>appConfig</c>: names a Mako template kept in metadata (<see cref="AppFrom"/>) and the variables to
/// render it with. Rendering happens at apply time, on the first node that has the template.
/// </summary>
public sealed record AppConfigSpec : Spec
{
    /// <inheritdoc />
    public override SpecKind Kind => SpecKind.AppConfig;

    /// <summary>The application's name, also passed to the template as <c>appName</c>.</summary>
    public required string AppName { get; init; }

    /// <summary>The metadata key that holds the template.</summary>
    public required string AppFrom { get; init; }

    /// <summary>The template's variables, in file order.</summary>
    public IReadOnlyDictionary<string, string> AppConfig { get; init; } = new Dictionary<string, string>();
}
