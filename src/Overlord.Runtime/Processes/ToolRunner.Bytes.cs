using System.Diagnostics;
using System.Text;

namespace Overlord.Runtime.Processes;

public static partial class ToolRunner
{
    /// <summary>
    /// Runs an external tool like <see cref="RunAsync"/>, but keeps its standard output as raw bytes: tools such as
    /// <c>git cat-file --batch</c> announce sizes in bytes and may print binary content, which text decoding would alter.
    /// </summary>
    public static async Task<ToolBytesResult> RunForBytesAsync(
        string fileName,
        IEnumerable<string> arguments,
        ToolRunOptions? options,
        CancellationToken cancellationToken)
    {
        options ??= new ToolRunOptions();
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = options.StandardInput is not null,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = options.StandardInput is not null ? new UTF8Encoding(false) : null,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (options.WorkingDirectory is not null)
        {
            startInfo.WorkingDirectory = options.WorkingDirectory;
        }

        foreach (var (key, value) in options.Environment)
        {
            startInfo.Environment[key] = value;
        }

        using var process = new Process { StartInfo = startInfo };
        process.Start();
        using var stdoutBuffer = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(stdoutBuffer, CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        if (options.StandardInput is not null)
        {
            await process.StandardInput.WriteAsync(options.StandardInput.AsMemory(), cancellationToken);
            process.StandardInput.Close();
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout is { } timeout)
        {
            limit.CancelAfter(timeout);
        }

        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            await stdout;
            return new ToolBytesResult(TimedOutExitCode, stdoutBuffer.ToArray(), await stderr + $"{fileName}: killed after {options.Timeout}\n");
        }

        await stdout;
        return new ToolBytesResult(process.ExitCode, stdoutBuffer.ToArray(), await stderr);
    }
}
