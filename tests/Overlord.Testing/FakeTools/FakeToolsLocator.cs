namespace Overlord.Testing.FakeTools;

/// <summary>Finds the built Overlord.FakeTools.dll and the dotnet host that runs it.</summary>
internal static class FakeToolsLocator
{
    private const string DllName = "Overlord.FakeTools.dll";

    /// <summary>
    /// Next to the test assembly if the build copied it there; otherwise in tests/Overlord.FakeTools/bin/CONFIG/TFM
    /// of the repository (found by walking up to Overlord.sln), CONFIG and TFM taken from the test assembly's folder.
    /// </summary>
    public static string FindDll()
    {
        var baseDirectory = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var beside = Path.Combine(baseDirectory, DllName);
        if (File.Exists(beside))
        {
            return beside;
        }

        var targetFramework = RepositoryLayout.TargetFramework;
        var repository = RepositoryLayout.Root;
        var candidates = new[] { RepositoryLayout.Configuration, "Debug", "Release" }
            .Distinct(StringComparer.Ordinal)
            .Select(config => Path.Combine(repository, "tests", "Overlord.FakeTools", "bin", config, targetFramework, DllName))
            .Where(File.Exists)
            .ToList();
        return candidates.Count > 0
            ? candidates[0]
            : throw new InvalidOperationException(
                $"{DllName} not found beside the tests or under {repository}/tests/Overlord.FakeTools/bin: build tests/Overlord.FakeTools first");
    }

    /// <summary>The dotnet executable: the SDK's DOTNET_HOST_PATH, this process if it is dotnet, else dotnet from PATH.</summary>
    public static string FindDotnet()
    {
        if (System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (System.Environment.ProcessPath is { } processPath && Path.GetFileNameWithoutExtension(processPath) == "dotnet")
        {
            return processPath;
        }

        var onPath = (System.Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "dotnet"))
            .FirstOrDefault(File.Exists);
        return onPath ?? "dotnet";
    }
}
