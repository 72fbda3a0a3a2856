using System.Globalization;
using Overlord.Core.Specs;

namespace Overlord.Server.Autoscale;

/// <summary>
/// <c>autoScale.load-balancer</c> rules against HAProxy metrics. A rule's value says when the metric is under
/// pressure: a number when the metric reaches it, a range <c>[low, high]</c> when the metric is inside it, a
/// string when the metric equals it (the original passed on an equal string, the opposite of the other two,
/// reference 13.13). A rule passes when its metric is not under pressure; a metric that is null passes, one
/// that HAProxy does not report is left out. <c>and</c>: every rule must pass; <c>or</c>: one passing rule is
/// enough, and an empty <c>or</c> passes.
/// </summary>
internal static class LoadBalancerRules
{
    public static RuleOutcome Evaluate(LoadBalancerTargetSpec target, IReadOnlyDictionary<string, HaproxyValue> metrics)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(metrics);
        foreach (var (metric, rule) in target.Rules.GetValueOrDefault("and") ?? new Dictionary<string, LoadBalancerRule>())
        {
            if (metrics.TryGetValue(metric, out var current) && Test(metric, current, rule) is { Passes: false } failed)
            {
                return failed;
            }
        }

        var any = target.Rules.GetValueOrDefault("or") ?? new Dictionary<string, LoadBalancerRule>();
        if (any.Count == 0)
        {
            return RuleOutcome.Pass;
        }

        foreach (var (metric, rule) in any)
        {
            if (!metrics.TryGetValue(metric, out var current))
            {
                continue;
            }

            var outcome = Test(metric, current, rule);
            if (outcome.Error is not null || outcome.Passes)
            {
                return outcome;
            }
        }

        return RuleOutcome.Fail;
    }

    /// <summary>One rule: <paramref name="rule"/>'s <c>each</c> first wraps a number back to zero every so many.</summary>
    public static RuleOutcome Test(string metric, HaproxyValue current, LoadBalancerRule rule)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(rule);
        if (current.Text is { } text)
        {
            return rule.Value.Text is { } expected
                ? new RuleOutcome(!string.Equals(text, expected, StringComparison.Ordinal))
                : RuleOutcome.Invalid($"{metric}: the metric is a string ('{text}') but the rule's value is not");
        }

        if (current.Number is not { } number)
        {
            return RuleOutcome.Pass;
        }

        if (rule.Value.Text is { } word)
        {
            return RuleOutcome.Invalid($"{metric}: the metric is a number ({number.ToString(CultureInfo.InvariantCulture)}) but the rule's value is a string ('{word}')");
        }

        if (rule.Each is { } each and > 0)
        {
            number %= each;
        }

        var underPressure = rule.Value.Range is var (low, high) ? number >= low && number <= high : number >= (rule.Value.Number ?? 0);
        return new RuleOutcome(!underPressure);
    }
}
