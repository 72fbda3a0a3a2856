using Overlord.Core.Specs;

namespace Overlord.Core.Tests.Specs;

public sealed class AppConfigSpecTests
{
    [Fact]
    public void Load_AppConfig_KeepsTemplateVariablesAsText()
    {
        var app = SpecFixtures.LoadValid<AppConfigSpec>(SpecFixtures.Header + """
            kind: appConfig
            appName: blog
            appFrom: templates.wordpress
            appConfig:
              domain: blog.example.org
              replicas: 2
              tls: on
              motd: "${literal}"
            """);

        Assert.Equal("blog", app.AppName);
        Assert.Equal("templates.wordpress", app.AppFrom);
        Assert.Equal(new Dictionary<string, string> { ["domain"] = "blog.example.org", ["replicas"] = "2", ["tls"] = "on", ["motd"] = "${literal}" }, app.AppConfig);
    }

    [Theory]
    [InlineData("appFrom: t", "spec.yml:1:1: appName", "is required but missing")]
    [InlineData("appName: blog", "spec.yml:1:1: appFrom", "is required but missing")]
    [InlineData("appName: blog\nappFrom: t\nappConfig: [a]", "spec.yml:10:12: appConfig", "expected a mapping")]
    [InlineData("appName: blog\nappFrom: t\nprojectName: x", "spec.yml:10:1: projectName", "unknown key; allowed keys here: appConfig, appFrom, appName, datacenters")]
    public void Load_InvalidAppConfig_IsRefusedWithLocation(string body, string location, string message)
    {
        var result = SpecFixtures.Load(SpecFixtures.Header + "kind: appConfig\n" + body + "\n");

        SpecFixtures.AssertError(result, location, message);
    }
}
