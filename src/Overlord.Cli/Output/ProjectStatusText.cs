using System.Text.Json;

namespace Overlord.Cli.Output;

/// <summary>The <c>up:</c> and <c>down:</c> blocks of a project, in the original's layout and indentation.</summary>
internal static class ProjectStatusText
{
    private static readonly string[] Integrations = ["load-balancer", "skydns"];

    public static void Write(TextWriter output, string name, JsonElement? status)
    {
        if (status is not { ValueKind: JsonValueKind.Object } values || !values.EnumerateObject().Any())
        {
            return;
        }

        output.WriteLine($"      {name}:");
        foreach (var property in values.EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Array)
            {
                PyText.WriteList(output, property.Name, value);
                continue;
            }

            switch (property.Name)
            {
                case "last_update" when value.ValueKind == JsonValueKind.Number:
                    output.WriteLine($"        last_update: {HumanFriendly.Timespan(value.GetDouble())}");
                    break;
                case "output" when value.ValueKind == JsonValueKind.Object:
                    WriteOutput(output, value);
                    break;
                case "labels" when value.ValueKind == JsonValueKind.Object:
                    WriteLabels(output, value);
                    break;
                default:
                    output.WriteLine($"        {property.Name}: {PyRepr.Str(value)}");
                    break;
            }
        }
    }

    private static void WriteOutput(TextWriter output, JsonElement value)
    {
        var first = true;
        foreach (var property in value.EnumerateObject())
        {
            if (first)
            {
                output.WriteLine("        output:");
                first = false;
            }

            if (property.Name != "stderr")
            {
                output.WriteLine($"         {property.Name}: {PyRepr.Str(property.Value)}");
                continue;
            }

            var stderr = PyRepr.Str(property.Value);
            if (stderr.Length == 0)
            {
                continue;
            }

            output.WriteLine("         stderr:");
            foreach (var line in PyText.SplitLines(stderr))
            {
                output.WriteLine($"           {line}");
            }
        }
    }

    private static void WriteLabels(TextWriter output, JsonElement value)
    {
        var error = PyText.Get(value, "error");
        var message = PyText.Get(value, "message");
        if (PyText.Truthy(error) || message is { ValueKind: not JsonValueKind.Null })
        {
            output.WriteLine("        labels:");
            output.WriteLine($"         error: {PyText.Str(error)}");
            output.WriteLine($"         message: {PyText.Str(message)}");
        }

        foreach (var integration in Integrations)
        {
            if (PyText.Get(value, integration) is not { ValueKind: JsonValueKind.Object } services)
            {
                continue;
            }

            var first = true;
            foreach (var service in services.EnumerateObject())
            {
                var serviceError = PyText.Get(service.Value, "error");
                var serviceMessage = PyText.Get(service.Value, "message");
                if (!PyText.Truthy(serviceError) && serviceMessage is null or { ValueKind: JsonValueKind.Null })
                {
                    continue;
                }

                if (first)
                {
                    output.WriteLine($"         {integration}:");
                    output.WriteLine("           services:");
                    first = false;
                }

                output.WriteLine($"             {service.Name}:");
                output.WriteLine($"               error: {PyText.Str(serviceError)}");
                output.WriteLine($"               message: {PyText.Str(serviceMessage)}");
            }
        }
    }
}
