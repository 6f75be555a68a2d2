namespace ProductOps.Commands;

/// <summary>
/// One comment command. Handlers are registered in the container; the dispatcher finds them by
/// <see cref="Name"/>, so new commands (<c>/estimate</c>, <c>/score</c>, ...) are one class each.
/// </summary>
public interface ICommandHandler
{
    /// <summary>The word after the slash, lowercase.</summary>
    string Name { get; }

    /// <summary>How to call it, for answers to a bad call: <c>/kpi &lt;goal&gt; &lt;value&gt;</c>.</summary>
    string Usage { get; }

    /// <summary>Decides what the command does; pure, so it is tested without a tracker.</summary>
    CommandAnswer Run(CommandContext context, string arguments);
}
