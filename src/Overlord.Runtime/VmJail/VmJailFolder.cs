using System.Text;

namespace Overlord.Runtime.VmJail;

/// <summary>
/// The files of a VM inside its jail's root (<c>JAILS/NAME/jail</c>), where the original kept them: vm-bhyve's
/// <c>vm/</c> folder with the <c>overlord</c> template and the <c>.done</c> marker, the cloud-init seed, the
/// <c>metadata/</c> the installer reads, and <c>run.sh</c>.
/// </summary>
internal sealed class VmJailFolder(string jailsDirectory, string vm)
{
    public const string TemplateName = "overlord";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Root { get; } = Path.Combine(jailsDirectory, vm, "jail");

    public string VmDirectory => Path.Combine(Root, "vm", vm);

    public string TemplateFile => Path.Combine(Root, "vm", ".templates", TemplateName + ".conf");

    public string CloudInitDirectory => Path.Combine(Root, "cloud-init");

    public string SeedFile => Path.Combine(Root, "seed.iso");

    public string MetadataDirectory => Path.Combine(Root, "metadata");

    public string ScriptFile => Path.Combine(Root, "run.sh");

    /// <summary>Where the done marker is written; <c>.done</c> at the root is still read, as the original did for older VMs.</summary>
    private string DoneFile => Path.Combine(Root, "vm", ".done");

    private string LegacyDoneFile => Path.Combine(Root, ".done");

    public bool Exists => Directory.Exists(Root);

    public bool IsDone => File.Exists(LegacyDoneFile) || File.Exists(DoneFile);

    /// <summary>The Director file the VM was made with (the done marker's content), or null.</summary>
    public string? ReadDone() =>
        File.Exists(LegacyDoneFile) ? File.ReadAllText(LegacyDoneFile)
        : File.Exists(DoneFile) ? File.ReadAllText(DoneFile)
        : null;

    public Task WriteDoneAsync(string directorFile, CancellationToken cancellationToken) =>
        WriteDurablyAsync(DoneFile, directorFile, cancellationToken);

    /// <summary>vm-bhyve's template, one shell-quoted <c>key=value</c> line per setting, in order.</summary>
    public Task WriteTemplateAsync(IEnumerable<KeyValuePair<string, string>> settings, CancellationToken cancellationToken)
    {
        var text = string.Concat(settings.Select(setting => $"{setting.Key}={ShellWords.Quote(setting.Value)}\n"));
        return WriteDurablyAsync(TemplateFile, text, cancellationToken);
    }

    /// <summary>
    /// vm-bhyve copies only some settings of a template into the VM's own configuration; the VM is alone in its
    /// jail, so its configuration is the whole template (as the original did).
    /// </summary>
    public void CopyTemplateToVm()
    {
        Directory.CreateDirectory(VmDirectory);
        File.Copy(TemplateFile, Path.Combine(VmDirectory, vm + ".conf"), overwrite: true);
    }

    /// <summary>Moves a seed made by makefs beside the VM's disk, where the template's disk1 names it.</summary>
    public void MoveSeedToVm()
    {
        if (File.Exists(SeedFile))
        {
            Directory.CreateDirectory(VmDirectory);
            File.Move(SeedFile, Path.Combine(VmDirectory, "seed.iso"), overwrite: true);
        }
    }

    /// <summary>Writes a file and flushes it to the disk, creating its folder; a crash leaves the old content or the new.</summary>
    public static async Task WriteDurablyAsync(string path, string content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            await stream.WriteAsync(Utf8.GetBytes(content), cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
