using Overlord.Core.Diagnostics;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>What the readers of one spec file share: where errors go, how included files are parsed, and the CWD they are relative to.</summary>
internal sealed record SpecReadContext(DiagnosticBag Bag, YamlLoadOptions YamlOptions, string WorkingDirectory);
