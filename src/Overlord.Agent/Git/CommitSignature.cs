namespace Overlord.Agent.Git;

/// <summary>A commit's signature (the <c>gpgsig</c> header, armored) and the bytes it signs (the commit without that header).</summary>
public sealed record CommitSignature(string Signature, string SignedData)
{
    public bool IsSsh => Signature.StartsWith("-----BEGIN SSH SIGNATURE-----", StringComparison.Ordinal);

    public bool IsOpenPgp => Signature.StartsWith("-----BEGIN PGP SIGNATURE-----", StringComparison.Ordinal);
}
