namespace Overlord.Cli.Demo;

/// <summary>The demo's progress lines: <c>[3/6] starting ...</c>, with details indented under them.</summary>
internal sealed class DemoProgress(TextWriter output, int steps)
{
    private int _step;

    public void Step(string text) => output.WriteLine($"[{++_step}/{steps}] {text}");

    public void Detail(string text) => output.WriteLine($"      {text}");
}
