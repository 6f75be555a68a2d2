namespace ProductOps.Cli;

/// <summary>What <c>productops</c> exits with (docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Done; for <c>doctor</c>, no check failed (warnings allowed).</summary>
    public const int Ok = 0;

    /// <summary>Something failed: GitHub, Jira or storage refused or could not be reached, or a <c>doctor</c> check failed.</summary>
    public const int Failure = 1;

    /// <summary>The command line or the settings are wrong: a bad option, a missing setting or file.</summary>
    public const int Usage = 2;

    /// <summary>Stopped with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
