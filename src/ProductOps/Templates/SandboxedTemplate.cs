using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProductOps.Templates;

/// <summary>
/// A parsed template, rendered only in <see cref="TemplateSandbox"/>. Parsing happens once (<see cref="TemplateCache"/>);
/// a template with errors is never rendered, its errors come back as data with 1-based line and column, and so does
/// a failure while rendering (a loop over the limit, a bad call, the time limit): never an exception.
/// </summary>
public sealed class SandboxedTemplate
{
    private readonly Template template;

    private SandboxedTemplate(Template template, string name)
    {
        this.template = template;
        Name = name;
    }

    /// <summary>Where the template came from (<c>templates/digest.scriban</c>, <c>octo/app:.github/…</c>), for its errors.</summary>
    public string Name { get; }

    /// <summary>Parses without the cache: <see cref="TemplateCache.Parse"/> is the way in for the app.</summary>
    public static TemplateParseResult Parse(string text, string name)
    {
        if (text.Length > TemplateFiles.MaxLength)
        {
            return new TemplateParseResult(null, [TemplateError.At(name, 1, 1, $"The template has {text.Length} characters; at most {TemplateFiles.MaxLength} are allowed.")]);
        }

        var parsed = Template.Parse(text, name);
        var errors = parsed.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => TemplateError.At(name, m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))
            .ToList();
        return parsed.HasErrors || errors.Count > 0
            ? new TemplateParseResult(null, errors.Count > 0 ? errors : [TemplateError.At(name, 1, 1, "The template could not be parsed.")])
            : new TemplateParseResult(new SandboxedTemplate(parsed, name), []);
    }

    /// <summary>Renders within <paramref name="timeout"/> (<see cref="Timeout.InfiniteTimeSpan"/>: only <paramref name="ct"/>).</summary>
    public TemplateRenderResult Render(ScriptObject model, TimeSpan timeout, CancellationToken ct = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            return new TemplateRenderResult(template.Render(TemplateSandbox.Context(model, limit.Token)), null);
        }
        catch (Exception e) when (e is ScriptRuntimeException or OperationCanceledException && limit.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            // Scriban reports the cancellation as a runtime error ("The operation was cancelled").
            return Failed(1, 1, $"Rendering took longer than {timeout.TotalSeconds:0.#} s and was stopped.");
        }
        catch (ScriptRuntimeException e)
        {
            return Failed(e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A builtin that throws something else (a bad argument) is still the template's mistake, not the app's.
            return Failed(1, 1, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Renders one of the app's own templates, whose failure is a bug: thrown, never hidden.</summary>
    public string RenderOrThrow(ScriptObject model, CancellationToken ct = default)
    {
        var result = Render(model, Timeout.InfiniteTimeSpan, ct);
        return result.Text ?? throw new InvalidOperationException($"The template failed: {result.Error}");
    }

    private TemplateRenderResult Failed(int line, int column, string message) => new(null, TemplateError.At(Name, line, column, message));
}
