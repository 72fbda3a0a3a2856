using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Specs.Reading;
using Overlord.Testing;

namespace Overlord.Core.Tests.Specs;

public sealed class DirectorProjectSpecTests
{
    [Fact]
    public void Load_ProjectWithEnvTagsAndDotEnv_SubstitutesValuesAndKeepsProjectFileByteIdentical()
    {
        using var folder = new TempDirectory();
        var envFile = folder.Write(".env", "NODE_TOKEN=eyJhbGciOi.token\nNGINX_PORT=8080\nDOMAIN=example.org\n");
        var spec = folder.Write("nginx.yml", """
            kind: directorProject
            datacenters:
              main:
                entrypoint: !ENV 'http://${NODE_HOST:127.0.0.1}:8888'
                access_token: !ENV '${NODE_TOKEN}'
            deployIn:
              labels:
                - web
                - edge
            projectName: nginx
            projectFile: |
              options:
                - virtualnet: ':<random> default'
                - nat:
              services:
                nginx:
                  makejail: gh+AppJail-makejails/nginx
                  arguments:
                    - nginx_tag: !ENV '${NGINX_TAG}'
            environment:
              PORT: !ENV ${NGINX_PORT}
              SERVER_NAME: !ENV '${DOMAIN}'
              WORKERS: 4
              DEBUG: no
            """);
        var variables = new VariableSource(new Dictionary<string, string>()).WithEnvFile(EnvFile.Read(envFile));

        var result = SpecLoader.Load(spec, variables, folder.Path);

        var project = Assert.IsType<DirectorProjectSpec>(result.Spec);
        Assert.Equal("http://127.0.0.1:8888", project.Datacenters["main"].Entrypoint);
        Assert.Equal("eyJhbGciOi.token", project.Datacenters["main"].AccessToken!.Reveal());
        Assert.Equal(["web", "edge"], project.DeployIn.Labels);
        Assert.Equal(["main"], project.DeployIn.Entrypoints);
        Assert.StartsWith("options:\n  - virtualnet: ':<random> default'\n", project.ProjectFile, StringComparison.Ordinal);
        Assert.EndsWith("      - nginx_tag: !ENV '${NGINX_TAG}'\n", project.ProjectFile, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["PORT"] = "8080", ["SERVER_NAME"] = "example.org", ["WORKERS"] = "4", ["DEBUG"] = "no" }, project.Environment);
        Assert.Empty(result.Diagnostics.Warnings);
    }

    [Fact]
    public void Load_ProjectFileAsQuotedString_IsAccepted()
    {
        var project = SpecFixtures.LoadValid<DirectorProjectSpec>(SpecFixtures.Header + """
            kind: directorProject
            projectName: hello
            projectFile: "services:\n  hello:\n    makejail: gh+AppJail-makejails/hello\n"
            """);

        Assert.Equal("services:\n  hello:\n    makejail: gh+AppJail-makejails/hello\n", project.ProjectFile);
    }

    [Fact]
    public void Load_ProjectFromMetadata_IsKeptAsMetadataKey()
    {
        var project = SpecFixtures.LoadValid<DirectorProjectSpec>(SpecFixtures.Header + """
            kind: directorProject
            projectName: wiki
            projectFromMetadata: projects.wiki
            environFromMetadata: env.wiki
            """);

        Assert.Null(project.ProjectFile);
        Assert.Equal("projects.wiki", project.ProjectFromMetadata);
        Assert.Equal("env.wiki", project.EnvironFromMetadata);
    }

    [Fact]
    public void Load_LabelsChainsAndDatacentersEnvironment_AcceptRootAndDottedChainPaths()
    {
        var project = SpecFixtures.LoadValid<DirectorProjectSpec>(SpecFixtures.Header + """
            kind: directorProject
            projectName: api
            projectFromMetadata: api
            labelsEnvironment:
              web:
                ROLE: frontend
              db.primary:
                ROLE: database
            chainsEnvironment:
              <root>:
                TIER: root
              alpha.charlie:
                TIER: leaf
            datacentersEnvironment:
              main:
                REGION: eu-west
            """);

        Assert.Equal("frontend", project.LabelsEnvironment["web"]["ROLE"]);
        Assert.Equal("database", project.LabelsEnvironment["db.primary"]["ROLE"]);
        Assert.Equal("root", project.ChainsEnvironment["<root>"]["TIER"]);
        Assert.Equal("leaf", project.ChainsEnvironment["alpha.charlie"]["TIER"]);
        Assert.Equal("eu-west", project.DatacentersEnvironment["main"]["REGION"]);
    }

    [Fact]
    public void Load_LabelEnvironmentLeftEmpty_SetsNothing()
    {
        var project = SpecFixtures.LoadValid<DirectorProjectSpec>(SpecFixtures.Header + """
            kind: directorProject
            projectName: api
            projectFromMetadata: api
            labelsEnvironment:
              web:
            """);

        Assert.Empty(project.LabelsEnvironment["web"]);
    }

    [Fact]
    public void Load_ReservePort_TakesInterfacesWithNetworkOrNothing()
    {
        var project = SpecFixtures.LoadValid<DirectorProjectSpec>(SpecFixtures.Header + """
            kind: directorProject
            projectName: api
            projectFromMetadata: api
            reserve_port:
              em0:
              jext: 10.0.0.0/24
            """);

        Assert.Equal(new Dictionary<string, string?> { ["em0"] = null, ["jext"] = "10.0.0.0/24" }, project.ReservePort);
    }

    [Fact]
    public void Load_ReservePortWithBadNetwork_NamesInterface()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + """
            kind: directorProject
            projectName: api
            projectFromMetadata: api
            reserve_port:
              jext: 10.0.0.0/99
            """);

        SpecFixtures.AssertError(result, "spec.yml:11:9: reserve_port.jext", "'10.0.0.0/99' is not a network");
    }

    [Fact]
    public void Load_BothProjectFileAndProjectFromMetadata_IsRefusedAtTheSecond()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + """
            kind: directorProject
            projectName: api
            projectFile: |
              services: {}
            projectFromMetadata: api
            """);

        SpecFixtures.AssertError(result, "spec.yml:11:1: projectFromMetadata", "give either projectFile or projectFromMetadata, not both");
    }

    [Fact]
    public void Load_NeitherProjectFileNorProjectFromMetadata_IsRequired()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + """
            kind: directorProject
            projectName: api
            """);

        SpecFixtures.AssertError(result, "spec.yml:1:1: projectFile", "give projectFile or projectFromMetadata");
    }

    [Fact]
    public void Load_ProjectFileAsMapping_SaysTextIsExpected()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + """
            kind: directorProject
            projectName: api
            projectFile:
              services: {}
            """);

        SpecFixtures.AssertError(result, "spec.yml:10:3: projectFile", "expected the Director file as text (a | block), got a mapping");
    }

    [Theory]
    [InlineData("projectName: my project", "spec.yml:9:14: projectName", "'my project' is not valid")]
    [InlineData("projectName: api\nenvironFromMetadata: 9lives", "spec.yml:10:22: environFromMetadata", "'9lives' is not valid")]
    [InlineData("projectName: api\nchainsEnvironment:\n  alpha..beta:\n    A: b", "spec.yml:11:3: chainsEnvironment.alpha..beta", "is not a valid name here")]
    [InlineData("projectName: api\nlabelsEnvironment:\n  Web:\n    A: b", "spec.yml:11:3: labelsEnvironment.Web", "a label is lower-case letters")]
    [InlineData("projectName: api\nenvironment:\n  A: [1, 2]", "spec.yml:11:6: environment.A", "expected a string, got a list")]
    [InlineData("projectName: api\nenvironment: [A=b]", "spec.yml:10:14: environment", "expected a mapping")]
    public void Load_InvalidProjectValues_AreRefusedWithLocation(string body, string location, string message)
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + "kind: directorProject\nprojectFromMetadata: api\n" + body);

        SpecFixtures.AssertError(result, location, message);
    }

    [Fact]
    public void Load_UnknownProjectKey_ListsAllowedKeys()
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + """
            kind: directorProject
            projectName: api
            projectFromMetadata: api
            enviroment:
              A: b
            """);

        SpecFixtures.AssertError(result, "spec.yml:10:1: enviroment", "unknown key; allowed keys here:");
        Assert.Contains("environment", result.Diagnostics.Errors.Single().Message, StringComparison.Ordinal);
    }
}
