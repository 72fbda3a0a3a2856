using Microsoft.Extensions.Logging;

namespace Overlord.Runtime.AppJail;

public sealed partial class AppJailRuntime
{
    private const string VmLabel = "overlord.vm";

    /// <summary>
    /// Before a project is stopped or destroyed, a VM inside it is powered off (reference section 11): only when the
    /// project has exactly one service and that jail carries the <c>overlord.vm</c> label. The original ran
    /// `check -p` first; `describe` already answers "no such project", so that call is left out.
    /// A failed power-off is logged and the stop goes on, as in the original.
    /// </summary>
    private async Task PowerOffIfVmAsync(string project, CancellationToken cancellationToken)
    {
        if (await DescribeAsync(project, cancellationToken) is not { Services: [var only] })
        {
            return;
        }

        var label = await _tools.AppJailAsync(["label", "get", "-I", "-l", VmLabel, "--", only.Jail, "value"], _options.QueryTimeout, cancellationToken);
        if (!label.Succeeded)
        {
            return;
        }

        _logger.LogInformation("Powering off the VM of {Project} in jail {Jail}", project, only.Jail);
        var powerOff = await _tools.AppJailAsync(["cmd", "jexec", only.Jail, "vm", "poweroff", "-f", only.Jail], _options.QueryTimeout, cancellationToken);
        if (!powerOff.Succeeded)
        {
            _logger.LogWarning("Power-off of the VM in {Jail} failed: exit code {ExitCode}, {Detail}", only.Jail, powerOff.ExitCode, DirectorOutput.LastLine(powerOff));
        }
    }
}
