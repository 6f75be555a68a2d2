using ProductOps.Roadmap;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.Tests.Outcomes;

namespace ProductOps.Tests.Roadmap;

/// <summary>"What changed since the last version": two versions kept, compared, and stable when nothing moves.</summary>
public sealed class RoadmapHistoryTests
{
    private static readonly RoadmapPage Page = OutcomeBoardFixture.Page() with { Changes = null };
    private static readonly RoadmapSnapshot Current = RoadmapSnapshot.Of(Page);

    [Fact]
    public void The_first_version_is_saved_and_shows_no_changes()
    {
        var (save, changes) = RoadmapHistory.Advance(null, Current, Page);

        Assert.Equal(new RoadmapVersions(Current, null), save);
        Assert.Null(changes);
    }

    [Fact]
    public void A_refresh_that_moves_nothing_saves_nothing_and_shows_the_same_changes_so_the_page_is_not_rewritten()
    {
        var previous = OutcomeBoardFixture.PreviousVersion(Page);
        var (saved, first) = RoadmapHistory.Advance(new RoadmapVersions(previous, null), Current, Page);
        var later = Current with { AsOf = Current.AsOf.AddHours(3) };

        var (again, second) = RoadmapHistory.Advance(saved, later, Page);

        Assert.Null(again);
        Assert.Equal(RoadmapRenderer.Html(Page with { Changes = first }), RoadmapRenderer.Html(Page with { Changes = second }));
    }

    [Fact]
    public void A_move_makes_the_published_version_the_previous_one()
    {
        var stored = new RoadmapVersions(OutcomeBoardFixture.PreviousVersion(Page), null);
        var (saved, _) = RoadmapHistory.Advance(stored, Current, Page);

        Assert.Same(Current, saved!.Current);
        Assert.Same(stored.Current, saved.Previous);
    }

    [Fact]
    public void New_items_moves_in_and_out_phase_changes_and_closed_items_are_each_told()
    {
        var changes = RoadmapHistory.Diff(OutcomeBoardFixture.PreviousVersion(Page), Current, Page).Items;
        var md = RoadmapRenderer.Markdown(Page with { Changes = new RoadmapChanges(DateTimeOffset.UnixEpoch, changes) });

        Assert.Equal(2, changes.Count(c => c.Kind == RoadmapChangeKind.New));
        Assert.Contains(changes, c => c.Kind == RoadmapChangeKind.Moved && c.From == "Later" && c.To == "Next");
        Assert.Contains(changes, c => c.Kind == RoadmapChangeKind.Moved && c.From == "Now" && c.To is null);
        Assert.Contains(changes, c => c.Kind == RoadmapChangeKind.Phase && c.From == "beta" && c.To == "live");
        Assert.Contains(changes, c => c.Kind == RoadmapChangeKind.Left && c.To == "shipped");
        Assert.Contains("| Moved out | #99 | Legacy CSV import | closed (was in Later) |", md);
        Assert.Contains("| Moved | ", md);
        Assert.Contains(" | Later → Next |", md);
    }

    [Fact]
    public async Task Versions_are_kept_in_blob_storage_and_read_back()
    {
        await using var azurite = await Azurite.StartAsync();
        var store = new BlobRoadmapVersions(new StorageAccount(azurite.ConnectionString));
        var versions = new RoadmapVersions(Current, OutcomeBoardFixture.PreviousVersion(Page));

        Assert.Null(await store.GetAsync("github", "octo-org/none", CancellationToken.None));
        await store.SaveAsync("github", OutcomeBoardFixture.Repo, versions, CancellationToken.None);
        var read = await store.GetAsync("github", OutcomeBoardFixture.Repo, CancellationToken.None);

        Assert.Equal(versions.Current.AsOf, read!.Current.AsOf);
        Assert.True(read.Current.SamePlacements(versions.Current));
        Assert.True(read.Previous!.SamePlacements(versions.Previous!));
        Assert.Equal(versions.Previous!.Items["99"], read.Previous.Items["99"]);
    }
}
