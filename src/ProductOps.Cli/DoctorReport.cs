using Spectre.Console;

namespace ProductOps.Cli;

public enum CheckStatus { Ok, Warn, Fail }

/// <summary>One line of the checklist: what was checked, what was found, and what to do next (for WARN and FAIL).</summary>
public sealed record CheckResult(CheckStatus Status, string Check, string Found, string? Next = null)
{
    public static CheckResult Ok(string check, string found) => new(CheckStatus.Ok, check, found);

    public static CheckResult Warn(string check, string found, string next) => new(CheckStatus.Warn, check, found, next);

    public static CheckResult Fail(string check, string found, string next) => new(CheckStatus.Fail, check, found, next);
}

/// <summary>Prints the checklist as it runs, one line per check, and a closing count.</summary>
internal sealed class DoctorReport(IAnsiConsole console)
{
    private readonly List<CheckResult> results = [];

    public bool AnyFailed => results.Any(r => r.Status == CheckStatus.Fail);

    public void Add(CheckResult result)
    {
        results.Add(result);
        var (tag, colour) = result.Status switch
        {
            CheckStatus.Ok => ("OK  ", "green"),
            CheckStatus.Warn => ("WARN", "yellow"),
            _ => ("FAIL", "red"),
        };
        var next = result.Next is null ? "" : $" -> {Markup.Escape(result.Next)}";
        console.MarkupLine($"[{colour}]{tag}[/] {Markup.Escape(result.Check)}: {Markup.Escape(result.Found)}{next}");
    }

    public void Summary()
    {
        var count = (CheckStatus s) => results.Count(r => r.Status == s);
        console.MarkupLine($"{count(CheckStatus.Ok)} OK, {count(CheckStatus.Warn)} WARN, {count(CheckStatus.Fail)} FAIL");
    }
}
