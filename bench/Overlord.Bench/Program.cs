using Overlord.Bench;

// overlord-bench [--quick] [--scale] [--only PHASE,...] [--output FILE] [--work DIR]: see bench/README.md. bench/run builds everything first.
var options = BenchOptions.Parse(args);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = true;
    stop.Cancel();
};

try
{
    var table = await new BenchRun(options, Console.Error).RunAsync(stop.Token);
    if (options.OutputFile is { } output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, table, stop.Token);
    }

    Console.Out.Write(table);
    Directory.Delete(options.WorkDirectory, recursive: true);
    return 0;
}
catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or IOException or HttpRequestException or OperationCanceledException)
{
    Console.Error.WriteLine($"overlord-bench: {exception.Message}");
    Console.Error.WriteLine($"overlord-bench: nodes' logs and repositories are kept in {options.WorkDirectory}");
    return 1;
}
