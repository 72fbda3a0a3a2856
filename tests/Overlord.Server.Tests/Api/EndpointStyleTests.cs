using System.CodeDom.Compiler;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;

namespace Overlord.Server.Tests.Api;

/// <summary>
/// One endpoint style for the node and the agent (issue 12.5): a handler names what it uses as parameters, which
/// the request delegate generator binds at build time; none pulls a service out of the request's container.
/// </summary>
public sealed partial class EndpointStyleTests
{
    // The folders whose routes the node and the agent map.
    private static readonly string[] EndpointFolders =
        [Path.Combine("src", "Overlord.Server", "Api"), Path.Combine("src", "Overlord.Server", "Ui"), Path.Combine("src", "Overlord.Agent")];

    // Routes mapped with a plain request delegate: they take the context alone, so there is nothing to bind.
    private static readonly string[] RequestDelegateRoutes = ["/ui/login", "/ui/logout"];

    [Fact]
    public async Task Every_route_of_the_node_is_bound_by_the_generated_code()
    {
        await using var node = await RunningNode.StartAsync();

        var endpoints = node.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var unbound = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<GeneratedCodeAttribute>()?.Tool?.StartsWith("Microsoft.AspNetCore.Http.RequestDelegateGenerator", StringComparison.Ordinal) != true)
            .Select(endpoint => endpoint.DisplayName ?? endpoint.RoutePattern.RawText ?? "?")
            .Where(name => !RequestDelegateRoutes.Any(route => name.Contains(route, StringComparison.Ordinal)))
            .ToList();

        Assert.True(endpoints.Count > 30, $"only {endpoints.Count} routes seen");
        Assert.True(unbound.Count == 0, "mapped without the request delegate generator (a Delegate passed through a helper?):\n" + string.Join("\n", unbound));
    }

    [Fact]
    public void No_endpoint_source_uses_a_service_locator()
    {
        var files = EndpointSources();

        var offenders = files
            .SelectMany(file => File.ReadAllLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(entry => UsesServiceLocator(entry.line))
            .Select(entry => $"{Path.GetRelativePath(RepositoryLayout.Root, entry.file)}:{entry.number}: {entry.line.Trim()}")
            .ToList();

        Assert.True(files.Count >= 15, $"only {files.Count} endpoint sources found: the folders moved?");
        Assert.True(offenders.Count == 0, "take services as handler parameters ([FromServices]) instead:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("var store = context.RequestServices.GetRequiredService<MetadataStore>();")]
    [InlineData("var store = (MetadataStore)provider.GetService(typeof(MetadataStore));")]
    [InlineData("var store = context.Service<MetadataStore>();")]
    public void The_check_sees_a_service_locator(string line) => Assert.True(UsesServiceLocator(line));

    [Fact]
    public void The_check_lets_an_explicit_parameter_pass() =>
        Assert.False(UsesServiceLocator("private static ApiAnswer Delete(string key, [FromServices] MetadataStore store)"));

    /// <summary>Files named for endpoints, and any other file that maps a route, under the endpoint folders.</summary>
    private static List<string> EndpointSources() =>
        [.. EndpointFolders
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryLayout.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !IsBuildOutput(file))
            .Where(file => Path.GetFileNameWithoutExtension(file).EndsWith("Endpoint", StringComparison.Ordinal)
                || Path.GetFileNameWithoutExtension(file).EndsWith("Endpoints", StringComparison.Ordinal)
                || MapsARoute().IsMatch(File.ReadAllText(file)))
            .Order(StringComparer.Ordinal)];

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static bool UsesServiceLocator(string line) => ServiceLocator().IsMatch(line);

    [GeneratedRegex(@"\bRequestServices\b|\bGetService\b|\bGetRequiredService\b|\.Service<")]
    private static partial Regex ServiceLocator();

    [GeneratedRegex(@"\.Map(Get|Post|Put|Delete|Patch|Methods)\(")]
    private static partial Regex MapsARoute();
}
