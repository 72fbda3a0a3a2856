using System.Collections;
using System.Text;

namespace Overlord.FakeTools;

/// <summary>
/// Appends one JSON line per call to OVERLORD_FAKE_LOG: the tool, its arguments, the working directory and
/// the OVERLORD_* variables it was given (not the fakes' own OVERLORD_FAKE_* settings).
/// </summary>
internal static class CallLog
{
    public static void Append(FakeSettings settings, string tool, IReadOnlyList<string> arguments)
    {
        if (settings.CallLogFile is null)
        {
            return;
        }

        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (name.StartsWith("OVERLORD_", StringComparison.Ordinal) && !name.StartsWith("OVERLORD_FAKE_", StringComparison.Ordinal))
            {
                environment[name] = (string?)entry.Value ?? "";
            }
        }

        var line = PythonJson.Dumps(
            PythonJson.Object(
                ("tool", tool),
                ("args", arguments.ToList()),
                ("cwd", Environment.CurrentDirectory),
                ("env", environment.Select(pair => (pair.Key, (object?)pair.Value)).ToList())),
            indented: false) + "\n";

        // .NET's FileMode.Append seeks to the end rather than opening with O_APPEND, so fakes running at the same
        // time (the inspector runs several) could write over each other: each takes the file for itself
        // (FileShare.None is an flock on Unix) and waits its turn.
        var bytes = Encoding.UTF8.GetBytes(line);
        var deadline = Environment.TickCount64 + 10_000;
        while (true)
        {
            try
            {
                using var stream = new FileStream(settings.CallLogFile, FileMode.Append, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                return;
            }
            catch (IOException) when (Environment.TickCount64 < deadline)
            {
                Thread.Sleep(2);
            }
        }
    }
}
