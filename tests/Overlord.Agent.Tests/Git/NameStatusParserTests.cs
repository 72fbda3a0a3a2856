using Overlord.Agent.Git;

namespace Overlord.Agent.Tests.Git;

public sealed class NameStatusParserTests
{
    [Fact]
    public void Parse_RawOutputWithRenamesCopiesSpacesAndUnicode_SplitsRenamesIntoDeleteAndAdd()
    {
        const string raw = "D\0README.md\0M\0apps/web/deploy.yaml\0A\0apps/with space.yaml\0"
            + "R100\0rename-me.txt\0renamed ü.txt\0C075\0base.yml\0copy of base.yml\0T\0link\0";

        var changes = NameStatusParser.Parse(raw);

        FileChange[] expected =
        [
            new(FileChangeKind.Deleted, "README.md"),
            new(FileChangeKind.Modified, "apps/web/deploy.yaml"),
            new(FileChangeKind.Added, "apps/with space.yaml"),
            new(FileChangeKind.Deleted, "rename-me.txt"),
            new(FileChangeKind.Added, "renamed ü.txt"),
            new(FileChangeKind.Added, "copy of base.yml"),
            new(FileChangeKind.TypeChanged, "link"),
        ];
        Assert.Equal(expected, changes);
    }

    [Fact]
    public void Parse_EmptyOutput_ReturnsNoChanges()
    {
        Assert.Empty(NameStatusParser.Parse(string.Empty));
    }

    [Fact]
    public void Parse_RenameCutShort_Throws()
    {
        Assert.Throws<FormatException>(() => NameStatusParser.Parse("R100\0only-old.txt\0"));
    }
}
