using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

internal sealed partial class ConfigReader
{
    private static readonly Dictionary<string, SignatureMode> SignatureModes = new(StringComparer.Ordinal)
    {
        ["ssh"] = SignatureMode.Ssh,
        ["gpg"] = SignatureMode.Gpg,
    };

    /// <summary>
    /// <c>agent.verify</c>. Its files must exist now: an agent that cannot check signatures must not start, since it
    /// would either apply nothing or (worse) be mistaken for one that checks.
    /// </summary>
    private VerifyConfig? ReadVerify(MappingReader agent)
    {
        if (agent.Mapping(VerifyConfig.SectionName) is not { } reader)
        {
            return null;
        }

        var mode = ConfigValues.Choice(reader, "mode", SignatureModes, "a signature mode", required: true);
        var allowedSigners = ReadKeyFile(reader, "allowed_signers", mode == SignatureMode.Ssh, mode, SignatureMode.Ssh);
        var keyring = ReadKeyFile(reader, "keyring", false, mode, SignatureMode.Gpg);
        var fingerprints = ReadFingerprints(reader, mode);
        var everyCommit = reader.Boolean("every_commit") ?? false;
        if (mode == SignatureMode.Gpg && keyring is null && fingerprints.Count == 0 && !reader.Has("keyring") && !reader.Has("fingerprints"))
        {
            _bag.Error(reader.Node, reader.ChildPath("keyring"), "is required with mode: gpg, unless fingerprints lists the allowed keys");
        }

        reader.RejectUnknownKeys();
        return mode is not { } known ? null : new VerifyConfig
        {
            Mode = known,
            AllowedSigners = allowedSigners,
            Keyring = keyring,
            Fingerprints = fingerprints,
            EveryCommit = everyCommit,
        };
    }

    /// <summary>A file of keys that only one mode reads: it must exist, be readable, and belong to the configured mode.</summary>
    private string? ReadKeyFile(MappingReader reader, string key, bool required, SignatureMode? mode, SignatureMode owner)
    {
        var path = ConfigValues.Text(reader, key, required);
        if (path is null)
        {
            return null;
        }

        var node = reader.Node[key]!;
        var ownerText = owner == SignatureMode.Ssh ? "ssh" : "gpg";
        if (mode is { } known && known != owner)
        {
            _bag.Error(node, reader.ChildPath(key), $"is only read with mode: {ownerText}");
            return null;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            _bag.Error(node, reader.ChildPath(key), $"'{path}' does not exist or is not a file");
            return null;
        }

        if (owner == SignatureMode.Gpg && IsArmored(full))
        {
            _bag.Error(node, reader.ChildPath(key), $"'{path}' is ASCII-armored; give a binary keyring (gpg --export KEY > FILE, or gpg --dearmor)");
            return null;
        }

        return full;
    }

    private static bool IsArmored(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var start = new byte[10];
            var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            return System.Text.Encoding.ASCII.GetString(start, 0, read).StartsWith("-----BEGIN", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>OpenPGP fingerprints: 40 (v4) or 64 (v5) hex digits, spaces allowed as gpg prints them; kept upper-case.</summary>
    private List<string> ReadFingerprints(MappingReader reader, SignatureMode? mode)
    {
        if (reader.StringList("fingerprints") is not { } values)
        {
            return [];
        }

        var sequence = (YamlSequenceNode)reader.Node["fingerprints"]!;
        if (mode == SignatureMode.Ssh)
        {
            _bag.Error(sequence, reader.ChildPath("fingerprints"), "is only read with mode: gpg (list SSH keys in allowed_signers)");
            return [];
        }

        var fingerprints = new List<string>(values.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is not YamlScalarNode item)
            {
                continue;
            }

            var compact = item.Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            if (compact.Length is not (40 or 64) || !compact.All(Uri.IsHexDigit))
            {
                _bag.Error(item, NodeValues.Item(reader.ChildPath("fingerprints"), i), $"'{YamlScalarNode.Shorten(item.Value)}' is not a key fingerprint (40 or 64 hex digits, as gpg --fingerprint prints)");
                continue;
            }

            fingerprints.Add(compact);
        }

        return fingerprints;
    }
}
