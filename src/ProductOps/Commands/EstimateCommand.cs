using ProductOps.Scoring;

namespace ProductOps.Commands;

/// <summary>
/// <c>/estimate &lt;input&gt; &lt;value&gt;</c>: records the author's estimate of one input of the active model,
/// replacing their earlier one; <c>/estimate &lt;input&gt; clear</c> withdraws it. The item is scored again.
/// </summary>
public sealed class EstimateCommand : ICommandHandler
{
    private const string Clear = "clear";

    public string Name => "estimate";

    public string Usage => "/estimate <input> <value>";

    public CommandAnswer Run(CommandContext context, string arguments)
    {
        var scoring = context.Config.Scoring;
        var model = ModelCatalog.Get(scoring.Model);
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var example = model.Inputs[0];
        var valid = $"Write `/estimate <input> <value>` with an input of {model.Name} here: " +
                    string.Join(", ", model.Inputs.Select(i => $"{MarkdownText.Code(i.Key)} ({i.Scale.Describe(scoring)})")) +
                    $", such as {MarkdownText.Code($"/estimate {example.Key} {example.Example}")}.";
        var input = parts.Length == 0 ? null : model.Inputs.FirstOrDefault(i =>
            InputResolver.NormalizeName(i.Key) == InputResolver.NormalizeName(parts[0]) || InputResolver.NormalizeName(i.Name) == InputResolver.NormalizeName(parts[0]));
        if (input is null || parts.Length < 2)
        {
            var what = parts.Length == 0 ? "`/estimate` needs an input and a value."
                : input is null ? $"{MarkdownText.Code(parts[0], 40)} is not an input of {model.Name} here."
                : $"{MarkdownText.Code("/estimate " + input.Key)} needs a value.";
            return CommandAnswer.Invalid(context.Record, $"{what} {valid}");
        }

        var comment = context.Comment;
        var others = context.Record.Estimates.Where(e => !(e.Input == input.Key && e.Author == comment.Author)).ToList();
        if (string.Equals(parts[1], Clear, StringComparison.OrdinalIgnoreCase))
        {
            return CommandAnswer.Acknowledged(context.Record with { Estimates = others }) with { Rescore = true };
        }

        var value = parts[1].Length > 40 ? ScaleValue.Invalid("it is too long") : input.Scale.Read(parts[1], scoring);
        if (!value.IsValid)
        {
            return CommandAnswer.Invalid(context.Record,
                $"{MarkdownText.Code(parts[1], 40)} is not a valid {input.Name.ToLowerInvariant()}: {value.Error}. " +
                $"Write {MarkdownText.Code($"/estimate {input.Key} {input.Example}")}, or {MarkdownText.Code($"/estimate {input.Key} {Clear}")} to withdraw yours.");
        }

        var estimate = new Estimate(input.Key, parts[1], comment.Author, comment.At, comment.Id);
        return CommandAnswer.Acknowledged(context.Record with { Estimates = [.. others, estimate] }) with { Rescore = true };
    }
}
