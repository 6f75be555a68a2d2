using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace ProductOps.Templates;

/// <summary>
/// The one sandbox every template renders in, roadmap and updates alike. The model is plain
/// <see cref="ScriptObject"/>s (no .NET objects, no member access beyond them); there is no <c>include</c> and no
/// template loader, and <c>object.eval</c> / <c>object.eval_template</c> are removed, so no value (an issue title
/// holding <c>{{ }}</c>) can ever run as template code; loops, recursion and output are bounded.
/// https://github.com/scriban/scriban/blob/master/doc/runtime.md#safe-runtime
/// </summary>
internal static class TemplateSandbox
{
    /// <summary>Scriban's own default loop limit.</summary>
    public const int BaseLoopLimit = 1000;

    /// <summary>
    /// The largest text a template may write (characters). The largest real output is the HTML page of a 10,000-item
    /// board (about 3.6 million characters, TemplateLimitTests); Scriban would otherwise cap the output at
    /// <see cref="TemplateContext.LimitToString"/> and silently truncate the page.
    /// </summary>
    public const int MaxOutputLength = 16 * 1024 * 1024;

    private static readonly ScriptObject Builtins = CreateBuiltins();

    public static TemplateContext Context(ScriptObject model, CancellationToken ct)
    {
        var context = new TemplateContext(Builtins)
        {
            LoopLimit = LoopLimitFor(model),
            RecursiveLimit = 20,
            ObjectRecursionLimit = 20,
            LimitToString = 100_000,
            OutputLimit = MaxOutputLength,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            MemberFilter = _ => false,
            TemplateLoader = null,
            RegexTimeOut = TimeSpan.FromSeconds(1),
            CancellationToken = ct,
        };
        context.PushGlobal(model);
        return context;
    }

    /// <summary>
    /// Scriban's default (1000) caps the iterations of an outermost loop and of every loop nested in it together.
    /// The default roadmap lists every item of a board (the HTML page loops over all 10,000 items of a large board
    /// under one <c>for horizon</c>, and over a goal's shipped items twice), so a fixed limit is either too small for
    /// large boards or, as the 200,000 it replaces, far too large for everything else. So: the default plus twice
    /// the elements of the model's lists. A template may walk all of its data, twice in one nest; a loop over
    /// anything else (<c>1..10000000</c>, <c>while true</c>) stops near the default, and the time limit covers the rest.
    /// </summary>
    public static int LoopLimitFor(ScriptObject model)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var elements = ListElements(model, seen);
        return (int)Math.Min(int.MaxValue, BaseLoopLimit + 2L * elements);
    }

    private static long ListElements(object? value, HashSet<object> seen)
    {
        switch (value)
        {
            case ScriptArray array when seen.Add(array):
                long count = array.Count;
                foreach (var element in array)
                {
                    count += ListElements(element, seen);
                }
                return count;
            case ScriptObject obj when seen.Add(obj):
                long inner = 0;
                foreach (var member in obj.Values)
                {
                    inner += ListElements(member, seen);
                }
                return inner;
            default:
                return 0;
        }
    }

    private static ScriptObject CreateBuiltins()
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
