using System.Security.Cryptography;
using ProductOps.Cli;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Cli;

/// <summary>
/// <c>productops backfill github</c> with the app's own credentials (GitHub__AppId + GitHub__PrivateKey):
/// it finds the app's installations and their repositories, and writes with each installation's token.
/// </summary>
public sealed class AppBackfillTests : IAsyncLifetime
{
    private static readonly string[] RiceLabels = ["reach:500", "impact:high", "confidence:80%", "effort:M"];
    private readonly FakeGitHub github = new();
    private readonly RSA key = RSA.Create(2048);
    private Azurite azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        github.App("octo-org/app", "octo-org/web");
        github.AddIssue("octo-org/app", 1, "Checkout redesign", RiceLabels);
        github.AddIssue("octo-org/app", 2, "Faster search", RiceLabels);
        github.AddIssue("octo-org/web", 7, "New landing page", RiceLabels);
    }

    public async Task DisposeAsync()
    {
        github.Dispose();
        key.Dispose();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_repository_every_repository_of_every_installation_is_backfilled_and_named()
    {
        var result = await CliRun.RunAsync(Settings(), "backfill", "github");

        Assert.True(result.Code == ExitCodes.Ok, result.Errors + result.Output);
        Assert.Single(github.CommentsOn("octo-org/app", 1));
        Assert.Single(github.CommentsOn("octo-org/app", 2));
        Assert.Single(github.CommentsOn("octo-org/web", 7));
        Assert.Contains("Done: 3 open issues of octo-org/app, octo-org/web are in the board index.", result.Output);
        Assert.Contains(github.Requests(), r => r.RequestMessage!.AbsolutePath == "/app/installations");
        Assert.Contains(github.Requests(), r => r.RequestMessage!.AbsolutePath == $"/app/installations/{FakeAccounts.InstallationId}/access_tokens");
        var writes = github.Writes.Where(w => w.RequestMessage!.AbsolutePath.StartsWith("/repos/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(writes);
        Assert.All(writes, w => Assert.EndsWith("ghs_installation_token", w.RequestMessage!.Headers!["Authorization"].Single()));
    }

    [Fact]
    public async Task A_named_repository_is_backfilled_through_its_own_installation_only()
    {
        var result = await CliRun.RunAsync(Settings(), "backfill", "github", "--repo", "octo-org/web");

        Assert.Equal(ExitCodes.Ok, result.Code);
        Assert.Single(github.CommentsOn("octo-org/web", 7));
        Assert.Empty(github.CommentsOn("octo-org/app", 1));
        Assert.Contains(github.Requests(), r => r.RequestMessage!.AbsolutePath == "/repos/octo-org/web/installation");
        Assert.Contains("Done: 1 open issues of octo-org/web are in the board index.", result.Output);
    }

    [Fact]
    public async Task An_installation_named_on_the_command_line_is_the_only_one_read()
    {
        var result = await CliRun.RunAsync(Settings(), "backfill", "github", "--installation", "42");

        Assert.Equal(ExitCodes.Ok, result.Code);
        Assert.DoesNotContain(github.Requests(), r => r.RequestMessage!.AbsolutePath == "/app/installations");
        Assert.Single(github.CommentsOn("octo-org/web", 7));
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = RunningApp.Settings(azurite, github);
        settings["GitHub:Token"] = null;
        settings["GitHub:AppId"] = FakeAccounts.AppId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["GitHub:PrivateKey"] = key.ExportRSAPrivateKeyPem().Replace("\n", "\\n");
        return settings;
    }
}
