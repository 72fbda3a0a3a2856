using System.Globalization;
using System.Text;

namespace Overlord.FakeTools;

/// <summary>
/// A project's state file: one record a line, tab-separated fields, backslash escapes. Plain text rather than
/// JSON because a fake starts once per call and a JSON serializer's start-up cost dominated a call.
/// </summary>
internal static class FakeProjectFormat
{
    public static string Write(FakeProject project)
    {
        var text = new StringBuilder();
        Line(text, "state", project.State);
        Line(text, "last_log", project.LastLog ?? "");
        foreach (var service in project.Services)
        {
            Line(text, "service", service.Name, service.Jail, service.Priority.ToString(CultureInfo.InvariantCulture), service.Failed ? "1" : "0", service.Fingerprint);
            foreach (var (label, value) in service.Labels)
            {
                Line(text, "label", service.Name, label, value);
            }
        }

        return text.ToString();
    }

    public static FakeProject Read(string text)
    {
        var project = new FakeProject();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('\t').Select(Unescape).ToArray();
            switch (fields[0])
            {
                case "state":
                    project.State = fields[1];
                    break;
                case "last_log":
                    project.LastLog = fields[1].Length > 0 ? fields[1] : null;
                    break;
                case "service":
                    project.Services.Add(new FakeService
                    {
                        Name = fields[1],
                        Jail = fields[2],
                        Priority = int.Parse(fields[3], CultureInfo.InvariantCulture),
                        Failed = fields[4] == "1",
                        Fingerprint = fields[5],
                    });
                    break;
                case "label":
                    project.Services.First(service => service.Name == fields[1]).Labels[fields[2]] = fields[3];
                    break;
            }
        }

        return project;
    }

    private static void Line(StringBuilder text, params string[] fields) =>
        text.AppendJoin('\t', fields.Select(Escape)).Append('\n');

    private static string Escape(string field) =>
        field.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Unescape(string field)
    {
        var text = new StringBuilder(field.Length);
        for (var index = 0; index < field.Length; index++)
        {
            if (field[index] == '\\' && index + 1 < field.Length)
            {
                index++;
                text.Append(field[index] switch { 't' => '\t', 'n' => '\n', var other => other });
            }
            else
            {
                text.Append(field[index]);
            }
        }

        return text.ToString();
    }
}
