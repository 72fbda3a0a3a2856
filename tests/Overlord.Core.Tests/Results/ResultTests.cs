using Overlord.Core.Diagnostics;
using Overlord.Core.Results;

namespace Overlord.Core.Tests.Results;

public sealed class ResultTests
{
    [Fact]
    public void Success_HoldsTheValue_AndNoError()
    {
        Result<string> result = "rendered";

        Assert.True(result.IsSuccess);
        Assert.Null(result.Error);

        // No '!' needed: IsSuccess tells the compiler Value is set.
        Assert.Equal(8, result.Value.Length);
    }

    [Fact]
    public void Failure_HoldsTheError_AndNoValue()
    {
        Result<string> result = new OverlordError(ErrorCodes.NotFound, "no such project");

        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);

        // No '!' needed: a failed result has its Error.
        Assert.Equal(ErrorCodes.NotFound, result.Error.Code);
    }

    [Fact]
    public void AsFailure_PassesTheErrorOn_AndRefusesASuccess()
    {
        var failed = Result.Failure<int>(ErrorCodes.Timeout, "no answer in 5 seconds");

        var passedOn = failed.AsFailure<string>();

        Assert.Same(failed.Error, passedOn.Error);
        Assert.Throws<InvalidOperationException>(() => Result.Success(1).AsFailure<string>());
    }

    [Fact]
    public void ResultWithoutValue_SucceedsOrCarriesItsError()
    {
        Result failed = new OverlordError(ErrorCodes.Unavailable, "remote hung up");

        Assert.True(Result.Success().IsSuccess);
        Assert.False(failed.IsSuccess);
        Assert.Equal("remote hung up", failed.Error.Message);
    }

    [Theory]
    [InlineData(null, null, null, null, "refused")]
    [InlineData("app.yml", null, null, null, "app.yml: refused")]
    [InlineData("app.yml", 3, 7, null, "app.yml:3:7: refused")]
    [InlineData("app.yml", 3, 7, "deployIn.labels[1]", "app.yml:3:7: deployIn.labels[1]: refused")]
    [InlineData(null, null, null, "port", "port: refused")]
    public void Error_NamesFileLineAndField_WhenKnown(string? file, int? line, int? column, string? field, string expected)
    {
        var location = file is null && field is null ? null : new ErrorLocation(file, line, column, field);

        Assert.Equal(expected, new OverlordError(ErrorCodes.Invalid, "refused", location).ToString());
    }

    [Fact]
    public void Location_OfADiagnostic_FormatsAsTheDiagnosticDoes()
    {
        var diagnostic = new Diagnostic("spec.yml", new Mark(4, 2), "options[0]", "unknown option");

        var error = new OverlordError(ErrorCodes.Invalid, diagnostic.Message, ErrorLocation.Of(diagnostic));

        Assert.Equal(diagnostic.ToString(), error.ToString());
    }
}
