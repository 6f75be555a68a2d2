using ProductOps.Roadmap;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProductOps.Updates;

/// <summary>
/// Runs a template in the roadmap's sandbox (<see cref="RoadmapTemplate"/>: parsed once, errors as data,
/// loop and recursion limits, no .NET access, no include or eval) with a time limit, and turns a runtime
/// failure into a <see cref="TemplateError"/> with its place instead of an exception.
/// </summary>
public static class TemplateRun
{
    public static TemplateRenderResult Render(RoadmapTemplate template, ScriptObject model, TimeSpan timeout, CancellationToken ct = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            return new TemplateRenderResult(template.Render(model, limit.Token), null);
        }
        catch (Exception e) when (e is ScriptRuntimeException or OperationCanceledException && limit.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // Scriban reports the cancellation as a runtime error ("The operation was cancelled").
            return new TemplateRenderResult(null, new TemplateError(template.Name, 1, 1, $"Rendering took longer than {timeout.TotalSeconds:0.#} s and was stopped."));
        }
        catch (ScriptRuntimeException e)
        {
            var at = e.Span.Start;
            return new TemplateRenderResult(null, new TemplateError(template.Name, at.Line + 1, at.Column + 1, e.OriginalMessage));
        }
    }
}

public sealed record TemplateRenderResult(string? Text, TemplateError? Error);
