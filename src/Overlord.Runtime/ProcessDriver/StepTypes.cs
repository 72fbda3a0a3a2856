namespace Overlord.Runtime.ProcessDriver;

/// <summary>Director's names for the steps of a service, used in <c>failed</c> and as log file names.</summary>
internal static class StepTypes
{
    public const string Makejail = "makejail";
    public const string Start = "start";
    public const string Stop = "stop";
    public const string Destroy = "destroy";
    public const string Scripts = "scripts";
}
