namespace Overlord.Core.Config;

/// <summary>Where the path of the config file came from.</summary>
public enum ConfigSource
{
    /// <summary>No file: every default applies.</summary>
    None,

    /// <summary><c>$OVERLORD_CONFIG</c> (from the environment or the env file). The file must exist.</summary>
    Variable,

    /// <summary><c>.overlord.yml</c> in the working directory, found there.</summary>
    WorkingDirectory,

    /// <summary>A command-line option such as <c>--config</c>. The file must exist.</summary>
    CommandLine,
}
