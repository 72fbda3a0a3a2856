using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Overlord.Cli;

/// <summary>
/// <c>--help</c> as System.CommandLine writes it, less the aliases a command's own options take from the
/// options every command inherits: <c>get-jail-log -e</c> is its entity, so its help must not also list
/// <c>-e, --env-file</c> (issue 10). Help has no hook per line, so the written text is edited.
/// </summary>
internal sealed class ShadowedAliasHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var buffer = new StringWriter { NewLine = output.NewLine };
        configuration.Output = buffer;
        int code;
        try
        {
            code = help.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        var shadowed = Shadowed(parseResult.CommandResult.Command).ToList();
        var lines = buffer.ToString().Split(output.NewLine);
        output.Write(string.Join(output.NewLine, lines.Select(line => shadowed.Aggregate(line, Unlist))));
        return code;
    }

    /// <summary>"  -e, --env-file &lt;FILE&gt;  Read..." becomes "  --env-file &lt;FILE&gt;      Read...", the description staying in its column.</summary>
    private static string Unlist(string line, (string Alias, Option Inherited) shadowed)
    {
        var prefix = $"  {shadowed.Alias}, ";
        if (!line.StartsWith(prefix + shadowed.Inherited.Name, StringComparison.Ordinal))
        {
            return line;
        }

        var rest = line[prefix.Length..];
        var gap = rest.IndexOf("  ", StringComparison.Ordinal);
        return gap < 0 ? "  " + rest : "  " + rest[..gap] + new string(' ', prefix.Length - 2) + rest[gap..];
    }

    /// <summary>The aliases of inherited (recursive) options that an option of <paramref name="command"/> itself also has.</summary>
    private static IEnumerable<(string Alias, Option Inherited)> Shadowed(Command command)
    {
        var own = command.Options.SelectMany(option => option.Aliases.Append(option.Name)).ToHashSet(StringComparer.Ordinal);
        var inherited = command.Parents.OfType<Command>().SelectMany(AncestorsAndSelf).SelectMany(parent => parent.Options).Where(option => option.Recursive);
        return inherited.SelectMany(option => option.Aliases.Where(own.Contains).Select(alias => (alias, option)));
    }

    private static IEnumerable<Command> AncestorsAndSelf(Command command) =>
        command.Parents.OfType<Command>().SelectMany(AncestorsAndSelf).Prepend(command);
}
