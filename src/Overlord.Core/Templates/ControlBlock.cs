using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>
/// A block the parser has opened and not yet closed: the whole template, an <c>% if</c> (with its <c>elif</c> and
/// <c>else</c> branches) or a <c>% for</c>. Actions parsed meanwhile go to the body of its last branch.
/// </summary>
internal sealed class ControlBlock
{
    private readonly List<(Evaluator? Condition, List<RenderAction> Body)> _branches = [];

    private ControlBlock(string keyword, Mark mark, Evaluator? condition)
    {
        Keyword = keyword;
        Mark = mark;
        _branches.Add((condition, []));
    }

    /// <summary><c>if</c>, <c>for</c>, or empty for the template itself.</summary>
    public string Keyword { get; }

    /// <summary>Where the block was opened.</summary>
    public Mark Mark { get; }

    public bool HasElse { get; private set; }

    public List<RenderAction> Body => _branches[^1].Body;

    public IReadOnlyList<string> Targets { get; private init; } = [];

    public Evaluator? Sequence { get; private init; }

    public static ControlBlock Template() => new("", new Mark(1, 1), null);

    public static ControlBlock If(Mark mark, Evaluator condition) => new("if", mark, condition);

    public static ControlBlock For(Mark mark, IReadOnlyList<string> targets, Evaluator sequence) =>
        new("for", mark, null) { Targets = targets, Sequence = sequence };

    /// <summary>Starts an <c>elif</c> branch, or the <c>else</c> branch when <paramref name="condition"/> is null.</summary>
    public void AddBranch(Evaluator? condition)
    {
        HasElse = condition is null;
        _branches.Add((condition, []));
    }

    /// <summary>The action that runs the block once it is closed.</summary>
    public RenderAction ToAction() => Keyword == "for" ? ControlActions.For(Targets, Sequence!, Mark, Body) : ControlActions.If(_branches);
}
