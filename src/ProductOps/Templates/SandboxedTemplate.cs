using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProductOps.Templates;

/// <summary>
/// A Scriban template parsed once and rendered in a sandbox. A template with errors is never
/// rendered: its errors come back as data with 1-based line and column. Rendering sees only the
/// <see cref="ScriptObject"/> model it is given (no .NET member access), loops and recursion are
/// bounded, a time limit stops it, and <c>include</c>, <c>object.eval</c> and <c>object.eval_template</c>
/// are gone, so no value (an issue title holding <c>{{ }}</c>) can run as template code.
/// https://github.com/scriban/scriban/blob/master/doc/runtime.md#safe-runtime
/// </summary>
public sealed class SandboxedTemplate
{
    public const int MaxTemplateLength = 32 * 1024;
    public const int LoopLimit = 10_000;
    private static readonly ScriptObject Builtins = SandboxBuiltins();
    private readonly Template template;

    private SandboxedTemplate(Template template, string name)
    {
        this.template = template;
        Name = name;
    }

    /// <summary>Where the template came from, e.g. "templates/digest.scriban" or "octo/app:.github/product-ops/templates/digest.scriban".</summary>
    public string Name { get; }

    public static TemplateParseResult Parse(string text, string name)
    {
        if (text.Length > MaxTemplateLength)
        {
            return new TemplateParseResult(null, [new TemplateError(name, 1, 1, $"The template has {text.Length} characters; at most {MaxTemplateLength} are allowed.")]);
        }

        var parsed = Template.Parse(text, name);
        var errors = parsed.Messages
            .Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new TemplateError(name, m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))
            .ToList();
        if (parsed.HasErrors && errors.Count == 0)
        {
            errors.Add(new TemplateError(name, 1, 1, "The template could not be parsed."));
        }
        return errors.Count > 0 ? new TemplateParseResult(null, errors) : new TemplateParseResult(new SandboxedTemplate(parsed, name), []);
    }

    /// <summary>
    /// Renders the model within <paramref name="timeout"/>. A runtime error (a loop over the limit,
    /// a call that fails, the time running out) comes back as a <see cref="TemplateError"/> with its place.
    /// </summary>
    public TemplateRenderResult Render(ScriptObject model, TimeSpan timeout, CancellationToken ct = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        var context = new TemplateContext(Builtins)
        {
            LoopLimit = LoopLimit,
            RecursiveLimit = 20,
            ObjectRecursionLimit = 20,
            LimitToString = 100_000,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            MemberFilter = _ => false,
            TemplateLoader = null,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = limit.Token,
        };
        context.PushGlobal(model);
        try
        {
            return new TemplateRenderResult(template.Render(context), null);
        }
        catch (ScriptRuntimeException e)
        {
            var at = e.Span.Start;
            return new TemplateRenderResult(null, new TemplateError(Name, at.Line + 1, at.Column + 1, e.OriginalMessage));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new TemplateRenderResult(null, new TemplateError(Name, 1, 1, $"Rendering took longer than {timeout.TotalSeconds:0.#} s and was stopped."));
        }
    }

    private static ScriptObject SandboxBuiltins()
    {
        var builtins = new BuiltinFunctions();
        if (builtins["object"] is ScriptObject objectFunctions)
        {
            objectFunctions.Remove("eval");
            objectFunctions.Remove("eval_template");
        }
        builtins.Remove("include");
        return builtins;
    }
}

public sealed record TemplateParseResult(SandboxedTemplate? Template, IReadOnlyList<TemplateError> Errors);

public sealed record TemplateRenderResult(string? Text, TemplateError? Error);

/// <summary>What is wrong with a template and where (1-based line and column).</summary>
public sealed record TemplateError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): {Message}";
}
