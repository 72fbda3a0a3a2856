using System.Diagnostics.CodeAnalysis;

namespace Overlord.Core.Results;

/// <summary>
/// The outcome of an operation that gives a <typeparamref name="T"/>: the value, or an <see cref="OverlordError"/>.
/// <c>if (result.IsSuccess)</c> makes <see cref="Value"/> non-null and its else branch <see cref="Error"/>.
/// </summary>
public sealed class Result<T>
    where T : notnull
{
    internal Result(T? value, OverlordError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value on success; the default otherwise.</summary>
    public T? Value { get; }

    /// <summary>Null on success; otherwise why there is no value.</summary>
    public OverlordError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(OverlordError error) => new(default, error);

    /// <summary>The same failure typed for another value (a failed step of a longer operation).</summary>
    public Result<TOther> AsFailure<TOther>()
        where TOther : notnull =>
        IsSuccess ? throw new InvalidOperationException("a successful result has no failure to pass on.") : Result.Failure<TOther>(Error);

    public override string ToString() => IsSuccess ? $"success: {Value}" : Error.ToString();
}
