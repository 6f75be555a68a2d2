using Scriban.Runtime;

namespace ProductOps.Templates;

/// <summary>
/// The template a render uses: a team's own (rendered within its time limit) until it fails once, then the default
/// for the rest of this use, so the size-fitting passes of a roadmap never wait on a failing template twice. A failure
/// is reported (<see cref="TemplateReports"/>) and the default renders from a fresh model: a team's mistake, or a
/// <c>while true</c>, never stops its roadmap or its updates. The default is the app's own: no time limit but the caller's.
/// </summary>
public sealed class ChosenTemplate
{
    private readonly SandboxedTemplate fallback;
    private readonly TimeSpan timeout;
    private readonly Action<TemplateError>? report;
    private SandboxedTemplate? own;

    public ChosenTemplate(SandboxedTemplate? own, SandboxedTemplate fallback, TimeSpan timeout, Action<TemplateError>? report = null)
    {
        this.own = own;
        this.fallback = fallback;
        this.timeout = timeout;
        this.report = report;
    }

    /// <summary>True while a team's own template is in use.</summary>
    public bool IsOverride => own is not null;

    /// <summary>The default template shipped with the app, with nothing in front of it.</summary>
    public static ChosenTemplate BuiltIn(string name) => new(null, BuiltInTemplates.Get(name), Timeout.InfiniteTimeSpan);

    /// <param name="model">Makes the model; called again for the default after a failure, since a render may change it.</param>
    public string Render(Func<ScriptObject> model, CancellationToken ct)
    {
        if (own is not null)
        {
            var result = own.Render(model(), timeout, ct);
            if (result.Text is not null)
            {
                return result.Text;
            }
            report?.Invoke(result.Error!);
            own = null;
        }
        return fallback.RenderOrThrow(model(), ct);
    }
}
