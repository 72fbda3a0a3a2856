using System.Diagnostics.CodeAnalysis;

namespace Overlord.Core.Results;

/// <summary>
/// The outcome of an operation that gives no value: success, or an <see cref="OverlordError"/>. Expected failures
/// are values here; exceptions stay for what the caller cannot handle.
/// </summary>
public sealed class Result
{
    private static readonly Result SuccessResult = new(null);

    private Result(OverlordError? error)
    {
        Error = error;
    }

    /// <summary>Null on success; otherwise why it failed.</summary>
    public OverlordError? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static implicit operator Result(OverlordError error) => Failure(error);

    public static Result Success() => SuccessResult;

    public static Result<T> Success<T>(T value)
        where T : notnull => new(value, null);

    public static Result Failure(OverlordError error) => new(error);

    public static Result<T> Failure<T>(OverlordError error)
        where T : notnull => new(default, error);

    public static Result Failure(string code, string message, ErrorLocation? location = null) => new(new OverlordError(code, message, location));

    public static Result<T> Failure<T>(string code, string message, ErrorLocation? location = null)
        where T : notnull =>
        new(default, new OverlordError(code, message, location));

    public override string ToString() => Error?.ToString() ?? "success";
}
