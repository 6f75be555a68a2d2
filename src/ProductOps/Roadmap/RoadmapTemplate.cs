using System.Reflection;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace ProductOps.Roadmap;

/// <summary>
/// A parsed roadmap template. Parsing happens once; a template with errors is never rendered, its
/// errors come back as data with 1-based line and column. Rendering runs in a sandbox: the model is
/// plain <see cref="ScriptObject"/>s (no .NET objects, so no member access beyond it), loops and
/// recursion are bounded, there is no <c>include</c>, and <c>object.eval</c> / <c>object.eval_template</c>
/// are removed so no value (an issue title holding <c>{{ }}</c>) can ever run as template code.
/// https://github.com/scriban/scriban/blob/master/doc/runtime.md#safe-runtime
/// </summary>
public sealed class RoadmapTemplate
{
    public const int MaxTemplateLength = 32 * 1024;
    private static readonly ScriptObject Builtins = SandboxBuiltins();
    private readonly Template template;

    private RoadmapTemplate(Template template, string name)
    {
        this.template = template;
        Name = name;
    }

    public string Name { get; }

    public static RoadmapTemplate DefaultMarkdown { get; } = Embedded("roadmap.md.scriban");

    public static RoadmapTemplate DefaultHtml { get; } = Embedded("roadmap.html.scriban");

    public static TemplateParseResult Parse(string text, string name)
    {
        if (text.Length > MaxTemplateLength)
        {
            return new TemplateParseResult(null, [new TemplateError(name, 1, 1, $"The template has {text.Length} characters; at most {MaxTemplateLength} are allowed.")]);
        }

        var parsed = Template.Parse(text, name);
        var errors = parsed.Messages
            .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
            .Select(m => new TemplateError(name, m.Span.Start.Line + 1, m.Span.Start.Column + 1, m.Message))
            .ToList();
        return parsed.HasErrors || errors.Count > 0
            ? new TemplateParseResult(null, errors.Count > 0 ? errors : [new TemplateError(name, 1, 1, "The template could not be parsed.")])
            : new TemplateParseResult(new RoadmapTemplate(parsed, name), []);
    }

    /// <summary>Renders the model; a runtime error (a loop over the limit, a bad call) surfaces as <see cref="Scriban.Syntax.ScriptRuntimeException"/>.</summary>
    public string Render(ScriptObject model, CancellationToken ct = default)
    {
        var context = new TemplateContext(Builtins)
        {
            LoopLimit = 200_000,
            RecursiveLimit = 20,
            ObjectRecursionLimit = 20,
            LimitToString = 100_000,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            MemberFilter = _ => false,
            TemplateLoader = null,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = ct,
        };
        context.PushGlobal(model);
        return template.Render(context);
    }

    private static RoadmapTemplate Embedded(string file)
    {
        using var stream = typeof(RoadmapTemplate).Assembly.GetManifestResourceStream("ProductOps.templates." + file)
            ?? throw new InvalidOperationException($"The default template {file} is not embedded.");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), "templates/" + file);
        return result.Template ?? throw new InvalidOperationException($"templates/{file} has errors: {string.Join("; ", result.Errors)}");
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

public sealed record TemplateParseResult(RoadmapTemplate? Template, IReadOnlyList<TemplateError> Errors);

/// <summary>What is wrong with a template and where (1-based line and column).</summary>
public sealed record TemplateError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): {Message}";
}
