using Overlord.Core.Diagnostics;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>What the readers of one spec file share: where errors go, how included files are parsed, and the CWD they are relative to.
/// <paramref name="ReadFile"/> reads an included file by full path (null: missing) instead of the disk, e.g. out of a git revision.</summary>
internal sealed record SpecReadContext(DiagnosticBag Bag, YamlLoadOptions YamlOptions, string WorkingDirectory, Func<string, string?>? ReadFile = null);
