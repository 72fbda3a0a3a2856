namespace Overlord.Cli.Tests;

public sealed class ShortCommandSwitchesTests
{
    [Theory]
    [InlineData("serve")]
    [InlineData("serve --config /usr/local/etc/overlord.yml")]
    [InlineData("-e .env.prod serve")]
    [InlineData("--env-file serve demo")]
    [InlineData("--env-file=.env httpd")]
    [InlineData("demo")]
    public void A_serving_command_keeps_the_runtime_features(string line) =>
        Assert.True(ShortCommandSwitches.IsServing(line.Split(' ')));

    [Theory]
    [InlineData("get-info -p serve")]
    [InlineData("print-spec demo.yml")]
    [InlineData("-e serve get-info")]
    [InlineData("version")]
    [InlineData("--help")]
    [InlineData("")]
    public void Any_other_command_is_short_even_when_an_argument_is_named_like_a_serving_one(string line) =>
        Assert.False(ShortCommandSwitches.IsServing(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
