namespace Overlord.Core;

/// <summary>Process exit codes from sysexits(3), as the original Overlord uses them.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>EX_USAGE: the command was used incorrectly.</summary>
    public const int Usage = 64;

    /// <summary>EX_DATAERR: the input data was incorrect.</summary>
    public const int DataError = 65;

    /// <summary>EX_NOINPUT: an input file did not exist or was not readable.</summary>
    public const int NoInput = 66;

    /// <summary>EX_UNAVAILABLE: a service is unavailable.</summary>
    public const int Unavailable = 69;

    /// <summary>EX_SOFTWARE: an internal error.</summary>
    public const int Software = 70;

    /// <summary>EX_CANTCREAT: an output file cannot be created.</summary>
    public const int CantCreate = 73;

    /// <summary>EX_IOERR: an error occurred while doing I/O.</summary>
    public const int IoError = 74;

    /// <summary>EX_TEMPFAIL: a temporary failure; try again later.</summary>
    public const int TempFail = 75;

    /// <summary>EX_NOPERM: insufficient permission.</summary>
    public const int NoPermission = 77;

    /// <summary>EX_CONFIG: a spec or configuration file was refused.</summary>
    public const int Config = 78;
}
