using Overlord.Core;

namespace Overlord.Cli.Tests;

/// <summary>
/// Names and Director files that AppJail or Director would refuse late on the node (exit 70 "Project locked" or
/// InvalidSpec) are refused when the spec is read, naming the file, the line and the field (issue 15.2).
/// </summary>
public sealed class PrintSpecAppJailRulesTests
{
    [Fact]
    public async Task Print_spec_refuses_a_vm_name_with_a_dot_as_AppJail_does()
    {
        using var folder = new PrintSpecTestFolder();
        folder.Write("vm.yml", """
            kind: vmJail
            datacenters:
              main:
                entrypoint: http://127.0.0.1:8888
                access_token: t
            deployIn:
              labels: [vm]
            vmName: debian.12
            makejail: gh+DtxdF/vm-makejail
            template: {loader: uefi}
            diskLayout:
              driver: nvme
              size: 20G
              from: {type: img, imgFile: debian.img}
            """);

        var (exitCode, stdout, stderr) = await folder.RunAsync("print-spec", "-f", "vm.yml");

        Assert.Equal(ExitCodes.Config, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("vm.yml:8:9: vmName: 'debian.12' is not valid", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  web:\n    name: web.1\n", "line 3, column 11: services/web/name: jail name is incorrect")]
    [InlineData("  web:\n    makejail: a\n    command: b\n", "line 4, column 5: services/web: unknown key \"command\"")]
    [InlineData("  web:\n    options:\n      - {virtualnet: ':<random> default', nat: null}\n", "line 4, column 9: services/web/options/#1: must have exactly one key")]
    [InlineData("  web/1:\n    makejail: a\n", "line 2, column 3: services/web/1: service name is incorrect")]
    public async Task Print_spec_refuses_a_project_file_that_Director_refuses(string services, string problem)
    {
        using var folder = new PrintSpecTestFolder();
        var body = string.Concat(("services:\n" + services).Split('\n').Select(line => "  " + line + "\n"));
        folder.Write("web.yml", $"""
            kind: directorProject
            datacenters:
              main:
                entrypoint: http://127.0.0.1:8888
                access_token: t
            deployIn:
              labels: [web]
            projectName: web
            projectFile: |

            """ + body);

        var (exitCode, stdout, stderr) = await folder.RunAsync("print-spec", "-f", "web.yml");

        Assert.Equal(ExitCodes.Config, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains($"web.yml: projectFile: {problem}", stderr, StringComparison.Ordinal);
    }
}
