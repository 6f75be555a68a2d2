using ProductOps.Scoring;

namespace ProductOps.Roadmap;

/// <summary>
/// Reads value and effort back out of a stored score snapshot, for every scoring model:
/// RICE, WSJF and value/effort divide a value by an effort (<c>effort</c> or <c>job-size</c>), so
/// value = score x effort; ICE has no effort, so effort is the inverse of ease (11 - ease, 1-10 scale).
/// </summary>
public static class ValueEffort
{
    public static (double Value, double Effort)? Of(ScoreSnapshot? snapshot)
    {
        if (snapshot?.Score is not { } score)
        {
            return null;
        }

        // Snapshots key inputs by display name ("Effort", "Job size"); fixtures may use config keys ("job-size").
        var inputs = snapshot.Inputs.ToDictionary(i => i.Key.Trim().ToLowerInvariant().Replace(' ', '-'), i => i.Value);
        if ((inputs.TryGetValue("effort", out var effort) || inputs.TryGetValue("job-size", out effort)) && effort > 0)
        {
            return (score * effort, effort);
        }
        if (inputs.TryGetValue("ease", out var ease) && ease > 0)
        {
            return (score / ease, Math.Max(0, 11 - ease));
        }
        return null;
    }
}
