namespace ProductOps.Cli;

/// <summary>One line of the checklist: what was checked, what was found, and what to do next (for WARN and FAIL).</summary>
public sealed record CheckResult(CheckStatus Status, string Check, string Found, string? Next = null)
{
    public static CheckResult Ok(string check, string found) => new(CheckStatus.Ok, check, found);

    public static CheckResult Warn(string check, string found, string next) => new(CheckStatus.Warn, check, found, next);

    public static CheckResult Fail(string check, string found, string next) => new(CheckStatus.Fail, check, found, next);
}
