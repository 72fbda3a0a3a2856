namespace Overlord.Agent.Tests.Support;

/// <summary>Small valid spec files for engine tests.</summary>
public static class SpecTexts
{
    public static string Project(string name, string environmentValue = "1") => $"""
        kind: directorProject
        datacenters:
          main:
            entrypoint: http://127.0.0.1:1
            access_token: unused
        deployIn:
          labels:
            - all
        projectName: {name}
        environment:
          VALUE: {environmentValue}
        projectFile: |
          services:
            app:
              name: app
        """;

    public static string Metadata(string key, string value) => $"""
        kind: metadata
        datacenters:
          main:
            entrypoint: http://127.0.0.1:1
            access_token: unused
        deployIn:
          labels:
            - all
        metadata:
          {key}: {value}
        """;

    /// <summary>A project spec with an error on line 6, column 7 (a label with upper case).</summary>
    public const string Invalid = """
        kind: directorProject
        datacenters:
          main: {}
        deployIn:
          labels:
            - NotALabel
        projectName: broken
        projectFile: "services: {}"
        """;
}
