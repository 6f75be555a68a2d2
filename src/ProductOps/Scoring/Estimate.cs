namespace ProductOps.Scoring;

/// <summary>
/// One person's estimate of one scoring input, recorded by <c>/estimate</c> (docs/commands.md) and kept in the
/// board index. <paramref name="Input"/> is the model's input key ("impact"), <paramref name="Raw"/> the value as
/// written ("high", "M", "1200"): it is read on the input's scale whenever the item is scored, so a change of
/// t-shirt sizes in the configuration applies to estimates too.
/// </summary>
public sealed record Estimate(string Input, string Raw, string Author, DateTimeOffset At, string CommentId);
