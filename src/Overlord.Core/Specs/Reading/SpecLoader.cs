using Overlord.Core.Diagnostics;
using Overlord.Core.Environment;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>
/// Loads and validates a deployment spec file. Loading never contacts a node. As the original,
/// <c>OVERLORD_WRKDIR</c> (the file's folder) and <c>OVERLORD_FILE</c> (its real path) are set for
/// <c>${NAME}</c> while the file is read; unlike the original, only for this load.
/// Every problem is reported at once, each with file, line, column and field path.
/// </summary>
public static class SpecLoader
{
    /// <summary>Loads a file; a relative path and the files of <c>include</c> are taken from the current directory.</summary>
    public static SpecLoadResult Load(string path, VariableSource variables) =>
        Load(path, variables, Directory.GetCurrentDirectory());

    /// <summary>Loads a file; a relative path and the files of <c>include</c> are taken from <paramref name="workingDirectory"/>.
    /// Messages name the file as <paramref name="path"/> gives it.</summary>
    public static SpecLoadResult Load(string path, VariableSource variables, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fullPath = Path.GetFullPath(path, workingDirectory);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var bag = new DiagnosticBag(path);
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            bag.Error(new Mark(1, 1), "", $"cannot read the spec file: {reason}");
            return new SpecLoadResult(null, bag);
        }

        return LoadText(text, path, RealPath.Of(fullPath), variables, workingDirectory);
    }

    /// <summary>Loads spec text that is not (or not only) on disk, such as a file read out of git.
    /// <paramref name="fileName"/> names it in messages and gives OVERLORD_FILE (relative to <paramref name="workingDirectory"/>).</summary>
    public static SpecLoadResult Load(string text, string fileName, VariableSource variables, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return LoadText(text, fileName, Path.GetFullPath(fileName, workingDirectory), variables, workingDirectory);
    }

    /// <summary>Loads spec text whose <c>include</c>d files are not on disk either: <paramref name="readIncludedFile"/> gets each
    /// one's full path (relative to <paramref name="workingDirectory"/>) and returns its text, or null when it does not exist.</summary>
    public static SpecLoadResult Load(string text, string fileName, VariableSource variables, string workingDirectory, Func<string, string?> readIncludedFile)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(readIncludedFile);
        return LoadText(text, fileName, Path.GetFullPath(fileName, workingDirectory), variables, workingDirectory, readIncludedFile);
    }

    /// <summary>
    /// Loads the YAML an appConfig template rendered (reference 6.5), as a spec file beside the appConfig file
    /// <paramref name="appConfigFile"/> (for <c>OVERLORD_WRKDIR</c>, <c>OVERLORD_FILE</c> and <c>${NAME}</c>): it must be a
    /// directorProject or vmJail, and it is deployed where the appConfig file says. Messages name it <paramref name="renderedName"/>.
    /// </summary>
    public static RenderedSpecResult LoadRendered(
        string text, string renderedName, AppConfigSpec appConfig, string appConfigFile, VariableSource variables, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(appConfig);
        ArgumentNullException.ThrowIfNull(variables);
        var realPath = RealPath.Of(Path.GetFullPath(appConfigFile, workingDirectory));
        var options = new YamlLoadOptions { Lookup = Scoped(variables, realPath).Lookup };
        var document = YamlLoader.Load(text, renderedName, options);
        if (document.Failed)
        {
            return new RenderedSpecResult(null, document.Diagnostics, Nested: false);
        }

        if (document.Root is not YamlMappingNode root)
        {
            var given = document.Root?.Describe() ?? "nothing";
            document.Diagnostics.Error(document.Root?.Start ?? new Mark(1, 1), "", $"the template must render a spec (a mapping with kind:, ...), it rendered {given}");
            return new RenderedSpecResult(null, document.Diagnostics, Nested: false);
        }

        return RenderedSpecReader.Read(root, new SpecReadContext(document.Diagnostics, options, workingDirectory), appConfig);
    }

    private static VariableSource Scoped(VariableSource variables, string realPath) => variables.WithOverrides(new Dictionary<string, string>
    {
        ["OVERLORD_WRKDIR"] = Path.GetDirectoryName(realPath) ?? "/",
        ["OVERLORD_FILE"] = realPath,
    });

    private static SpecLoadResult LoadText(
        string text, string fileName, string realPath, VariableSource variables, string workingDirectory, Func<string, string?>? readIncludedFile = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(variables);
        var scoped = Scoped(variables, realPath);
        var options = new YamlLoadOptions { Lookup = scoped.Lookup };
        var document = YamlLoader.Load(text, fileName, options);
        var bag = document.Diagnostics;
        if (document.Failed)
        {
            return new SpecLoadResult(null, bag);
        }

        if (document.Root is not YamlMappingNode root)
        {
            var given = document.Root?.Describe() ?? "an empty file";
            bag.Error(document.Root?.Start ?? new Mark(1, 1), "", $"a spec file is a mapping (kind:, datacenters:, deployIn:, ...), got {given}");
            return new SpecLoadResult(null, bag);
        }

        var spec = SpecDocumentReader.Read(root, new SpecReadContext(bag, options, workingDirectory, readIncludedFile));
        return new SpecLoadResult(spec, bag);
    }
}
