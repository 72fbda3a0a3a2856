using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests.Deployment;

/// <summary>Answers of a node about a project's status and jobs, for the wait tests.</summary>
internal static class WaitBodies
{
    public static Canned Info(string status, string operation = "up") =>
        Canned.Ok("{\"status_code\": 200, \"info\": {\"name\": \"app\", \"state\": \"DONE\", \"" + operation + "\": " + status.Trim() + "}}");

    public static Canned Jobs(string state, string? message = null) =>
        Canned.Ok("{\"status_code\": 200, \"jobs\": [{\"job_id\": 11, \"kind\": \"up\", \"state\": \"completed\"}, {\"job_id\": 12, \"kind\": \"up\", \"state\": \"" + state + "\", \"message\": "
            + (message is null ? "null" : "\"" + message + "\"") + "}]}");
}
