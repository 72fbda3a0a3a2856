namespace Overlord.Runtime.Inspection;

/// <summary>
/// The log folders the API lists and serves (reference 2.2): AppJail's <c>TYPE/ENTITY/SUBTYPE/FILE</c> tree
/// (<c>appjail.logs</c>) and Director's <c>DATE/SERVICE/FILE</c> tree (<c>director.logs</c>). Names are sorted
/// (ordinal) so answers do not change with the file system's order.
/// </summary>
public static partial class LogTree
{
    /// <summary>
    /// <c>{type:{entity:{subtype:[files]}}}</c>, empty when the folder does not exist. Entries that are not folders
    /// above the files are left out (the original listed them as empty entries).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>> ListAppJailLogs(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var types = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>>(StringComparer.Ordinal);
        foreach (var (type, typeDirectory) in Folders(root))
        {
            var entities = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
            foreach (var (entity, entityDirectory) in Folders(typeDirectory))
            {
                entities[entity] = Folders(entityDirectory).ToDictionary(
                    subtype => subtype.Name,
                    subtype => (IReadOnlyList<string>)Files(subtype.Path),
                    StringComparer.Ordinal);
            }

            types[type] = entities;
        }

        return types;
    }

    /// <summary>
    /// <c>{date:{service:[files]}}</c>, empty when the folder does not exist. Plain files beside the service folders
    /// (Director's <c>exception.log</c>) are skipped, as the original did.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ListProjectLogs(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Folders(root).ToDictionary(
            date => date.Name,
            date => (IReadOnlyDictionary<string, IReadOnlyList<string>>)Folders(date.Path).ToDictionary(
                service => service.Name,
                service => (IReadOnlyList<string>)Files(service.Path),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private static List<(string Name, string Path)> Folders(string directory) =>
        Entries(directory, Directory.EnumerateDirectories)
            .Select(path => (Name: Path.GetFileName(path), Path: path))
            .ToList();

    private static List<string> Files(string directory) =>
        Entries(directory, Directory.EnumerateFiles).Select(Path.GetFileName).OfType<string>().ToList();

    /// <summary>Sorted entries; none when the folder is missing, unreadable, or removed while it is listed.</summary>
    private static List<string> Entries(string directory, Func<string, IEnumerable<string>> enumerate)
    {
        try
        {
            return Directory.Exists(directory) ? enumerate(directory).Order(StringComparer.Ordinal).ToList() : [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
