using System.Text.RegularExpressions;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// Turns a Makejail into a <see cref="MakejailPlan"/> using the portable subset the process
/// runtime supports: OPTION (ignored), ARG, ENV, INCLUDE (local), WORKDIR, COPY, CMD, RUN and
/// STAGE build/start. Any other instruction is refused with its name, file and line.
/// <c>${name}</c> expands from ARG, ENV, the start environment, OVERLORD_METADATA and
/// OVERLORD_ROOT; other references are left for the shell.
/// </summary>
internal sealed partial class MakejailCompiler
{
    private readonly MakejailContext _context;
    private readonly List<MakejailError> _errors = [];
    private readonly List<MakejailStep> _buildSteps = [];
    private readonly List<StartCommand> _startCommands = [];
    private readonly List<MakejailSource> _sources = [];
    private readonly Stack<string> _including = new();
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _makejailEnvironment = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declaredArguments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _givenArguments = new(StringComparer.Ordinal);
    private string _workingDirectory;
    private bool _startStage;

    private MakejailCompiler(MakejailContext context)
    {
        _context = context;
        _workingDirectory = Path.GetFullPath(context.RootDirectory);
        _variables[MakejailContext.MetadataVariable] = context.MetadataDirectory;
        _variables[MakejailContext.RootVariable] = _workingDirectory;
        foreach (var pair in context.StartEnvironment)
        {
            _variables[pair.Key] = pair.Value ?? "";
        }

        foreach (var argument in context.Arguments)
        {
            _givenArguments[argument.Key] = argument.Value ?? "";
        }
    }

    public static MakejailCompileResult Compile(MakejailContext context)
    {
        var compiler = new MakejailCompiler(context);
        compiler.CompileFile(context.MakejailPath, includedFrom: null);
        foreach (var name in compiler._givenArguments.Keys.Where(name => !compiler._declaredArguments.Contains(name)))
        {
            compiler._errors.Add(new MakejailError(context.MakejailPath, 0, $"argument '{name}' is given but no ARG declares it"));
        }

        var plan = new MakejailPlan(compiler._buildSteps, compiler._startCommands, compiler._sources);
        return compiler._errors.Count == 0 ? new MakejailCompileResult(plan, []) : new MakejailCompileResult(null, compiler._errors);
    }

    private void CompileFile(string path, MakejailInstruction? includedFrom)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var message = $"cannot read Makejail '{path}': {exception.Message}";
            _errors.Add(includedFrom is null ? new MakejailError(path, 0, message) : Located(includedFrom, message));
            return;
        }

        _sources.Add(new MakejailSource(path, text));
        _including.Push(path);
        foreach (var instruction in MakejailReader.Read(path, text))
        {
            Apply(instruction);
        }

        _including.Pop();
    }

    private void Apply(MakejailInstruction instruction)
    {
        switch (instruction.Keyword)
        {
            case "OPTION":
                break; // Jail options mean nothing to local processes.
            case "ARG":
                Argument(instruction);
                break;
            case "ENV":
                Environment(instruction);
                break;
            case "INCLUDE":
                Include(instruction);
                break;
            case "WORKDIR":
                WorkingDirectory(instruction);
                break;
            case "COPY":
                Copy(instruction);
                break;
            case "CMD" or "RUN":
                Command(instruction);
                break;
            case "STAGE":
                Stage(instruction);
                break;
            default:
                Fail(instruction, $"{instruction.Keyword}: instruction not supported by the process runtime");
                break;
        }
    }

    private string Expand(string text) => VariableReference().Replace(
        text,
        match => _variables.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);

    private void Fail(MakejailInstruction instruction, string message) => _errors.Add(Located(instruction, message));

    private static MakejailError Located(MakejailInstruction instruction, string message) =>
        new(instruction.File, instruction.Line, message);

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex VariableReference();
}
