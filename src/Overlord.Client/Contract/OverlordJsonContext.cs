using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The one serializer of every body on the wire: the node's API (written by the server, read by the client)
/// and the agent's routes. Names are snake_case unless a record names a field itself; the options that the
/// attribute cannot carry (the encoder) are added in <see cref="OverlordJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    Converters = [typeof(LenientStringConverter)])]
[JsonSerializable(typeof(AgentStatusView))]
[JsonSerializable(typeof(ApiResponse))]
[JsonSerializable(typeof(AutoscaleCleanupDocument))]
[JsonSerializable(typeof(AutoscaleMetadataDocument))]
[JsonSerializable(typeof(AutoscaleSpecDocument))]
[JsonSerializable(typeof(AutoscaleStatusResponse))]
[JsonSerializable(typeof(ChainErrorEnvelope))]
[JsonSerializable(typeof(ChainsResponse))]
[JsonSerializable(typeof(DataPlaneTransaction))]
[JsonSerializable(typeof(DirectorOutput))]
[JsonSerializable(typeof(EtcdDeleteResponse))]
[JsonSerializable(typeof(EtcdPutRequest))]
[JsonSerializable(typeof(EtcdRangeRequest))]
[JsonSerializable(typeof(EtcdRangeResponse))]
[JsonSerializable(typeof(EtcdVersionResponse))]
[JsonSerializable(typeof(JailCpusetResponse))]
[JsonSerializable(typeof(JailInfoResponse))]
[JsonSerializable(typeof(JailItemsResponse))]
[JsonSerializable(typeof(JailsLogsResponse))]
[JsonSerializable(typeof(JailsResponse))]
[JsonSerializable(typeof(JobResponse))]
[JsonSerializable(typeof(LabelsResponse))]
[JsonSerializable(typeof(LoadBalancerServer))]
[JsonSerializable(typeof(LogContentResponse))]
[JsonSerializable(typeof(MetadataListResponse))]
[JsonSerializable(typeof(MetadataResponse))]
[JsonSerializable(typeof(MetadataWriteRequest))]
[JsonSerializable(typeof(NotesHistoryView))]
[JsonSerializable(typeof(NamespaceListResponse))]
[JsonSerializable(typeof(NamespaceResponse))]
[JsonSerializable(typeof(NamespaceWriteRequest))]
[JsonSerializable(typeof(OperationStatus))]
[JsonSerializable(typeof(PingResponse))]
[JsonSerializable(typeof(ProjectDownRequest))]
[JsonSerializable(typeof(ProjectInfo))]
[JsonSerializable(typeof(ProjectInfoResponse))]
[JsonSerializable(typeof(ProjectJobsResponse))]
[JsonSerializable(typeof(ProjectUpRequest))]
[JsonSerializable(typeof(ProjectsLogsResponse))]
[JsonSerializable(typeof(ProjectsResponse))]
[JsonSerializable(typeof(ScaleCleanupLog))]
[JsonSerializable(typeof(ScaleExceptionLog))]
[JsonSerializable(typeof(ScaleInsufficientLog))]
[JsonSerializable(typeof(ScaleJobLog))]
[JsonSerializable(typeof(ScaleMetadataLog))]
[JsonSerializable(typeof(ScaleProjectExceptionLog))]
[JsonSerializable(typeof(ScaleTestLog))]
[JsonSerializable(typeof(SkyDnsRecordValue))]
[JsonSerializable(typeof(SpecialLabelsReport))]
[JsonSerializable(typeof(StatsResponse))]
[JsonSerializable(typeof(SyncOutcomeView))]
[JsonSerializable(typeof(SyncRequestBody))]
[JsonSerializable(typeof(TreeAutoscaleData))]
[JsonSerializable(typeof(TreeJailsData))]
[JsonSerializable(typeof(TreeMetadataData))]
[JsonSerializable(typeof(TreeNamespacesData))]
[JsonSerializable(typeof(TreeProjectsData))]
[JsonSerializable(typeof(TreeResponse))]
[JsonSerializable(typeof(VmProfile))]
[JsonSerializable(typeof(TreeVmData))]
[JsonSerializable(typeof(VmStatusResponse))]
[JsonSerializable(typeof(WebhookResponse))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, long>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyList<IReadOnlyDictionary<string, string>>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(IReadOnlyList<JsonElement>))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(JsonValue))]
public sealed partial class OverlordJsonContext : JsonSerializerContext;
