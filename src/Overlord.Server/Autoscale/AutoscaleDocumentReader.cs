using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Core.Environment;
using Overlord.Core.Results;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;

namespace Overlord.Server.Autoscale;

/// <summary>
/// Reads and validates the autoscale metadata with the spec loader's own rules (so a value written by the
/// original's client, with sizes such as <c>512m</c>, means the same): the JSON is placed in a minimal
/// directorProject document, which is valid YAML, and loaded without any variable (quoted scalars are never
/// substituted). An empty <c>autoScale</c> means every default, as in the original.
/// </summary>
internal static class AutoscaleDocumentReader
{
    public static Result<AutoscaleDocument> Read(string project, string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException exception)
        {
            return Result.Failure<AutoscaleDocument>(ErrorCodes.Invalid, $"the metadata is not JSON: {exception.Message}");
        }

        if (root is not JsonObject document)
        {
            return Result.Failure<AutoscaleDocument>(ErrorCodes.Invalid, "the metadata is not a JSON object");
        }

        if (document["projectFile"] is not JsonValue file || file.GetValueKind() != JsonValueKind.String)
        {
            return Required("projectFile");
        }

        if (document["autoScale"] is not JsonObject scale)
        {
            return Required("autoScale");
        }

        var spec = new JsonObject
        {
            ["kind"] = "directorProject",
            ["datacenters"] = new JsonObject { ["local"] = new JsonObject { ["entrypoint"] = "http://127.0.0.1", ["access_token"] = "-" } },
            ["deployIn"] = new JsonObject { ["labels"] = new JsonArray("all") },
            ["projectName"] = project,
            ["projectFile"] = file.DeepClone(),
        };
        foreach (var key in new[] { "environment", "reserve_port" })
        {
            if (document[key] is { } value)
            {
                spec[key] = value.DeepClone();
            }
        }

        spec["autoScale"] = scale.DeepClone();
        return Load(project, spec.ToJsonString());
    }

    private static Result<AutoscaleDocument> Load(string project, string text)
    {
        var key = $"overlord.autoscale.{project}";
        var result = SpecLoader.Load(text, key, VariableSource.Empty, Path.GetTempPath(), _ => null);
        if (result.Spec is not DirectorProjectSpec loaded)
        {
            return Result.Failure<AutoscaleDocument>(
                ErrorCodes.Invalid, string.Join("; ", result.Diagnostics.Errors.Select(error => error.Path.Length == 0 ? error.Message : $"{error.Path}: {error.Message}")));
        }

        return new AutoscaleDocument(loaded.ProjectFile ?? "", loaded.Environment, loaded.ReservePort, loaded.AutoScale ?? new AutoScaleSpec());
    }

    private static Result<AutoscaleDocument> Required(string field) =>
        Result.Failure<AutoscaleDocument>(ErrorCodes.Invalid, $"'{field}' is required but hasn't been specified.", new ErrorLocation(Field: field));
}
