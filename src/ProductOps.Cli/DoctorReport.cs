using Spectre.Console;

namespace ProductOps.Cli;

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
