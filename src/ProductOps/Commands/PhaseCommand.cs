using ProductOps.Scoring;

namespace ProductOps.Commands;

/// <summary>
/// <c>/phase &lt;name&gt;</c>: asks for a phase change through the gate. It adds the phase's label, so the gate,
/// its comment, the failed-gate label and a block-mode revert are exactly what the label alone would give.
/// </summary>
public sealed class PhaseCommand : ICommandHandler
{
    public string Name => "phase";

    public string Usage => "/phase <phase>";

    public CommandAnswer Run(CommandContext context, string arguments)
    {
        var phases = context.Config.Gates.Phases;
        var phase = phases.FirstOrDefault(p => string.Equals(p.Name, arguments.Trim(), StringComparison.OrdinalIgnoreCase));
        if (phase is null)
        {
            var what = arguments.Trim().Length == 0 ? "`/phase` needs a phase." : $"{MarkdownText.Code(arguments.Trim(), 40)} is not a phase here.";
            return CommandAnswer.Invalid(context.Record,
                $"{what} Write `/phase <phase>` with one of {string.Join(", ", phases.Select(p => MarkdownText.Code(p.Name)))}.");
        }
        return CommandAnswer.Acknowledged(context.Record) with { Phase = phase.Name };
    }
}
