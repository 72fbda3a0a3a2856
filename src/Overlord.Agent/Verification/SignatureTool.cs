using System.ComponentModel;
using Overlord.Agent.Git;
using Overlord.Platform.Processes;

namespace Overlord.Agent.Verification;

/// <summary>
/// Runs ssh-keygen, gpgv or gpg on one signature: the signature and the signed bytes go to files in a private
/// temporary folder, removed afterwards. Each run is bounded in time; what the tools print is cut before it is kept.
/// </summary>
internal sealed class SignatureTool : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const int MaxKeptOutput = 200;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("overlord-verify-");

    public SignatureTool(CommitSignature signature)
    {
        SignatureFile = Path.Combine(_folder.FullName, "commit.sig");
        DataFile = Path.Combine(_folder.FullName, "commit.data");
        File.WriteAllText(SignatureFile, signature.Signature);
        File.WriteAllText(DataFile, signature.SignedData);
    }

    public string Folder => _folder.FullName;

    public string SignatureFile { get; }

    public string DataFile { get; }

    /// <summary>Runs a tool; a tool that cannot be started is reported as a failure with its reason, never thrown.</summary>
    public static async Task<ToolResult> RunAsync(string tool, IEnumerable<string> arguments, string? input, CancellationToken cancellationToken)
    {
        try
        {
            return await ToolRunner.RunAsync(tool, arguments, new ToolRunOptions { StandardInput = input, Timeout = Timeout, StopGrace = TimeSpan.Zero }, cancellationToken);
        }
        catch (Win32Exception exception)
        {
            return new ToolResult(127, "", $"{tool} could not be run: {exception.Message}");
        }
    }

    /// <summary>The first line a tool printed, short enough for a status line.</summary>
    public static string FirstLine(string output)
    {
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";
        return line.Length <= MaxKeptOutput ? line : line[..MaxKeptOutput] + "...";
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover in the temporary folder holds only public data: a signature and a commit.
        }
    }
}
