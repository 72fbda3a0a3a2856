namespace Overlord.FakeTools;

/// <summary>
/// Where the fakes keep their state, read from the environment a test passes to them:
/// OVERLORD_FAKE_STATE (required), OVERLORD_FAKE_JAILS (default STATE/jails),
/// OVERLORD_FAKE_LOGS (Director's log folder, default STATE/director-logs), OVERLORD_FAKE_LOG (the call log),
/// OVERLORD_FAKE_FAIL (comma-separated TYPE:SERVICE steps that fail, e.g. start:web, with the failing tool's exit
/// code after an equals sign, start:web=3; 1 without one),
/// OVERLORD_FAKE_UP_DELAY_MS (an up waits this long while UNFINISHED and locked, so a test can cancel it).
/// The files STATE/fail and STATE/up-delay-ms say the same, for tests that cannot change a running node's environment.
/// STATE/rctl/JAIL (`resource=amount` lines) and STATE/appjail/cpuset/JAIL change what rctl and cpuset report.
/// </summary>
internal sealed record FakeSettings(
    string StateDirectory,
    string JailsDirectory,
    string DirectorLogsDirectory,
    string? CallLogFile,
    IReadOnlySet<string> FailingSteps,
    TimeSpan UpDelay)
{
    public string ProjectsDirectory => Path.Combine(StateDirectory, "director", "projects");

    /// <summary>Director's locks folder ([locks] directory; /tmp/director/locks for root): one <c>NAME/lock</c> per locked project.</summary>
    public string LocksDirectory => Path.Combine(StateDirectory, "director", "locks");

    public string RunningDirectory => Path.Combine(StateDirectory, "appjail", "running");

    public string VmDirectory => Path.Combine(StateDirectory, "vm");

    public bool Fails(string stepType, string service) => FailureCode(stepType, service) is not null;

    /// <summary>The exit code the step's tool fails with (TYPE:SERVICE=CODE, else 1), or null when it does not fail.</summary>
    public int? FailureCode(string stepType, string service)
    {
        var step = $"{stepType}:{service}";
        foreach (var failing in FailingSteps)
        {
            if (failing == step)
            {
                return 1;
            }

            if (failing.StartsWith(step + "=", StringComparison.Ordinal) && int.TryParse(failing.AsSpan(step.Length + 1), out var code))
            {
                return code;
            }
        }

        return null;
    }

    public static FakeSettings? FromEnvironment()
    {
        var state = Variable("OVERLORD_FAKE_STATE");
        if (state is null)
        {
            return null;
        }

        var failing = $"{Variable("OVERLORD_FAKE_FAIL")},{Read(state, "fail")}"
            .Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
        var delay = int.TryParse(Variable("OVERLORD_FAKE_UP_DELAY_MS") ?? Read(state, "up-delay-ms"), out var milliseconds) ? milliseconds : 0;
        return new FakeSettings(
            state,
            Variable("OVERLORD_FAKE_JAILS") ?? Path.Combine(state, "jails"),
            Variable("OVERLORD_FAKE_LOGS") ?? Path.Combine(state, "director-logs"),
            Variable("OVERLORD_FAKE_LOG"),
            failing,
            TimeSpan.FromMilliseconds(delay));
    }

    private static string? Read(string state, string file) =>
        File.Exists(Path.Combine(state, file)) ? File.ReadAllText(Path.Combine(state, file)).Trim() : null;

    private static string? Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
