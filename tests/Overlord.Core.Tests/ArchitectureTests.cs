namespace Overlord.Core.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Core_references_no_hosting_database_or_logging_framework()
    {
        var forbidden = new[] { "Microsoft.AspNetCore", "Quartz", "Serilog", "Microsoft.Data.Sqlite" };

        var references = typeof(ExitCodes).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)));
    }
}
