using Overlord.Core;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;
using Overlord.Core.Templates;

namespace Overlord.Client.Deployment;

/// <summary>appConfig: the template is read from the first selected node that has it, rendered, and its spec is deployed.</summary>
public sealed partial class SpecDeployer
{
    /// <summary>
    /// Renders <paramref name="spec"/>'s template (reference 6.5): reads the <c>appFrom</c> metadata from the selected
    /// nodes in order, renders the first one found with the <c>appConfig</c> variables plus <c>appName</c>, and loads
    /// the result as a directorProject or vmJail spec deployed where the appConfig file says.
    /// </summary>
    public async Task<AppConfigRendering> RenderAppConfigAsync(AppConfigSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var selection = await ResolveTargetsAsync(spec, cancellationToken);
        var warnings = new List<string>();
        foreach (var target in selection.Targets)
        {
            var template = await ClientFor(target).GetMetadataAsync(spec.AppFrom, cancellationToken);
            if (!template.IsSuccess)
            {
                warnings.Add($"{target}: cannot read the template from metadata '{spec.AppFrom}': {template.Describe()}");
                continue;
            }

            var rendering = Render(spec, template.Value, target);
            return rendering with { Selection = selection, Warnings = [.. warnings, .. rendering.Warnings] };
        }

        return new AppConfigRendering
        {
            Selection = selection,
            Warnings = warnings,
            Refusal = selection.Targets.Count == 0 ? null : $"no selected node has the template metadata '{spec.AppFrom}'",
            RefusalExitCode = ExitCodes.NoInput,
        };
    }

    /// <summary>Renders the appConfig spec, then runs <paramref name="operation"/> on the spec it rendered.</summary>
    private async Task<DeploymentReport> DeployRenderedAsync(
        AppConfigSpec spec, Func<Spec, Task<DeploymentReport>> operation, CancellationToken cancellationToken)
    {
        var rendering = await RenderAppConfigAsync(spec, cancellationToken);
        if (rendering.Spec is null)
        {
            return new DeploymentReport
            {
                Failures = rendering.Selection.Failures,
                UnreachableDatacenters = rendering.Selection.UnreachableDatacenters,
                Warnings = rendering.Warnings,
                Refusal = rendering.Refusal,
                RefusalExitCode = rendering.RefusalExitCode,
            };
        }

        var report = await operation(rendering.Spec);
        return report with { Warnings = [.. rendering.Warnings, .. report.Warnings], RenderedSpec = rendering.Spec };
    }

    private AppConfigRendering Render(AppConfigSpec spec, string template, DeployTarget source)
    {
        var options = _options.AppConfig;
        var variables = new Dictionary<string, string>(spec.AppConfig, StringComparer.Ordinal) { ["appName"] = spec.AppName };
        var rendered = MakoTemplate.Render(template, spec.AppFrom, variables, options.Lookup);
        if (!rendered.IsSuccess)
        {
            return new AppConfigRendering { Source = source, Refusal = $"the template of {source} does not render: {rendered.Error}" };
        }

        var loaded = SpecLoader.LoadRendered(rendered.Value, $"{spec.AppFrom} (rendered)", spec, options.SpecFile, options.Variables, options.WorkingDirectory);
        var notes = loaded.Diagnostics.Warnings.Select(warning => warning.ToString()).ToList();
        if (loaded.Spec is null)
        {
            return new AppConfigRendering
            {
                Source = source,
                Text = rendered.Value,
                Warnings = notes,
                Refusal = $"the template of {source} renders a spec that is refused:\n{string.Join("\n", loaded.Diagnostics.Errors)}",
                RefusalExitCode = loaded.Nested ? ExitCodes.Config : ExitCodes.Software,
            };
        }

        return new AppConfigRendering { Source = source, Text = rendered.Value, Spec = loaded.Spec, Warnings = notes };
    }
}
