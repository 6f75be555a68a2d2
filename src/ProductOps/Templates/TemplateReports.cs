using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ProductOps.Templates;

/// <summary>
/// Reports a team's broken template once (template, line, column: never a model value), however many refreshes
/// and updates run into it. Bounded like <see cref="TemplateCache"/>: after <see cref="Capacity"/> distinct reports
/// the memory starts over, so a report may be repeated, never lost.
/// </summary>
public sealed partial class TemplateReports(ILogger logger)
{
    public const int Capacity = 500;
    private readonly ConcurrentDictionary<string, byte> reported = new();

    public void HasErrors(string kind, string container, IReadOnlyList<TemplateError> errors)
    {
        var first = errors[0];
        if (Remember($"{container}\n{string.Join("\n", errors)}"))
        {
            LogTemplateError(kind, container, "has errors", first.Path, first.Line, first.Column,
                string.Join("; ", errors.Select(e => $"({e.Line},{e.Column}): {e.Message}")));
        }
    }

    public void FailedWhileRendering(string kind, string container, TemplateError error)
    {
        // Without its numbers: the loop limit follows the model's size, and a bigger board is the same failure.
        var message = new string(error.Message.Where(c => !char.IsAsciiDigit(c)).ToArray());
        if (Remember($"{container}\n{error.Path}({error.Line},{error.Column})\n{message}"))
        {
            LogTemplateError(kind, container, "failed while rendering", error.Path, error.Line, error.Column, error.Message);
        }
    }

    private bool Remember(string key)
    {
        if (reported.Count >= Capacity)
        {
            reported.Clear();
        }
        return reported.TryAdd(key, 0);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "The {Kind} template of {Container} {What}; the default template is used instead until it is fixed: {Path}({Line},{Column}): {Error}")]
    private partial void LogTemplateError(string kind, string container, string what, string path, int line, int column, string error);
}
