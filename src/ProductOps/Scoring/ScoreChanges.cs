using System.Text;

namespace ProductOps.Scoring;

/// <summary>The "Changed:" line of the score comment: how the score moved since the stored snapshot and which inputs moved it.</summary>
internal static class ScoreChanges
{
    public static void Append(StringBuilder text, ScoreSnapshot previous, ScoreSnapshot current)
    {
        if (previous.SameAs(current))
        {
            return;
        }

        var score = (previous.Score, current.Score) switch
        {
            (null, { } now) => $"this item was not scored before and now scores {Numbers.Format(now)}.",
            ({ } was, null) => $"the score was {Numbers.Format(was)}; it cannot be computed now.",
            ({ } was, { } now) when was != now => $"the score was {Numbers.Format(was)} and is now {Numbers.Format(now)}.",
            ({ } now, _) => $"the score is unchanged ({Numbers.Format(now)}).",
            _ => "the inputs changed.",
        };

        var names = current.Inputs.Keys.Concat(previous.Inputs.Keys).Distinct();
        var changes = names.Select(name => (previous.Inputs.TryGetValue(name, out var was), current.Inputs.TryGetValue(name, out var now)) switch
        {
            (true, true) when was != now => $"{ScoreComment.Escape(name)}: {Numbers.Format(was)} → {Numbers.Format(now)}",
            (false, true) => $"{ScoreComment.Escape(name)}: added ({Numbers.Format(now)})",
            (true, false) => $"{ScoreComment.Escape(name)}: {Numbers.Format(was)} → removed",
            _ => null,
        }).OfType<string>().ToList();

        var because = changes.Count > 0
            ? " " + string.Join("; ", changes) + "."
            : " No input changed; the scoring configuration did.";
        text.Append("\n**Changed:** ").Append(score).Append(because).Append('\n');
    }
}
