using Overlord.Core.Environment;
using Overlord.Core.Templates;

namespace Overlord.Client.Deployment;

/// <summary>How <see cref="SpecDeployer"/> renders appConfig specs: where includes are found, and what the rendered YAML sees.</summary>
public sealed record AppConfigOptions
{
    /// <summary>Where <c>&lt;%include/&gt;</c> finds templates (<c>--mako-directories</c>); by default includes are refused.</summary>
    public TemplateLookup Lookup { get; init; } = TemplateLookup.Refusing("no lookup directory is set (--mako-directories)");

    /// <summary>The values of <c>${NAME}</c> in the rendered YAML, as for the spec file itself.</summary>
    public VariableSource Variables { get; init; } = VariableSource.Empty;

    /// <summary>The appConfig spec file: the rendered spec is read as if it were beside it (<c>OVERLORD_WRKDIR</c>, <c>OVERLORD_FILE</c>).</summary>
    public string SpecFile { get; init; } = "appConfig.yml";

    /// <summary>The folder relative paths are taken from.</summary>
    public string WorkingDirectory { get; init; } = Path.GetTempPath();
}
