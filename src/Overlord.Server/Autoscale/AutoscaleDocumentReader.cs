using System.Text.Json;
using Overlord.Client.Contract;
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
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            return Result.Failure<AutoscaleDocument>(ErrorCodes.Invalid, $"the metadata is not JSON: {exception.Message}");
        }

        using (parsed)
        {
            var document = parsed.RootElement;
            if (document.ValueKind != JsonValueKind.Object)
            {
                return Result.Failure<AutoscaleDocument>(ErrorCodes.Invalid, "the metadata is not a JSON object");
            }

            if (Field(document, "projectFile") is not { ValueKind: JsonValueKind.String } file)
            {
                return Required("projectFile");
            }

            if (Field(document, "autoScale") is not { ValueKind: JsonValueKind.Object } scale)
            {
                return Required("autoScale");
            }

            var spec = new AutoscaleSpecDocument
            {
                ProjectName = project,
                ProjectFile = file.GetString()!,
                Environment = Field(document, "environment"),
                ReservePort = Field(document, "reserve_port"),
                AutoScale = scale,
            };
            return Load(project, JsonSerializer.Serialize(spec, OverlordJsonContext.Default.AutoscaleSpecDocument));
        }
    }

    /// <summary>A field of the metadata; a null one counts as absent, as the original's <c>.get</c> did.</summary>
    private static JsonElement? Field(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

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
