using System.Diagnostics;

namespace Overlord.FakeTools;

internal sealed partial class DirectorFake
{
    /// <summary>Stops and destroys the jails of services that are gone, changed, failed before, or all with --overwrite.</summary>
    private int RemoveChanged(FakeProject state, IReadOnlyList<DeclaredService> declared, bool overwrite, string log, bool quiet, DirectorReport report)
    {
        foreach (var service in state.Services.ToList())
        {
            var next = declared.FirstOrDefault(candidate => candidate.Name == service.Name);
            var remove = next is null || overwrite || service.Failed || next.Fingerprint != service.Fingerprint;
            if (!remove || !_jails.Exists(service.Jail))
            {
                continue;
            }

            state.LastLog = log;
            if (_jails.IsRunning(service.Jail) && StopJail(service, quiet, report))
            {
                WriteLog(log, service.Name, "stop", $"{service.Jail} stopped");
            }

            if (DestroyJail(service, quiet, report) is var destroyed and not ExOk)
            {
                // director/__init__.py:281-285: errlevel and the exit are destroy's own returncode.
                service.Failed = true;
                report.ErrLevel = destroyed;
                return destroyed;
            }

            WriteLog(log, service.Name, "destroy", $"{service.Jail} destroyed");
        }

        return ExOk;
    }

    /// <summary>The service as it will be: its jail is the declared name, else the one it had, else a random name.</summary>
    private static FakeService NextService(FakeProject state, DeclaredService declared)
    {
        var previous = state.Services.FirstOrDefault(service => service.Name == declared.Name);
        return new FakeService
        {
            Name = declared.Name,
            Jail = declared.Jail ?? previous?.Jail ?? RandomName(),
            Priority = declared.Priority,
            Fingerprint = declared.Fingerprint,
            Labels = new Dictionary<string, string>(declared.Labels),
            Failed = previous?.Failed ?? false,
        };
    }

    private int CreateAndStart(FakeService service, string log, bool quiet, FakeProject state, DirectorReport report)
    {
        if (!_jails.Exists(service.Jail))
        {
            state.LastLog = log;
            Say(quiet, $"Creating {service.Name} ({service.Jail}) ...");
            if (settings.FailureCode("makejail", service.Name) is { } code)
            {
                return FailStep(service, log, "makejail", code, report);
            }

            _jails.Create(service.Jail, service.Labels);
            WriteLog(log, service.Name, "makejail", $"{service.Jail} created");
        }

        if (!_jails.IsRunning(service.Jail))
        {
            state.LastLog = log;
            Say(quiet, $"Starting {service.Name} ({service.Jail}) ...");
            if (settings.FailureCode("start", service.Name) is { } code)
            {
                return FailStep(service, log, "start", code, report);
            }

            _jails.Start(service.Jail);
            WriteLog(log, service.Name, "start", $"{service.Jail} started");
        }

        service.Failed = false;
        return ExOk;
    }

    /// <summary>
    /// director/__init__.py:363-367 (makejail) and 489-493 (start): a failed step sets errlevel to the tool's
    /// returncode and Director exits with that very code, not a fixed one.
    /// </summary>
    private static int FailStep(FakeService service, string log, string step, int exitCode, DirectorReport report)
    {
        WriteLog(log, service.Name, step, $"{service.Jail}: {step} failed (OVERLORD_FAKE_FAIL)");
        service.Failed = true;
        report.Failed.Add((step, service.Name));
        report.ErrLevel = exitCode;
        return exitCode;
    }

    /// <summary>Stays UNFINISHED and locked for OVERLORD_FAKE_UP_DELAY_MS; true when `cancel` asked it to stop.</summary>
    private bool WaitForCancel(string project)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < settings.UpDelay)
        {
            if (_projects.CancelRequested(project) || Terminated)
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return _projects.CancelRequested(project);
    }
}
