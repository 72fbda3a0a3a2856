using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

internal sealed partial class ConfigReader
{
    private static readonly string[] RepositorySchemes = ["https", "http", "ssh", "git", "file"];

    private static readonly Dictionary<string, CommitStatusProvider> Providers = new(StringComparer.Ordinal)
    {
        ["github"] = CommitStatusProvider.GitHub,
        ["gitea"] = CommitStatusProvider.Gitea,
    };

    private AgentConfig? ReadAgent(MappingReader root)
    {
        if (root.Mapping(AgentConfig.SectionName) is not { } reader)
        {
            return null;
        }

        var defaults = new AgentConfig { Repository = "" };
        var repository = ReadRepository(reader);
        var agent = new AgentConfig
        {
            Repository = repository ?? "",
            Branch = ReadGitRef(reader, "branch", name => "refs/heads/" + name) ?? defaults.Branch,
            Paths = ReadRelativePaths(reader, "paths", "glob") ?? defaults.Paths,
            Interval = ConfigValues.Seconds(reader, "interval", 1) ?? defaults.Interval,
            NotesRef = ReadGitRef(reader, "notes_ref", GitRefName.ExpandNotesRef) is { } notes ? GitRefName.ExpandNotesRef(notes) : defaults.NotesRef,
            PushNotes = reader.Boolean("push_notes") ?? defaults.PushNotes,
            Prune = reader.Boolean("prune") ?? defaults.Prune,
            SelfHeal = reader.Boolean("self_heal") ?? defaults.SelfHeal,
            EnvFiles = ReadRelativePaths(reader, "env_files", "path") ?? defaults.EnvFiles,
            Identity = ReadIdentity(reader),
            Webhooks = ReadWebhooks(reader),
            CommitStatus = ReadCommitStatus(reader),
            Verify = ReadVerify(reader),
        };
        reader.RejectUnknownKeys();
        return repository is null ? null : agent;
    }

    private string? ReadRepository(MappingReader reader)
    {
        var value = ConfigValues.Text(reader, "repository", required: true);
        if (value is null || !value.Contains("://", StringComparison.Ordinal))
        {
            // A local path or git's scp-like form (git@host:owner/repo.git).
            return value;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && RepositorySchemes.Contains(uri.Scheme, StringComparer.Ordinal))
        {
            return value;
        }

        _bag.Error(reader.Node["repository"]!, reader.ChildPath("repository"),
            $"'{YamlScalarNode.Shorten(value)}' is not a repository URL git can fetch; use {string.Join("://, ", RepositorySchemes)}://, user@host:path or a local path");
        return null;
    }

    /// <summary>A branch or notes ref, checked with git's ref-name rules once expanded to its full name.</summary>
    private string? ReadGitRef(MappingReader reader, string key, Func<string, string> fullName)
    {
        var value = ConfigValues.Text(reader, key);
        if (value is null || GitRefName.Problem(fullName(value)) is not { } problem)
        {
            return value;
        }

        _bag.Error(reader.Node[key]!, reader.ChildPath(key), $"'{YamlScalarNode.Shorten(value)}' is not a valid git ref name: {problem}");
        return null;
    }

    /// <summary>A non-empty list of paths or globs inside the repository: relative, without '..'.</summary>
    private List<string>? ReadRelativePaths(MappingReader reader, string key, string what)
    {
        if (reader.StringList(key) is not { } values)
        {
            return null;
        }

        var sequence = (YamlSequenceNode)reader.Node[key]!;
        if (sequence.Items.Count == 0)
        {
            _bag.Error(sequence, reader.ChildPath(key), $"must hold at least one {what} (leave it out for the default)");
            return null;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is YamlScalarNode item && RelativePathProblem(item.Value) is { } problem)
            {
                _bag.Error(item, NodeValues.Item(reader.ChildPath(key), i), $"'{YamlScalarNode.Shorten(item.Value)}' {problem}");
            }
        }

        return values;
    }

    private static string? RelativePathProblem(string path) =>
        path.Length == 0 ? "is empty"
        : path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) ? "must be relative to the repository's root, with '/' between folders"
        : path.Split('/').Contains("..") ? "must stay inside the repository (no '..')"
        : null;
}
