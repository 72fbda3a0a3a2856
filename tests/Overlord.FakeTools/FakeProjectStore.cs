namespace Overlord.FakeTools;

/// <summary>Projects as files in STATE/director/projects; writes replace the file whole.</summary>
internal sealed class FakeProjectStore(FakeSettings settings)
{
    public IEnumerable<string> Names()
    {
        if (!Directory.Exists(settings.ProjectsDirectory))
        {
            return [];
        }

        return Directory.EnumerateFiles(settings.ProjectsDirectory, "*.project")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
    }

    public FakeProject? Load(string name)
    {
        var file = FileOf(name);
        return File.Exists(file) ? FakeProjectFormat.Read(File.ReadAllText(file)) : null;
    }

    public void Save(string name, FakeProject project)
    {
        Directory.CreateDirectory(settings.ProjectsDirectory);
        var temporary = FileOf(name) + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, FakeProjectFormat.Write(project));
        File.Move(temporary, FileOf(name), overwrite: true);
    }

    /// <summary>The project's lock and pid keys (director/project.py).</summary>
    public FakeProjectLock LockOf(string name) => new(settings, name);

    /// <summary>down --destroy: the project's folder goes (shutil.rmtree), with its pid key; the lock is Director's to remove.</summary>
    public void Remove(string name)
    {
        File.Delete(FileOf(name));
        File.Delete(CancelFileOf(name));
        var keys = Path.Combine(settings.ProjectsDirectory, name);
        if (Directory.Exists(keys))
        {
            Directory.Delete(keys, recursive: true);
        }
    }

    /// <summary>Asks a running `up` to stop, as Director's SIGTERM does.</summary>
    public void RequestCancel(string name) => File.WriteAllText(CancelFileOf(name), "");

    public bool CancelRequested(string name) => File.Exists(CancelFileOf(name));

    public void ClearCancel(string name) => File.Delete(CancelFileOf(name));

    private string FileOf(string name) => Path.Combine(settings.ProjectsDirectory, name + ".project");

    private string CancelFileOf(string name) => Path.Combine(settings.ProjectsDirectory, name + ".cancel");
}
