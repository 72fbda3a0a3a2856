using Overlord.Core.Diagnostics;
using Overlord.Core.Environment;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

/// <summary>Finds and loads <c>overlord.yml</c> as the original did, refusing it with every problem at once.</summary>
public static class ConfigLoader
{
    /// <summary><c>$OVERLORD_CONFIG</c> when set (whether or not the file exists), else <c>.overlord.yml</c> in
    /// the process's working directory when it exists, else none.</summary>
    public static ConfigLocation Locate(VariableSource variables) => Locate(variables, Directory.GetCurrentDirectory());

    /// <summary>As <see cref="Locate(VariableSource)"/>, against a given working directory.</summary>
    public static ConfigLocation Locate(VariableSource variables, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var named = variables.Lookup(OverlordConfig.PathVariable);
        if (!string.IsNullOrEmpty(named))
        {
            return new ConfigLocation(Path.GetFullPath(named, workingDirectory), ConfigSource.Variable);
        }

        var local = Path.Combine(workingDirectory, OverlordConfig.DefaultFileName);
        return File.Exists(local) ? new ConfigLocation(local, ConfigSource.WorkingDirectory) : ConfigLocation.None;
    }

    /// <summary>Loads a located file, or the defaults when there is none.</summary>
    public static ConfigLoadResult Load(ConfigLocation location, VariableSource variables, ConfigHost? host = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Path is null
            ? new ConfigLoadResult(Defaults(variables, host), new DiagnosticBag(""))
            : Load(location.Path, variables, host);
    }

    /// <summary>Loads and validates a file; <c>${NAME}</c> and <c>!ENV</c> take their values from <paramref name="variables"/>.</summary>
    public static ConfigLoadResult Load(string path, VariableSource variables, ConfigHost? host = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            var bag = new DiagnosticBag(path);
            bag.Error(new Mark(1, 1), "", "the configuration file does not exist");
            return new ConfigLoadResult(null, bag) { FileMissing = true };
        }

        return Read(YamlLoader.LoadFile(path, Options(variables)), variables, host);
    }

    /// <summary>Loads YAML text; <paramref name="fileName"/> names it in messages.</summary>
    public static ConfigLoadResult Parse(string text, string fileName, VariableSource variables, ConfigHost? host = null) =>
        Read(YamlLoader.Load(text, fileName, Options(variables)), variables, host);

    /// <summary>The config of a node without a file.</summary>
    public static OverlordConfig Defaults(VariableSource variables, ConfigHost? host = null)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new ConfigReader(new DiagnosticBag(""), (host ?? ConfigHost.Current).WithVariables(variables)).Defaults();
    }

    private static YamlLoadOptions Options(VariableSource variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return new YamlLoadOptions { Lookup = variables.Lookup };
    }

    private static ConfigLoadResult Read(YamlDocument document, VariableSource variables, ConfigHost? host)
    {
        var bag = new DiagnosticBag(document.File);
        var config = document.Failed
            ? null
            : new ConfigReader(bag, (host ?? ConfigHost.Current).WithVariables(variables)).Read(document.Root);
        var sorted = new DiagnosticBag(document.File);
        foreach (var error in document.Diagnostics.Errors.Concat(bag.Errors).OrderBy(d => d.Mark.Line).ThenBy(d => d.Mark.Column))
        {
            sorted.Error(error.Mark, error.Path, error.Message);
        }

        foreach (var warning in document.Diagnostics.Warnings.Concat(bag.Warnings).OrderBy(d => d.Mark.Line).ThenBy(d => d.Mark.Column))
        {
            sorted.Warning(warning.Mark, warning.Path, warning.Message);
        }

        return new ConfigLoadResult(sorted.HasErrors ? null : config, sorted);
    }
}
