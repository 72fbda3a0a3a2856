using System.Text.Json.Serialization;

namespace Overlord.FakeTools;

/// <summary>Source-generated JSON for the state files: a fake starts once per call, so reflection-free start-up counts.</summary>
[JsonSerializable(typeof(FakeProject))]
internal sealed partial class FakeStateJson : JsonSerializerContext;
