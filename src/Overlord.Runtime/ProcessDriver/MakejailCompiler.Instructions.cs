using Overlord.Core.Names;
namespace Overlord.Runtime.ProcessDriver;

internal sealed partial class MakejailCompiler
{
    private void Argument(MakejailInstruction instruction)
    {
        var (name, defaultValue) = SplitAssignment(instruction.Arguments);
        if (!NameRules.Identifier.IsMatch(name))
        {
            Fail(instruction, $"ARG: invalid name '{name}'");
            return;
        }

        _declaredArguments.Add(name);
        if (_givenArguments.TryGetValue(name, out var value))
        {
            _variables[name] = value;
        }
        else if (defaultValue is not null)
        {
            _variables[name] = Expand(defaultValue);
        }
        else
        {
            Fail(instruction, $"ARG: '{name}' is required but the service's arguments do not set it");
        }
    }

    private void Environment(MakejailInstruction instruction)
    {
        var (name, value) = SplitAssignment(instruction.Arguments);
        if (!NameRules.Identifier.IsMatch(name))
        {
            Fail(instruction, $"ENV: invalid name '{name}'");
            return;
        }

        var expanded = Expand(Unquote(value ?? ""));
        _makejailEnvironment[name] = expanded;
        _variables[name] = expanded;
    }

    private void Include(MakejailInstruction instruction)
    {
        var words = instruction.Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 1)
        {
            Fail(instruction, "INCLUDE: expected exactly one local file (arguments are not supported)");
            return;
        }

        var value = Expand(words[0]);
        var path = MakejailLocator.Resolve(value, Path.GetDirectoryName(instruction.File)!);
        if (path is null)
        {
            Fail(instruction, $"INCLUDE: '{value}' is remote; the process runtime only includes local files");
        }
        else if (_including.Contains(path))
        {
            Fail(instruction, $"INCLUDE: '{path}' includes itself");
        }
        else
        {
            CompileFile(path, instruction);
        }
    }

    private void WorkingDirectory(MakejailInstruction instruction)
    {
        var target = InsideRoot(instruction, Expand(Unquote(instruction.Arguments)), "WORKDIR");
        if (target is not null)
        {
            _workingDirectory = target;
            _buildSteps.Add(new MakeDirectoryStep(target, instruction.File, instruction.Line));
        }
    }

    private void Copy(MakejailInstruction instruction)
    {
        var words = instruction.Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (_startStage)
        {
            Fail(instruction, "COPY: only allowed in the build stage");
        }
        else if (words.Length != 2 || words.Any(word => word.StartsWith("--", StringComparison.Ordinal)))
        {
            Fail(instruction, "COPY: expected a source and a destination (options are not supported)");
        }
        else
        {
            var source = Path.GetFullPath(Expand(words[0]), Path.GetDirectoryName(instruction.File)!);
            var destination = InsideRoot(instruction, Expand(words[1]), "COPY");
            if (destination is not null)
            {
                _buildSteps.Add(new CopyStep(source, destination, instruction.File, instruction.Line));
            }
        }
    }

    private void Command(MakejailInstruction instruction)
    {
        var command = Expand(instruction.Arguments);
        if (command.Length == 0)
        {
            Fail(instruction, $"{instruction.Keyword}: a command is required");
        }
        else if (_startStage)
        {
            _startCommands.Add(new StartCommand(command, _workingDirectory, StageEnvironment(_context.StartEnvironment)));
        }
        else
        {
            var environment = StageEnvironment(_context.Environment);
            _buildSteps.Add(new RunStep(command, _workingDirectory, environment, instruction.File, instruction.Line));
        }
    }

    private void Stage(MakejailInstruction instruction)
    {
        switch (instruction.Arguments.ToLowerInvariant())
        {
            case "build":
                _startStage = false;
                break;
            case "start":
                _startStage = true;
                break;
            default:
                Fail(instruction, $"STAGE {instruction.Arguments}: only the build and start stages are supported by the process runtime");
                break;
        }
    }
}
