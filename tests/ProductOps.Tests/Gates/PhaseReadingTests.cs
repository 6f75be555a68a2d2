using ProductOps.Gates;

namespace ProductOps.Tests.Gates;

/// <summary>
/// One phase per item. Columns: labels on the item, the phase the board index has, the label the event
/// added or removed ("+x" / "-x", empty when the event does not say) -> the move, the phase, and the older
/// phase labels to remove.
/// </summary>
public sealed class PhaseReadingTests
{
    [Theory]
    // A phase label added: the item enters that phase.
    [InlineData("phase:alpha,bug", null, "+phase:alpha", PhaseMove.Enter, "alpha", "")]
    [InlineData("phase:alpha,phase:beta", "alpha", "+phase:beta", PhaseMove.Enter, "beta", "phase:alpha")]
    // The newest wins even when it is an earlier phase in order.
    [InlineData("phase:alpha,phase:beta", "beta", "+phase:alpha", PhaseMove.Enter, "alpha", "phase:beta")]
    [InlineData("Phase:Alpha,phase:live,phase:beta", "alpha", "+phase:beta", PhaseMove.Enter, "beta", "Phase:Alpha,phase:live")]
    // Without the event naming its label, the later phase in order wins.
    [InlineData("phase:beta,phase:alpha", null, "", PhaseMove.Enter, "beta", "phase:alpha")]
    [InlineData("phase:alpha,phase:beta", "alpha", "", PhaseMove.Enter, "beta", "phase:alpha")]
    [InlineData("phase:beta", null, "", PhaseMove.Enter, "beta", "")]
    // Nothing new: the item stays.
    [InlineData("phase:beta,bug", "beta", "", PhaseMove.Stay, "beta", "")]
    [InlineData("phase:beta,bug", "beta", "+bug", PhaseMove.Stay, "beta", "")]
    [InlineData("phase:beta", "beta", "+phase:beta", PhaseMove.Stay, "beta", "")]
    [InlineData("bug", null, "", PhaseMove.Stay, null, "")]
    // The app's own writes come back with snapshots taken between them: no move.
    [InlineData("phase:alpha,phase:beta,gate:failed", "alpha", "+gate:failed", PhaseMove.Stay, "alpha", "")]
    [InlineData("gate:failed", "alpha", "-phase:beta", PhaseMove.Stay, "alpha", "")]
    [InlineData("phase:alpha,gate:failed", "alpha", "+phase:alpha", PhaseMove.Stay, "alpha", "")]
    [InlineData("phase:beta", "beta", "-phase:alpha", PhaseMove.Stay, "beta", "")]
    // Removing the current phase's label leaves the life cycle.
    [InlineData("bug", "beta", "-phase:beta", PhaseMove.Leave, null, "")]
    [InlineData("bug", "beta", "", PhaseMove.Leave, null, "")]
    // A label event is read for its one change only: stale snapshots of the other labels do not move the item.
    [InlineData("phase:live", "beta", "-phase:beta", PhaseMove.Leave, null, "")]
    [InlineData("phase:beta,gate:failed", "alpha", "+gate:failed", PhaseMove.Stay, "alpha", "")]
    [InlineData("phase:alpha,phase:beta", "alpha", "+bug", PhaseMove.Stay, "alpha", "")]
    public void The_newest_phase_label_wins(string labels, string? current, string change, PhaseMove move, string? phase, string others)
    {
        IReadOnlyList<string>? added = change.Length == 0 ? null : change[0] == '+' ? [change[1..]] : [];
        IReadOnlyList<string>? removed = change.Length == 0 ? null : change[0] == '-' ? [change[1..]] : [];

        var reading = PhaseReading.Read(GatesConfig.Defaults, Gate.Split(labels), current, added, removed);

        Assert.Equal((move, phase), (reading.Move, reading.Phase));
        Assert.Equal(Gate.Split(others), reading.OtherLabels);
    }

    [Fact]
    public void Configured_phase_labels_are_the_ones_read()
    {
        var config = GatesConfig.Defaults with { Phases = [new("idea", "stage:idea"), new("build", "stage:build")] };

        var reading = PhaseReading.Read(config, ["phase:beta", "stage:build"], null, null, null);

        Assert.Equal((PhaseMove.Enter, "build"), (reading.Move, reading.Phase));
        Assert.Empty(reading.OtherLabels);
    }
}
