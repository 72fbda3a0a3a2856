using System.Text;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// Keeps each project's Director file at DATA/projects/NAME/appjail-director.yml. Director changes into the folder
/// of the file it is given and resolves relative paths (Makejails, volumes) from there. The original wrote a random
/// <c>overlord*</c> file in the system temp folder, so those paths pointed into /tmp and changed meaning from run
/// to run (reference section 13.15); one stable folder per project keeps them meaningful and shows what ran.
/// </summary>
internal sealed class DirectorFileStore(string dataDirectory)
{
    public const string FileName = "appjail-director.yml";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public string ProjectDirectory(string project) => Path.Combine(dataDirectory, "projects", project);

    /// <summary>Writes the file byte for byte, replacing the previous one whole so a reader never sees half of it.</summary>
    public async Task<string> WriteAsync(string project, string directorFile, CancellationToken cancellationToken)
    {
        var directory = ProjectDirectory(project);
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, FileName);
        var temporary = Path.Combine(directory, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, directorFile, Utf8WithoutBom, cancellationToken);
            File.Move(temporary, file, overwrite: true);
            return file;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Forgets a destroyed project's folder.</summary>
    public void Remove(string project)
    {
        var directory = ProjectDirectory(project);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
