using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;
using ProductOps.WorkItems;

namespace ProductOps.Tests.Cli;

/// <summary><c>productops preview</c>: any template, from the board index or sample data, the default or a file being edited.</summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private Azurite azurite = null!;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync() => await azurite.DisposeAsync();

    [Theory]
    [InlineData("phase-changed", "## Saved searches moved to beta")]
    [InlineData("gate-passed", "## Gate passed: Saved searches")]
    [InlineData("gate-failed", "## Gate failed: Offline mode")]
    [InlineData("roadmap-changed", "## Roadmap updated")]
    [InlineData("digest", "## Product digest for octo-org/app")]
    public async Task Every_template_previews_from_sample_data(string template, string firstLine)
    {
        var (code, output) = await RunAsync("preview", "--template", template, "--sample");

        Assert.Equal(0, code);
        Assert.StartsWith(firstLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digest_previews_from_the_repositorys_board_index_in_the_channel_asked_for()
    {
        var store = new TableItemStore(new StorageAccount(azurite.ConnectionString));
        await new StorageAccount(azurite.ConnectionString).Tables.CreateTableIfNotExistsAsync(StorageNames.ItemsTable);
        await store.TrySaveAsync(new ItemRecord
        {
            Key = new ItemKey("github", "octo-org/indexed", "5"), Title = "Bulk <edit> & undo", Url = "https://github.com/octo-org/indexed/issues/5",
            CreatedAt = DateTimeOffset.UtcNow.AddDays(-1),
        }, CancellationToken.None);

        var (code, output) = await RunAsync("preview", "--template", "digest", "--repo", "octo-org/indexed", "--channel", "slack");

        Assert.Equal(0, code);
        Assert.Contains("*New*\n- <https://github.com/octo-org/indexed/issues/5|Bulk &lt;edit&gt; &amp; undo>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_file_with_errors_is_not_rendered_and_its_errors_say_where()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "digest.scriban");
        await File.WriteAllTextAsync(file, "ok\n{{ if }}");

        var (code, output) = await RunAsync("preview", "--template", "digest", "--sample", "--file", file);

        Assert.Equal(2, code);
        Assert.StartsWith("digest.scriban(2,", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_file_being_edited_renders_with_the_helpers()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "gate-failed.scriban");
        await File.WriteAllTextAsync(file, "{{ bold item.title }} needs {{ mention item.assignees[0] }}");

        var (code, output) = await RunAsync("preview", "--template", "gate-failed", "--sample", "--file", file);

        Assert.Equal((0, "**Offline mode** needs @mona"), (code, output));
    }

    private Task<(int Code, string Output)> RunAsync(params string[] args) => CliRun.PrintedAsync(RunningApp.Settings(azurite, null), args);
}
