namespace Overlord.Agent.Verification;

/// <summary>What checking one commit's signature found: who signed it, or why it is not trusted.</summary>
public sealed record SignatureVerdict(string? Signer, string? Problem)
{
    public bool Trusted => Problem is null;

    public static SignatureVerdict SignedBy(string signer) => new(signer, null);

    public static SignatureVerdict Refused(string problem) => new(null, problem);
}
