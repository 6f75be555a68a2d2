using ProductOps.Gates;
using ProductOps.Scoring;

namespace ProductOps.WorkItems;

/// <summary>
/// What Product Ops remembers about one work item between events: the board-index row. It also
/// holds the ids and hashes of the comments it wrote, so an unchanged item costs no tracker reads.
/// </summary>
public sealed record ItemRecord
{
    public required ItemKey Key { get; init; }
    public string Title { get; init; } = "";
    public string Url { get; init; } = "";
    public ItemState State { get; init; }
    public IReadOnlyList<string> Labels { get; init; } = [];
    public string? Milestone { get; init; }
    public IReadOnlyList<string> Assignees { get; init; } = [];

    /// <summary>
    /// The scoring labels Product Ops itself added and last left on the item (never one a person added). A
    /// delivery's snapshot may predate that write, and the configuration may have changed since, so these are
    /// removed whenever they are no longer wanted, without waiting for the echo event.
    /// </summary>
    public IReadOnlyList<string> AppLabels { get; init; } = [];

    /// <summary>When the item was opened on the tracker, for age figures on the roadmap and digests.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The tracker's updated time of the newest event applied; older events are skipped.</summary>
    public DateTimeOffset TrackerUpdatedAt { get; init; }

    /// <summary>A hash of the snapshot applied at <see cref="TrackerUpdatedAt"/>, to tell a same-second snapshot apart.</summary>
    public string? SnapshotHash { get; init; }

    public ScoreSnapshot? Score { get; init; }

    /// <summary>The score before the last change, shown in the comment until the score changes again.</summary>
    public ScoreSnapshot? PreviousScore { get; init; }
    public string? Priority { get; init; }

    /// <summary>When the score inputs last changed, to flag stale estimates.</summary>
    public DateTimeOffset? InputsChangedAt { get; init; }

    /// <summary>When the item was last closed (shipped), for throughput and cycle-time figures; null while open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The item's current life-cycle phase (discovery, alpha, ...), if it has one.</summary>
    public string? Phase { get; init; }

    /// <summary>Every phase the item entered, oldest first, for time-in-phase figures.</summary>
    public IReadOnlyList<PhaseChange> PhaseHistory { get; init; } = [];

    /// <summary>The last gate result for the current phase: passed, conditional or failed.</summary>
    public string? GateStatus { get; init; }

    /// <summary>The gate last checked (its phase, the phase left, when, reverted or not), to re-check it when criteria change.</summary>
    public GateAttempt? Gate { get; init; }

    /// <summary>The id of the goal the item serves (docs/outcomes.md); null when it names none.</summary>
    public string? Goal { get; init; }

    /// <summary>The measured outcome recorded by <c>/outcome</c> once the item is live.</summary>
    public Outcomes.MeasuredOutcome? Outcome { get; init; }

    /// <summary>Team estimates recorded by <c>/estimate</c>: one per person and input, the newest kept.</summary>
    public IReadOnlyList<Estimate> Estimates { get; init; } = [];

    /// <summary>People whose commands were ignored (no write access) and told so once; comment ids whose commands ran.</summary>
    public IReadOnlyList<string> CommandLog { get; init; } = [];

    /// <summary>Comments Product Ops owns on the item, by marker.</summary>
    public IReadOnlyDictionary<string, CommentRecord> Comments { get; init; } = new Dictionary<string, CommentRecord>();

    /// <summary>Opaque optimistic-concurrency token of the stored row; null for a new item.</summary>
    public string? Version { get; init; }

    public static ItemRecord New(ItemKey key) => new() { Key = key };

    public CommentRecord CommentFor(string marker) => Comments.GetValueOrDefault(marker) ?? CommentRecord.None;

    public ItemRecord WithComment(string marker, CommentRecord comment) =>
        this with { Comments = new Dictionary<string, CommentRecord>(Comments) { [marker] = comment } };
}
