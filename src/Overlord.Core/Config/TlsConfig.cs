namespace Overlord.Core.Config;

/// <summary>HTTPS beside the plain port: on when both <see cref="KeyFile"/> and <see cref="CertFile"/> are given.</summary>
public sealed record TlsConfig
{
    public const string SectionName = "tls";

    /// <summary>The HTTPS port (1..65535).</summary>
    public int Port { get; init; } = 9331;

    /// <summary>The private key (PEM), or null.</summary>
    public string? KeyFile { get; init; }

    /// <summary>The certificate (PEM), or null.</summary>
    public string? CertFile { get; init; }

    /// <summary>True when HTTPS is served.</summary>
    public bool Enabled => KeyFile is not null && CertFile is not null;
}
