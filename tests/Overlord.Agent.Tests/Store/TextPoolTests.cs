using Overlord.Agent.Store;

namespace Overlord.Agent.Tests.Store;

public sealed class TextPoolTests
{
    [Fact]
    public void Text_EqualValues_GiveTheFirstString()
    {
        var pool = new TextPool();
        var first = new string("main".AsSpan());

        Assert.Same(first, pool.Text(first));
        Assert.Same(first, pool.Text(new string("main".AsSpan())));
        Assert.Null(pool.NullableText(null));
    }

    [Fact]
    public void List_SameJson_GivesOneArray_WhoseValuesArePooled()
    {
        var pool = new TextPool();
        var node = pool.Text(new string("main".AsSpan()));

        var list = pool.List("""["main","main.eu"]""");

        Assert.Equal(["main", "main.eu"], list);
        Assert.Same(node, list[0]);
        Assert.Same(list, pool.List("""["main","main.eu"]"""));
        Assert.Empty(pool.List("[]"));
    }
}
