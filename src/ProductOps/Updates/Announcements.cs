using System.Globalization;
using ProductOps.WorkItems;

namespace ProductOps.Updates;

/// <summary>
/// What an item's change announces, read from its board-index row before and after processing:
/// entering a phase (phase-changed) and a gate result that is new or changed (gate-passed for passed
/// and conditional, gate-failed). Ids come from the change itself, so reading the same change twice
/// (a retried event) gives the same ids and the deliveries are made once.
/// </summary>
public static class Announcements
{
    public static IReadOnlyList<Announcement> Detect(ItemRecord before, ItemRecord after)
    {
        var found = new List<Announcement>();
        var key = after.Key.ToString();
        if (after.Phase is { } phase && !string.Equals(phase, before.Phase, StringComparison.OrdinalIgnoreCase))
        {
            var entered = after.PhaseHistory.LastOrDefault(h => h.Phase == phase);
            var left = before.Phase is { } old ? before.PhaseHistory.LastOrDefault(h => h.Phase == old) : null;
            var at = entered?.EnteredAt ?? after.TrackerUpdatedAt;
            var days = left is null ? (double?)null : Math.Round((at - left.EnteredAt).TotalDays, 1);
            var model = new AnnouncementModel(after.Key.Container, after.Key.Provider, ItemModel.From(after),
                new PhaseModel(before.Phase, phase, Date(at), days), Gate(after));
            found.Add(new Announcement(UpdateTemplates.PhaseChanged, MessageId(key, UpdateTemplates.PhaseChanged, phase, at), model));
        }

        if (after.Gate is { } gate && after.GateStatus is { } status &&
            (before.Gate?.Phase != gate.Phase || before.Gate?.At != gate.At || before.GateStatus != status))
        {
            var template = status == "failed" ? UpdateTemplates.GateFailed : UpdateTemplates.GatePassed;
            var model = new AnnouncementModel(after.Key.Container, after.Key.Provider, ItemModel.From(after), null, Gate(after));
            found.Add(new Announcement(template, MessageId(key, template, gate.Phase, gate.At, status), model));
        }

        return found;
    }

    private static GateModel? Gate(ItemRecord r) =>
        r.Gate is { } gate && r.GateStatus is { } status ? new GateModel(gate.Phase, status, gate.From?.Phase, gate.Reverted) : null;

    private static string MessageId(string key, string template, string phase, DateTimeOffset at, string? status = null) =>
        UpdateMessage.IdFor(key, template, phase, at.UtcDateTime.ToString("o", CultureInfo.InvariantCulture), status);

    internal static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
