using Overlord.Core.Specs;

namespace Overlord.Core.Tests.Specs;

public sealed class NamespaceSpecTests
{
    private const string Kind = SpecFixtures.Header + "kind: metadata\n";

    [Fact]
    public void Load_NamespaceWithFilesAndDirectories_ReadsEveryField()
    {
        var spec = SpecFixtures.LoadValid<MetadataSpec>(Kind + """
            metadataPrefix: web
            metadata:
              nginx.conf: "server {}"
            namespace:
              name: nginx
              mapping:
                - file: nginx.conf:usr/local/etc/nginx/nginx.conf
                  owner: www
                  group: 80
                  mode: 0644
                - file: [shared.key, etc/ssl/shared.key]
                  prefix: false
                - file: tls.crt:etc/ssl/tls.crt
                  prefix: certs
                - directory: var/log/nginx
                  umask: 0027
            """);

        var space = spec.Namespace!;
        Assert.Equal("nginx", space.Name);
        var first = space.Mapping[0];
        Assert.Equal(("nginx.conf", "usr/local/etc/nginx/nginx.conf"), (first.FileMetadata, first.FilePath));
        Assert.Equal(("www", "80", 420L), (first.Owner, first.Group, first.Mode));
        Assert.Equal("web.nginx.conf", first.EffectiveFileMetadata(spec.MetadataPrefix));
        Assert.Equal("shared.key", space.Mapping[1].EffectiveFileMetadata(spec.MetadataPrefix));
        Assert.Equal("certs.tls.crt", space.Mapping[2].EffectiveFileMetadata(spec.MetadataPrefix));
        Assert.Equal(("var/log/nginx", 23L), (space.Mapping[3].Directory, space.Mapping[3].Umask));
    }

    [Fact]
    public void EffectiveFileMetadata_WithoutMetadataPrefix_IgnoresTheEntryPrefix()
    {
        var entry = new NamespaceMappingSpec { FileMetadata = "a", FilePath = "b", Prefix = new NamespacePrefix(NamespacePrefixMode.Custom, "x") };

        Assert.Equal("a", entry.EffectiveFileMetadata(null));
    }

    [Theory]
    [InlineData("  name: nginx\n  mapping:\n    - file: nginx.conf", "spec.yml:11:13: namespace.mapping[0].file", "expected \"METADATA:PATH\" or [METADATA, PATH]")]
    [InlineData("  name: nginx\n  mapping:\n    - owner: www", "spec.yml:11:7: namespace.mapping[0].file", "give file or directory, but neither is given")]
    [InlineData("  name: nginx\n  mapping:\n    - file: a:b\n      directory: c", "spec.yml:12:7: namespace.mapping[0].directory", "give either file or directory, not both")]
    [InlineData("  name: nginx\n  mapping:\n    - directory: c\n      mode: rw", "spec.yml:12:13: namespace.mapping[0].mode", "expected an integer")]
    [InlineData("  name: nginx\n  mapping:\n    - directory: c\n      mode: 04755", "spec.yml:12:13: namespace.mapping[0].mode", "2541 is out of range; it must be")]
    [InlineData("  name: nginx\n  mapping:\n    - directory: c\n      umask: 01022", "spec.yml:12:14: namespace.mapping[0].umask", "530 is out of range; it must be")]
    [InlineData("  name: nginx\n  mapping:\n    - directory: c\n      owner: [a]", "spec.yml:12:14: namespace.mapping[0].owner", "expected a name or a numeric id")]
    [InlineData("  name: nginx\n  mapping:\n    - directory: c\n      prefix: 3", "spec.yml:12:15: namespace.mapping[0].prefix", "expected true, false or a prefix")]
    [InlineData("  name: nginx\n  mapping:\n    - directory: c\n      perms: 1", "spec.yml:12:7: namespace.mapping[0].perms", "unknown key; allowed keys here: directory, file, group, mode, owner, prefix, umask")]
    [InlineData("  mapping:\n    - directory: c", "spec.yml:9:3: namespace.name", "is required but missing")]
    [InlineData("  name: nginx", "spec.yml:9:3: namespace.mapping", "is required but missing")]
    [InlineData("  name: nginx\n  mapping: []", "spec.yml:10:12: namespace.mapping", "the list is empty")]
    public void Load_InvalidNamespace_IsRefusedWithLocation(string body, string location, string message)
    {
        var result = SpecFixtures.Load(Kind + "namespace:\n" + body + "\n");

        SpecFixtures.AssertError(result, location, message);
    }
}
