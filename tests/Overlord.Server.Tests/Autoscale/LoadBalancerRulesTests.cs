using Overlord.Core.Specs;
using Overlord.Server.Autoscale;

namespace Overlord.Server.Tests.Autoscale;

public sealed class LoadBalancerRulesTests
{
    [Fact]
    public void Number_MetricBelowTheValue_Passes() =>
        Assert.True(LoadBalancerRules.Test("scur", HaproxyValue.Of(9), Rule(Number(10))).Passes);

    [Fact]
    public void Number_MetricReachingTheValue_Fails() =>
        Assert.False(LoadBalancerRules.Test("scur", HaproxyValue.Of(10), Rule(Number(10))).Passes);

    [Fact]
    public void Range_MetricInside_Fails() =>
        Assert.False(LoadBalancerRules.Test("scur", HaproxyValue.Of(5), Rule(new LoadBalancerValue { Range = (5, 8) })).Passes);

    [Fact]
    public void Range_MetricOutside_Passes() =>
        Assert.True(LoadBalancerRules.Test("scur", HaproxyValue.Of(9), Rule(new LoadBalancerValue { Range = (5, 8) })).Passes);

    [Fact]
    public void String_MetricEqual_FailsLikeAReachedNumber() =>
        Assert.False(LoadBalancerRules.Test("status", HaproxyValue.Of("DOWN"), Rule(new LoadBalancerValue { Text = "DOWN" })).Passes);

    [Fact]
    public void String_MetricDifferent_Passes() =>
        Assert.True(LoadBalancerRules.Test("status", HaproxyValue.Of("UP"), Rule(new LoadBalancerValue { Text = "DOWN" })).Passes);

    [Fact]
    public void Null_Metric_Passes() =>
        Assert.True(LoadBalancerRules.Test("qtime", HaproxyValue.Null, Rule(Number(0))).Passes);

    [Fact]
    public void Each_WrapsTheCounterBackToZero()
    {
        var rule = new LoadBalancerRule { Value = Number(50), Each = 100 };

        Assert.True(LoadBalancerRules.Test("stot", HaproxyValue.Of(1020), rule).Passes);
        Assert.False(LoadBalancerRules.Test("stot", HaproxyValue.Of(1070), rule).Passes);
    }

    [Fact]
    public void StringValueOnANumericMetric_IsAnError()
    {
        var outcome = LoadBalancerRules.Test("scur", HaproxyValue.Of(3), Rule(new LoadBalancerValue { Text = "UP" }));

        Assert.False(outcome.Passes);
        Assert.Contains("scur", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void And_OneRuleUnderPressure_Fails() =>
        Assert.False(LoadBalancerRules.Evaluate(Target(and: ("scur", 10), or: null), Metrics(("scur", 10), ("rate", 1))).Passes);

    [Fact]
    public void And_AMetricHAProxyDoesNotReport_IsLeftOut() =>
        Assert.True(LoadBalancerRules.Evaluate(Target(and: ("missing", 1), or: null), Metrics(("scur", 10))).Passes);

    [Fact]
    public void Or_OnePassingRule_Passes()
    {
        var target = new LoadBalancerTargetSpec
        {
            Name = "web",
            Rules = new Dictionary<string, IReadOnlyDictionary<string, LoadBalancerRule>>
            {
                ["or"] = new Dictionary<string, LoadBalancerRule> { ["scur"] = Rule(Number(10)), ["rate"] = Rule(Number(10)) },
            },
        };

        Assert.True(LoadBalancerRules.Evaluate(target, Metrics(("scur", 50), ("rate", 2))).Passes);
        Assert.False(LoadBalancerRules.Evaluate(target, Metrics(("scur", 50), ("rate", 20))).Passes);
    }

    [Fact]
    public void Or_Empty_Passes() =>
        Assert.True(LoadBalancerRules.Evaluate(new LoadBalancerTargetSpec { Name = "web" }, Metrics(("scur", 50))).Passes);

    private static LoadBalancerValue Number(long value) => new() { Number = value };

    private static LoadBalancerRule Rule(LoadBalancerValue value) => new() { Value = value };

    private static LoadBalancerTargetSpec Target((string Metric, long Value)? and, (string Metric, long Value)? or)
    {
        var rules = new Dictionary<string, IReadOnlyDictionary<string, LoadBalancerRule>>();
        if (and is { } a)
        {
            rules["and"] = new Dictionary<string, LoadBalancerRule> { [a.Metric] = Rule(Number(a.Value)) };
        }

        if (or is { } o)
        {
            rules["or"] = new Dictionary<string, LoadBalancerRule> { [o.Metric] = Rule(Number(o.Value)) };
        }

        return new LoadBalancerTargetSpec { Name = "web", Rules = rules };
    }

    private static Dictionary<string, HaproxyValue> Metrics(params (string Name, double Value)[] values) =>
        values.ToDictionary(value => value.Name, value => HaproxyValue.Of(value.Value));
}
