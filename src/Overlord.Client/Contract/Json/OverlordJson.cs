using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Overlord.Client.Contract;

/// <summary>
/// The serializer settings of every body on the wire, over the one source-generated <see cref="OverlordJsonContext"/>.
/// Reading is lenient: unknown fields are skipped, numbers may come quoted, and a string field accepts any scalar
/// (the original writes whatever Python held). Writing keeps nulls, as the original's responses do; a field the
/// original leaves out when it has no value says so on its record.
/// </summary>
public static class OverlordJson
{
    /// <summary>The shared options; names come from the contract records.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The shared options, indented by two: what a command prints for a person or a script.</summary>
    public static JsonSerializerOptions Indented { get; } = Derive(options => options.WriteIndented = true);

    /// <summary>The shared options, indented by four as Python's <c>json.dumps(indent=4)</c> (the autoscale metadata).</summary>
    public static JsonSerializerOptions IndentedByFour { get; } = Derive(options =>
    {
        options.WriteIndented = true;
        options.IndentSize = 4;
    });

    /// <summary>
    /// Indented, with the default encoder, which escapes what HTML gives a meaning to: JSON shown in the status page.
    /// </summary>
    public static JsonSerializerOptions IndentedForHtml { get; } = Derive(options =>
    {
        options.WriteIndented = true;
        options.Encoder = null;
    });

    /// <summary>
    /// Compact, with the default encoder, which escapes non-ASCII and what HTML gives a meaning to: the bytes agent.db
    /// rows, the server's job payloads and Gitea's status bodies have always been written with.
    /// </summary>
    public static JsonSerializerOptions Escaped { get; } = Derive(options => options.Encoder = null);

    /// <summary>A contract record as the body of an answer: its <c>status_code</c> set to the answer's, written first.</summary>
    public static byte[] Answer<T>(int statusCode, T body)
        where T : ApiResponse =>
        JsonSerializer.SerializeToUtf8Bytes(body with { StatusCode = statusCode }, Options.TypeInfo<T>());

    /// <summary>
    /// These options' generated metadata of <typeparamref name="T"/>, for the serializer's overloads that need no
    /// reflection (the NativeAOT build has none): a type missing from <see cref="OverlordJsonContext"/> fails here,
    /// in every build, rather than only in the native one.
    /// </summary>
    public static JsonTypeInfo<T> TypeInfo<T>(this JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions Derive(Action<JsonSerializerOptions> change)
    {
        var options = new JsonSerializerOptions(Options);
        change(options);
        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        // Bodies go to the API and the terminal, never into HTML: keep '+', quotes and non-ASCII readable.
        var options = new JsonSerializerOptions(OverlordJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = OverlordJsonContext.Default.WithAddedModifier(LastLogWithDescription),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// A project's <c>last_log</c> is part of Director's description: written (null included) when the
    /// description is, left out with it. No attribute can say "null but present"; this rule can.
    /// </summary>
    private static void LastLogWithDescription(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(ProjectInfo))
        {
            return;
        }

        foreach (var property in typeInfo.Properties.Where(property => property.Name == "last_log"))
        {
            property.ShouldSerialize = (info, _) => ((ProjectInfo)info).Name is not null;
        }
    }
}
