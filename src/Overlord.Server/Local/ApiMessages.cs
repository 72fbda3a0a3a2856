namespace Overlord.Server.Local;

/// <summary>The original's messages (reference 2.1 and 2.2), word for word.</summary>
internal static class ApiMessages
{
    public const string ResourceMissing = "API resource must be specified but is missing.";
    public const string NotFound = "Resource not found.";
    public const string InvalidFormat = "Request has been received with an invalid format.";
    public const string NotADictionary = "A dictionary was expected but another value type was given.";
    public const string InternalError = "Internal Server Error";
    public const string MethodNotAllowed = "Method Not Allowed";
    public const string LogNotFound = "Log cannot be found.";
    public const string MetadataNotFound = "Metadata cannot be found.";
    public const string NamespaceNotFound = "Namespace cannot be found.";

    // Our own, for what the original answered with a 500 (issue 11.6); each starts as InvalidFormat does.
    public const string NotUtf8 = "Request has been received with an invalid format: the body is not UTF-8.";
    public const string InvalidString = "Request has been received with an invalid format: a string holds a lone surrogate.";

    public static string DuplicateKey(string name) => $"Request has been received with an invalid format: the key '{name}' is given more than once.";

    public static string Required(string name) => $"`{name}` is required but hasn't been specified.";

    public static string UnexpectedType(string name) => $"'{name}' has an unexpected value type.";

    public static string UnexpectedValue(string name) => $"'{name}' has an unexpected value.";

    public static string JailNotFound(string jail) => $"Jail '{jail}' cannot be found.";

    public static string ProjectNotFound(string project) => $"Project '{project}' cannot be found.";

    // Our own, in the form of the original's "metadata too long" (the original failed in the job instead).
    public static string ProjectNameTooLong(int length, int max) => $"project: name too long - {length} > {max}";

    public static string VmNotFound(string vm) => $"VM '{vm}' cannot be found.";

    public static string InvalidSpecification(string type, string message) => $"(exception:{type}) invalid specification: {message}";

    public static string MetadataCreated(string key) => $"Metadata '{key}' has been successfully created.";

    public static string MetadataUpdated(string key) => $"Metadata '{key}' has been successfully updated.";

    public static string NamespaceCreated(string name) => $"Namespace '{name}' has been successfully created.";

    public static string NamespaceUpdated(string name) => $"Namespace '{name}' has been successfully updated.";
}
