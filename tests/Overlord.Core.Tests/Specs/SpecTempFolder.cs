namespace Overlord.Core.Tests.Specs;

/// <summary>A temporary folder for one test, deleted when disposed.</summary>
internal sealed class SpecTempFolder : IDisposable
{
    public SpecTempFolder()
    {
        Path = Directory.CreateTempSubdirectory("overlord-spec-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes a file (creating its folders) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
