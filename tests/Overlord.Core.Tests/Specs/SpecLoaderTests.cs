using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;
using Overlord.Testing;

namespace Overlord.Core.Tests.Specs;

public sealed class SpecLoaderTests
{
    private const string WorkdirProject = SpecFixtures.Header + """
        kind: directorProject
        projectName: site
        projectFromMetadata: site
        environment:
          WRKDIR: !ENV ${OVERLORD_WRKDIR}
          FILE: !ENV ${OVERLORD_FILE}
        """;

    [Fact]
    public void Load_File_ExportsItsFolderAndRealPathForSubstitution()
    {
        using var folder = new TempDirectory();
        var real = folder.Write("specs/site.yml", WorkdirProject);
        var link = Path.Combine(folder.Path, "current.yml");
        File.CreateSymbolicLink(link, real);

        var result = SpecLoader.Load("current.yml", VariableSource.Empty, folder.Path);

        var project = Assert.IsType<DirectorProjectSpec>(result.Spec);
        var realFolder = Path.Combine(new DirectoryInfo(folder.Path).ResolveLinkTarget(true)?.FullName ?? folder.Path, "specs");
        Assert.Equal(realFolder, project.Environment["WRKDIR"]);
        Assert.Equal(Path.Combine(realFolder, "site.yml"), project.Environment["FILE"]);
    }

    [Fact]
    public void Load_File_DoesNotLetTheEnvironmentOverrideOverlordFile()
    {
        var variables = new VariableSource(new Dictionary<string, string> { ["OVERLORD_FILE"] = "/elsewhere.yml" });

        var result = SpecLoader.Load(WorkdirProject, "site.yml", variables, "/srv/deploy");

        Assert.Equal("/srv/deploy/site.yml", ((DirectorProjectSpec)result.Spec!).Environment["FILE"]);
        Assert.Null(variables.Lookup("OVERLORD_WRKDIR"));
    }

    [Fact]
    public void Load_UndefinedVariable_WarnsWithFileLineAndNameAndStillLoads()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + """
            kind: directorProject
            projectName: site
            projectFromMetadata: site
            environment:
              DB_PASSWORD: !ENV '${DB_PASSWORD}'
            """);

        var project = Assert.IsType<DirectorProjectSpec>(result.Spec);
        Assert.Equal("", project.Environment["DB_PASSWORD"]);
        var warning = Assert.Single(result.Diagnostics.Warnings);
        Assert.Equal("spec.yml:11:16: the variable 'DB_PASSWORD' is not set; it becomes an empty string", warning.ToString());
    }

    [Fact]
    public void Load_MissingFile_IsOneErrorNamingTheFileAsGiven()
    {
        using var folder = new TempDirectory();

        var result = SpecLoader.Load("nope.yml", VariableSource.Empty, folder.Path);

        var error = Assert.Single(result.Diagnostics.Errors);
        Assert.Equal("nope.yml:1:1: cannot read the spec file: no such file", error.ToString());
    }

    [Fact]
    public void Load_SeveralMistakes_AreAllReportedInOneLoad()
    {
        var result = SpecFixtures.Load("""
            kind: directorProject
            datacenters:
              main:
                timeout: soon
            deployIn:
              labels: [Web]
            projectName: a b
            projectFromMetadata: site
            autoScale:
              replicas: {min: 0}
            """);

        Assert.Null(result.Spec);
        Assert.Equal(
            ["spec.yml:4:14: datacenters.main.timeout", "spec.yml:6:12: deployIn.labels[0]", "spec.yml:7:14: projectName", "spec.yml:10:19: autoScale.replicas.min"],
            result.Diagnostics.Errors.OrderBy(e => e.Mark.Line).Select(e => $"{e.File}:{e.Mark}: {e.Path}"));
    }

    [Fact]
    public void Load_RemoteMakejail_LoadsWithoutContactingAnything()
    {
        var vm = SpecFixtures.LoadValid<VmJailSpec>(SpecFixtures.Header + """
            kind: vmJail
            vmName: vm01
            makejail: gh+DtxdF/vm-makejail
            template: {loader: uefi}
            diskLayout: {driver: nvme, size: 10G, from: {type: iso, isoFile: fbsd.iso, installed: true}}
            """);

        Assert.Equal("gh+DtxdF/vm-makejail", vm.Makejail);
        Assert.True(vm.DiskLayout.From.Installed);
    }
}
