using Overlord.Core.Diagnostics;

namespace Overlord.Core.Yaml;

/// <summary>The result of loading one YAML file: its root node (null when empty or refused) and what went wrong.</summary>
public sealed record YamlDocument(string File, YamlNode? Root, DiagnosticBag Diagnostics)
{
    /// <summary>True when the file was refused.</summary>
    public bool Failed => Diagnostics.HasErrors;
}
