namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// The GitOps walkthroughs' repository: a metadata spec carrying a makejail, and a project spec whose one service
/// serves <c>text</c> on <c>port</c> with <c>overlord httpd</c>, both for the nodes labelled <c>web</c>.
/// </summary>
internal static class HelloSpecs
{
    public const string MetadataSpec = "kind: metadata\ndatacenters:\n  main: {}\ndeployIn:\n  labels: [web]\ninclude:\n  - files.yml\n";

    /// <summary>The included <c>files.yml</c>: the makejail as a metadata key.</summary>
    public const string Makejail =
        "hello.makejail: |\n  ARG port\n  ARG text\n  WORKDIR www\n  RUN echo \"${text}\" > index.html\n  STAGE start\n  CMD ${OVERLORD_BIN} httpd --listen 127.0.0.1:${port} --root ${OVERLORD_ROOT}/www\n";

    public static string ProjectSpec(int port, string text) => $"""
        kind: directorProject
        datacenters:
          main:
            entrypoint: !ENV '${"{"}OVERLORD_ENTRYPOINT{"}"}'
            access_token: !ENV '${"{"}OVERLORD_TOKEN{"}"}'
        deployIn:
          labels: [web]
        projectName: hello
        projectFile: |
          services:
            web:
              makejail: hello.makejail
              arguments:
                - port: '{port}'
                - text: {text}
        """;
}
