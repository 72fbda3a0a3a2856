namespace Overlord.Agent.Verification;

/// <summary>What checking one commit's signature found: who signed it, or why it is not trusted.</summary>
public sealed record SignatureCheck(string? Signer, string? Problem)
{
    public bool Trusted => Problem is null;

    public static SignatureCheck SignedBy(string signer) => new(signer, null);

    public static SignatureCheck Refused(string problem) => new(null, problem);
}
