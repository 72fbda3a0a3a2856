using Overlord.Core.Names;

namespace Overlord.Core.Tests.Names;

public sealed class NamePatternsTests
{
    [Theory]
    [InlineData("web", true)]
    [InlineData("web.v2_a-b", true)]
    [InlineData(".", false)]
    [InlineData("..", false)]
    [InlineData("web\n", false)]
    [InlineData("", false)]
    public void Project_names_follow_the_original_grammar(string name, bool valid) =>
        Assert.Equal(valid, NamePatterns.IsProject(name));

    [Theory]
    [InlineData("vm1", true)]
    [InlineData("my.vm-1", true)]
    [InlineData("v", false)]
    [InlineData("vm-", false)]
    [InlineData("-vm", false)]
    public void Vm_names_are_anchored_at_both_ends(string name, bool valid) =>
        Assert.Equal(valid, NamePatterns.IsVm(name));

    [Theory]
    [InlineData("app", true)]
    [InlineData("overlord.autoscale.web", true)]
    [InlineData("a-b_c.d1", true)]
    [InlineData("a_b-2", false)]
    [InlineData("app.", false)]
    [InlineData("1app", false)]
    public void Metadata_keys_follow_the_original_grammar(string key, bool valid) =>
        Assert.Equal(valid, NamePatterns.IsMetadataKey(key));
}
