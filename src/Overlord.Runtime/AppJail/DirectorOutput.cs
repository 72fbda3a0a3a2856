using System.Text.Json;
using Overlord.Platform.Processes;

namespace Overlord.Runtime.AppJail;

/// <summary>Reads what appjail-director prints: the up/down JSON report and the `ls` table.</summary>
internal static class DirectorOutput
{
    /// <summary>errlevel given to a run that printed no report (Director's own code for an unexpected error).</summary>
    public const int SoftwareError = 70;

    private const int MaxDetailLength = 300;

    /// <summary>
    /// Turns `up -j`/`down -j` output (<c>{"errlevel":int,"message":str|null,"failed":[{"type","service"}]}</c>) into
    /// a result. Output that is not such a report (a crash, a killed run, a missing tool) fails with a message that
    /// says so and quotes the last line the tool wrote.
    /// </summary>
    public static RuntimeResult ToRuntimeResult(ToolResult tool, string command)
    {
        if (DirectorReport.TryParse(tool.StdOut, out var report))
        {
            // On an exception the report's message is null; the exception note on stderr says what happened.
            var reported = report.Message ?? DirectorException.Describe(tool.StdErr);
            return new RuntimeResult(tool.ExitCode, report.ErrLevel, reported, report.Failed, tool.StdOut, tool.StdErr);
        }

        var errLevel = tool.ExitCode != 0 ? tool.ExitCode : SoftwareError;
        var message = $"{command} printed no JSON result (exit code {tool.ExitCode}): {LastLine(tool)}";
        return new RuntimeResult(tool.ExitCode, errLevel, message, [], tool.StdOut, tool.StdErr);
    }

    /// <summary>A result for commands without a report (cancel): the exit code, and the last line written when it failed.</summary>
    public static RuntimeResult FromExitCode(ToolResult tool) =>
        new(tool.ExitCode, tool.ExitCode, tool.Succeeded ? null : LastLine(tool), [], tool.StdOut, tool.StdErr);

    /// <summary>Project names from `ls`, read as the original did: <c>tail -n +2 | cut -d' ' -f3-</c>, each trimmed.</summary>
    public static IReadOnlyList<string> ParseProjectList(string stdout)
    {
        var names = new List<string>();
        foreach (var line in stdout.Split('\n').Skip(1))
        {
            // cut prints a line without the delimiter whole, otherwise fields 3 onwards.
            var name = line.Contains(' ', StringComparison.Ordinal)
                ? string.Join(' ', line.Split(' ').Skip(2))
                : line;
            name = name.Trim();
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// Director's exception note when there is one, else the last non-empty line of stderr, else of stdout, shortened;
    /// what a person needs to see first.
    /// </summary>
    public static string LastLine(ToolResult tool)
    {
        var line = DirectorException.Describe(tool.StdErr) ?? LastNonEmptyLine(tool.StdErr) ?? LastNonEmptyLine(tool.StdOut) ?? "no output";
        return line.Length <= MaxDetailLength ? line : line[..MaxDetailLength] + "...";
    }

    private static string? LastNonEmptyLine(string text) =>
        text.Split('\n').Select(line => line.Trim()).LastOrDefault(line => line.Length > 0);

    /// <summary>The report itself, parsed strictly enough that any other JSON is not taken for one.</summary>
    private sealed record DirectorReport(int ErrLevel, string? Message, IReadOnlyList<FailedStep> Failed)
    {
        public static bool TryParse(string stdout, out DirectorReport report)
        {
            report = new DirectorReport(0, null, []);
            // Director prints the report last, at exit; anything printed before it is not part of it.
            var start = stdout.StartsWith('{') ? 0 : stdout.LastIndexOf("\n{", StringComparison.Ordinal) + 1;
            try
            {
                using var document = JsonDocument.Parse(stdout.AsMemory(start));
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("errlevel", out var errLevel)
                    || errLevel.ValueKind != JsonValueKind.Number || !errLevel.TryGetInt32(out var level))
                {
                    return false;
                }

                var message = root.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
                var failed = new List<FailedStep>();
                if (root.TryGetProperty("failed", out var steps) && steps.ValueKind == JsonValueKind.Array)
                {
                    failed.AddRange(steps.EnumerateArray()
                        .Where(step => step.ValueKind == JsonValueKind.Object)
                        .Select(step => new FailedStep(StringOf(step, "type"), StringOf(step, "service"))));
                }

                report = new DirectorReport(level, message, failed);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static string StringOf(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
    }
}
