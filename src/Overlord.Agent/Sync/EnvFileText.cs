using Overlord.Core.Environment;

namespace Overlord.Agent.Sync;

/// <summary>
/// Parses an env file read out of git with the same parser the CLI uses for <c>.env</c> on disk, which only reads
/// files: the text goes through a scratch file readable by the owner alone (env files may hold secrets).
/// </summary>
internal static class EnvFileText
{
    public static IReadOnlyDictionary<string, string> Parse(byte[] content, string scratchDirectory)
    {
        Directory.CreateDirectory(scratchDirectory);
        var path = Path.Combine(scratchDirectory, $"env-{Guid.NewGuid():N}");
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
            using (var stream = new FileStream(path, options))
            {
                stream.Write(content);
            }

            return EnvFile.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
