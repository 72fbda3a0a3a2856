namespace Overlord.Client.Http;

/// <summary>Why an <see cref="ApiResult{T}"/> holds no value.</summary>
public enum ApiFailure
{
    /// <summary>The call succeeded.</summary>
    None,

    /// <summary>The node answered with a non-success status (see <c>StatusCode</c>, <c>Message</c>, <c>Error</c>).</summary>
    HttpStatus,

    /// <summary>The node could not be reached: refused, reset, DNS, TLS.</summary>
    Network,

    /// <summary>No complete answer within the configured timeout.</summary>
    Timeout,

    /// <summary>The node answered with a success status but a body that is not what the route returns.</summary>
    InvalidResponse,

    /// <summary>A name or path was refused before anything was sent.</summary>
    InvalidArgument,
}
