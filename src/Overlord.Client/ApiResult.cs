using System.Diagnostics.CodeAnalysis;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core.Results;

namespace Overlord.Client;

/// <summary>
/// The outcome of one API call. Expected failures (a 404, a node that is down, a timeout) are values
/// here, not exceptions; only a cancellation by the caller throws.
/// </summary>
public sealed record ApiResult<T>
{
    /// <summary>None on success; otherwise what went wrong.</summary>
    public ApiFailure Failure { get; init; }

    /// <summary>The HTTP status of the last answer, or 0 when there was none.</summary>
    public int StatusCode { get; init; }

    public T? Value { get; init; }

    /// <summary>The node's own message on an HTTP error, or ours (naming the entrypoint) otherwise.</summary>
    public string? Message { get; init; }

    /// <summary>Set when a hop of the chain answered with its error envelope (reference §2.3).</summary>
    public ChainErrorEnvelope? Error { get; init; }

    /// <summary>The base address the client called.</summary>
    public required string Entrypoint { get; init; }

    /// <summary>The chain path the call went through, or null for the node itself.</summary>
    public string? Chain { get; init; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Failure == ApiFailure.None;

    /// <summary>The same failure typed for another value (a failed step of a longer call).</summary>
    public ApiResult<TOther> AsFailure<TOther>()
    {
        if (IsSuccess)
        {
            throw new InvalidOperationException("a successful result has no failure to pass on.");
        }

        return new ApiResult<TOther>
        {
            Failure = Failure,
            StatusCode = StatusCode,
            Message = Message,
            Error = Error,
            Entrypoint = Entrypoint,
            Chain = Chain,
        };
    }

    /// <summary>
    /// The failure as the one error shape, for callers that need no more than success or error: the node's message
    /// (or, without one, <see cref="Describe"/>) with a code for the kind of failure.
    /// </summary>
    public OverlordError ToError()
    {
        if (IsSuccess)
        {
            throw new InvalidOperationException("a successful result has no error.");
        }

        var code = Failure switch
        {
            ApiFailure.Network => ErrorCodes.Unavailable,
            ApiFailure.Timeout => ErrorCodes.Timeout,
            ApiFailure.InvalidArgument => ErrorCodes.Invalid,
            ApiFailure.HttpStatus when StatusCode == 404 => ErrorCodes.NotFound,
            _ => ErrorCodes.Failed,
        };
        return new OverlordError(code, Message ?? Describe());
    }

    /// <summary>One line for a warning: <c>(entrypoint:..., chain:..., status:404) Project 'x' cannot be found.</c></summary>
    public string Describe()
    {
        var chain = Chain is null ? "" : $", chain:{Chain}";
        var status = StatusCode == 0 ? "" : $", status:{StatusCode}";
        var error = Error?.Error is { } type ? $", exception:{type}" : "";
        return $"(entrypoint:{Entrypoint}{chain}{status}{error}) {Message}";
    }
}
