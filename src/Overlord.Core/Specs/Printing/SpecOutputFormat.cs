namespace Overlord.Core.Specs.Printing;

/// <summary>How <see cref="SpecPrinter"/> writes a spec.</summary>
public enum SpecOutputFormat
{
    /// <summary>JSON indented by 4 spaces, as the original's print-spec.</summary>
    Json,

    /// <summary>YAML, multi-line text as literal blocks.</summary>
    Yaml,
}
