using Overlord.Cli.Invocation;
using Overlord.Core;
using Overlord.Core.Results;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;

namespace Overlord.Cli.Commands;

/// <summary>Loads the <c>-f FILE</c> of a deployment command: a missing file exits 66, a refused spec prints every problem and exits 78.</summary>
internal static class SpecFiles
{
    public static Spec Load(CliEnvironment environment, string file)
    {
        if (!File.Exists(Path.GetFullPath(file, environment.WorkingDirectory)))
        {
            throw new OverlordException($"{file}: the spec file does not exist", ExitCodes.NoInput);
        }

        var spec = Read(environment, file);
        return spec.IsSuccess ? spec.Value : throw new OverlordException($"{file}: {spec.Error.Message}", ExitCodes.Config);
    }

    /// <summary>
    /// Reads FILE and writes its warnings and, when it is refused, every problem to stderr; returns the spec, or why
    /// it was refused.
    /// </summary>
    public static Result<Spec> Read(CliEnvironment environment, string file)
    {
        var result = SpecLoader.Load(file, environment.Variables, environment.WorkingDirectory);
        foreach (var warning in result.Diagnostics.Warnings)
        {
            environment.Error.WriteLine($"warning: {warning}");
        }

        if (result.Spec is null)
        {
            foreach (var error in result.Diagnostics.Errors)
            {
                environment.Error.WriteLine(error.ToString());
            }

            return Result.Failure<Spec>(ErrorCodes.Invalid, $"the spec was refused ({result.Diagnostics.Errors.Count} error(s))");
        }

        var problems = ProjectFileCheck.Problems(result.Spec, file);
        foreach (var problem in problems)
        {
            environment.Error.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            return Result.Failure<Spec>(ErrorCodes.Invalid, $"the spec was refused: Director would refuse its projectFile ({problems.Count} error(s))");
        }

        return result.Spec;
    }
}
