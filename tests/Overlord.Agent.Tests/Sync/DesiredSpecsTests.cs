using Overlord.Agent.Planning;
using Overlord.Agent.Sync;
using Overlord.Core.Specs;
using static Overlord.Agent.Tests.Convergence.ConvergenceSpecs;

namespace Overlord.Agent.Tests.Sync;

/// <summary>
/// DesiredSpecs advanced commit by commit holds what a whole build of each commit holds: the deployable specs (the same
/// objects, in path order), the valid and invalid spec files, the metadata specs and the autoscaled projects, with
/// files that other specs include left out.
/// </summary>
public sealed class DesiredSpecsTests
{
    [Fact]
    public void From_LeavesOutIncludedFiles_AndSortsTheDeployableByPath()
    {
        var revision = Revision("c1", [
            Valid("specs/b.yml", Metadata([("b", "1")])),
            Valid("specs/a.yml", Project("a.yml"), reads: ["specs/inc.yml"]),
            Valid("specs/inc.yml", Metadata([("inc", "1")])),
            Valid("specs/ro.yml", new ReadOnlySpec()),
            (LoadedSpec.Failed("specs/bad.yml", ["specs/bad.yml: broken"]), null),
        ]);

        var desired = DesiredSpecs.From(revision);

        Assert.Equal(["specs/a.yml", "specs/b.yml"], desired.Deployable.Select(entry => entry.Path));
        Assert.Equal(["specs/b.yml"], desired.Metadata.Select(entry => entry.Path));
        Assert.Equal(["specs/a.yml", "specs/b.yml", "specs/ro.yml"], desired.Valid.Order(StringComparer.Ordinal));
        Assert.Equal(["specs/bad.yml"], desired.Invalid);
        Assert.Same(revision.Specs["specs/b.yml"], desired.Deployable[1].Spec);
    }

    [Fact]
    public void Advance_ChangesAdditionsDeletionsAndIncludes_HoldWhatAWholeBuildHolds()
    {
        var random = new Random(14);
        var files = new Dictionary<string, (LoadedSpec Loaded, Spec? Spec)>(StringComparer.Ordinal);
        for (var i = 0; i < 60; i++)
        {
            var path = PathOf(i);
            files[path] = Make(random, path, i);
        }

        var desired = DesiredSpecs.From(Revision("c0", files.Values.Select(file => (file.Loaded, file.Spec))));
        for (var commit = 1; commit <= 200; commit++)
        {
            var before = Whole(files);

            // A few spec files change, appear or go, some of them starting or stopping to include others.
            var changed = new List<(LoadedSpec, Spec?)>();
            var deleted = new List<string>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var path = PathOf(random.Next(80));
                if (files.ContainsKey(path) && random.Next(4) == 0)
                {
                    files.Remove(path);
                    deleted.Add(path);
                    changed.RemoveAll(entry => entry.Item1.Path == path);
                }
                else
                {
                    var file = Make(random, path, commit);
                    files[path] = file;
                    deleted.Remove(path);
                    changed.RemoveAll(entry => entry.Item1.Path == path);
                    changed.Add((file.Loaded, file.Spec));
                }
            }

            var sha = "c" + commit;
            var advanced = desired.Advance(Revision(sha, changed), deleted);
            AssertHolds(Whole(files), advanced);
            Assert.Equal(sha, advanced.Commit);

            // The instance advanced from is left as it was.
            AssertHolds(before, desired);
            desired = advanced;
        }
    }

    [Fact]
    public void Advance_KeepsTheListsOfTheInstanceItCameFrom()
    {
        var before = DesiredSpecs.From(Revision("c1", [Valid("specs/a.yml", Metadata([("a", "1")]))]));
        var metadata = before.Metadata;

        var after = before.Advance(Revision("c2", [Valid("specs/a.yml", Metadata([("a", "2")]))]), []);

        Assert.NotSame(metadata, after.Metadata);
        Assert.Equal("1", ((MetadataSpec)metadata[0].Spec).Metadata["a"]);
        Assert.Equal("2", ((MetadataSpec)after.Metadata[0].Spec).Metadata["a"]);
    }

    private static string PathOf(int i) => $"specs/s{i:D3}.yml";

    private static (LoadedSpec Loaded, Spec? Spec) Make(Random random, string path, int version)
    {
        // Some specs include one or two other spec files (which are then data, not specs).
        var reads = random.Next(6) == 0 ? Enumerable.Range(0, random.Next(1, 3)).Select(_ => PathOf(random.Next(80))).Where(read => read != path).ToArray() : [];
        return random.Next(10) switch
        {
            0 => (LoadedSpec.Failed(path, [$"{path}: broken at {version}"], reads), null),
            1 => Valid(path, new ReadOnlySpec(), reads),
            2 or 3 => Valid(path, Project(path) with { AutoScale = random.Next(2) == 0 ? new AutoScaleSpec() : null, MaximumDeployments = random.Next(8) == 0 ? 2 : 0 }, reads),
            _ => Valid(path, Metadata([("v", version.ToString(System.Globalization.CultureInfo.InvariantCulture))]), reads),
        };
    }

    private static (LoadedSpec, Spec?) Valid(string path, Spec spec, IReadOnlyList<string>? reads = null) =>
        (LoadedSpec.Valid(path, spec.Kind, null, reads), spec);

    private static RevisionSpecs Revision(string commit, IEnumerable<(LoadedSpec Loaded, Spec? Spec)> specs)
    {
        var list = specs.ToList();
        return new RevisionSpecs(
            commit,
            list.Select(entry => entry.Loaded).ToArray(),
            list.Where(entry => entry.Spec is not null).ToDictionary(entry => entry.Loaded.Path, entry => entry.Spec!, StringComparer.Ordinal));
    }

    /// <summary>What a build of the whole commit holds, as the desired state was built before it was advanced.</summary>
    private static Expected Whole(Dictionary<string, (LoadedSpec Loaded, Spec? Spec)> files)
    {
        var included = files.Values.SelectMany(file => file.Loaded.Reads).ToHashSet(StringComparer.Ordinal);
        var specs = files.Values.Where(file => !included.Contains(file.Loaded.Path)).ToList();
        var deployable = specs
            .Where(file => file.Loaded.IsValid && file.Loaded.Kind != SpecKind.ReadOnly && file.Spec is not null)
            .OrderBy(file => file.Loaded.Path, StringComparer.Ordinal)
            .Select(file => (file.Loaded.Path, file.Spec!))
            .ToList();
        return new Expected(
            deployable,
            specs.Where(file => file.Loaded.IsValid).Select(file => file.Loaded.Path).Order(StringComparer.Ordinal).ToList(),
            specs.Where(file => !file.Loaded.IsValid).Select(file => file.Loaded.Path).Order(StringComparer.Ordinal).ToList(),
            deployable.Where(entry => entry.Item2 is MetadataSpec).ToList(),
            deployable.Where(entry => entry.Item2 is DirectorProjectSpec { AutoScale: not null }).Select(entry => entry.Path).ToList(),
            files.Keys.Order(StringComparer.Ordinal).ToList());
    }

    private static void AssertHolds(Expected expected, DesiredSpecs desired)
    {
        Assert.Equal(expected.Deployable.Select(entry => entry.Path), desired.Deployable.Select(entry => entry.Path));
        Assert.All(expected.Deployable.Zip(desired.Deployable), pair => Assert.Same(pair.First.Spec, pair.Second.Spec));
        Assert.Equal(expected.Valid, desired.Valid.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Invalid, desired.Invalid.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Metadata.Select(entry => entry.Path), desired.Metadata.Select(entry => entry.Path));
        Assert.All(expected.Metadata.Zip(desired.Metadata), pair => Assert.Same(pair.First.Spec, pair.Second.Spec));
        Assert.Equal(expected.Autoscaled, desired.Autoscaled.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Deployable.Any(entry => entry.Spec.MaximumDeployments > 0), desired.AnyLimited);
        Assert.Equal(expected.Loaded, desired.Revision.Loaded.Select(spec => spec.Path).Order(StringComparer.Ordinal));
        Assert.Equal(
            expected.Deployable.Select(entry => entry.Path),
            desired.Revision.Specs.Where(pair => desired.Deployable.Any(entry => entry.Path == pair.Key)).Select(pair => pair.Key).Order(StringComparer.Ordinal));
    }

    private sealed record Expected(
        List<(string Path, Spec Spec)> Deployable, List<string> Valid, List<string> Invalid, List<(string Path, Spec Spec)> Metadata,
        List<string> Autoscaled, List<string> Loaded);
}
