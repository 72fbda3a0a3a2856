using Overlord.Core;
using Overlord.Core.Environment;

namespace Overlord.Cli.Invocation;

/// <summary>
/// What every command shares: the variables for <c>${NAME}</c> (process environment, then <c>-e FILE</c>
/// or <c>./.env</c>, as the original), and the output streams.
/// </summary>
internal sealed class CliEnvironment
{
    private readonly string? _envFile;
    private VariableSource? _variables;

    public CliEnvironment(string? envFile, TextWriter output, TextWriter error, string workingDirectory)
    {
        _envFile = envFile;
        Output = output;
        Error = error;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>An environment whose variables are given (the demo's commands talk to its own nodes whatever the shell holds).</summary>
    public CliEnvironment(VariableSource variables, TextWriter output, TextWriter error, string workingDirectory)
        : this((string?)null, output, error, workingDirectory)
    {
        _variables = variables;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public string WorkingDirectory { get; }

    /// <summary>The variables, read once. A missing <c>-e FILE</c> exits 66; a missing <c>.env</c> is fine.</summary>
    public VariableSource Variables => _variables ??= LoadVariables();

    private VariableSource LoadVariables()
    {
        if (_envFile is null)
        {
            return WithEnvFile(".env", EnvFile.ReadIfPresent(Path.Combine(WorkingDirectory, ".env")));
        }

        var path = Path.GetFullPath(_envFile, WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new OverlordException($"{_envFile}: the env file does not exist", ExitCodes.NoInput);
        }

        return WithEnvFile(_envFile, EnvFile.Read(path));
    }

    private VariableSource WithEnvFile(string name, EnvFile file)
    {
        // python-dotenv warns and skips such a statement; the original went on, and so do we.
        foreach (var line in file.InvalidLines)
        {
            Error.WriteLine($"warning: {name}:{line}: the statement cannot be parsed as python-dotenv reads it; it is skipped");
        }

        return VariableSource.FromProcess().WithEnvFile(file);
    }
}
