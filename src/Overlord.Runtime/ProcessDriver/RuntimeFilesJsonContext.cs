using System.Text.Json.Serialization;
using Overlord.Runtime.Director;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// The process runtime's own JSON: its state files, its Director-shaped results and the text a service's fingerprint
/// hashes. Generated, as every serializer here is (the NativeAOT build has no reflection); kept apart from the wire
/// contract's context because Runtime may reference only Core and Platform. The options are the serializer's
/// defaults, which these files have always been written with: a fingerprint must not change across versions.
/// </summary>
[JsonSerializable(typeof(ProjectState))]
[JsonSerializable(typeof(DirectorService))]
[JsonSerializable(typeof(DirectorOutput.Body), TypeInfoPropertyName = "DirectorOutputBody")]
internal sealed partial class RuntimeFilesJsonContext : JsonSerializerContext;
