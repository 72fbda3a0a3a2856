using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// Project state files under <c>DATA/projects/NAME/state.json</c>, written atomically (a temp
/// file in the same folder, then rename) and readable only by the node's user, since start
/// environments can hold secrets.
/// </summary>
internal sealed class ProjectStateStore(string dataDirectory)
{
    private const string StateFileName = "state.json";

    // Runtime's own generated metadata, not OverlordJsonContext: Runtime may reference only Core and Platform.
    private static readonly JsonTypeInfo<ProjectState> Json = (JsonTypeInfo<ProjectState>)new JsonSerializerOptions
    {
        WriteIndented = true,
        TypeInfoResolver = RuntimeFilesJsonContext.Default,
    }.GetTypeInfo(typeof(ProjectState));

    public string ProjectsDirectory { get; } = Path.Combine(dataDirectory, "projects");

    public string ProjectDirectory(string project) => Path.Combine(ProjectsDirectory, project);

    /// <summary>The root folder of a service (<c>OVERLORD_ROOT</c>), named after its jail.</summary>
    public string RootDirectory(string project, string jail) => Path.Combine(ProjectDirectory(project), "jails", jail);

    public bool Exists(string project) => File.Exists(StatePath(project));

    public IReadOnlyList<string> List() =>
        Directory.Exists(ProjectsDirectory)
            ? [.. Directory.EnumerateDirectories(ProjectsDirectory).Select(Path.GetFileName).OfType<string>().Where(Exists).Order(StringComparer.Ordinal)]
            : [];

    public ProjectState? Load(string project)
    {
        var path = StatePath(project);
        return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), Json) : null;
    }

    public void Save(ProjectState state)
    {
        var directory = ProjectDirectory(state.Name);
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{StateFileName}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, state, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, StatePath(state.Name), overwrite: true);
    }

    /// <summary>Removes the project's folder: its state and its services' roots.</summary>
    public void Delete(string project)
    {
        var directory = ProjectDirectory(project);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private string StatePath(string project) => Path.Combine(ProjectDirectory(project), StateFileName);
}
