using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Octokit;
using ProductOps.Configuration;
using ProductOps.GitHub;
using ProductOps.WorkItems;

namespace ProductOps.Cli;

/// <summary>
/// The GitHub lines of <c>doctor</c>: a token's account and scopes (<c>GET /user</c>, <c>x-oauth-scopes</c>),
/// or the app (<c>GET /app</c> with a JWT) and where it is installed (<c>GET /app/installations</c>,
/// <c>GET /installation/repositories</c>), the rate limit left, and a named repository's configuration
/// read and validated as the app reads it (without reporting problems on the repository).
/// </summary>
internal sealed class GitHubChecks(IServiceProvider services, IConfiguration configuration)
{
    private readonly GitHubSettings settings = services.GetRequiredService<GitHubSettings>();
    private readonly GitHubClients clients = services.GetRequiredService<GitHubClients>();

    public async Task RunAsync(DoctorReport report, string? repo, CancellationToken ct)
    {
        if (!settings.HasCredentials)
        {
            report.Add(CheckResult.Warn("GitHub credentials", "none: the app runs dry and only logs the writes it would make",
                "register a GitHub App (start the local host and open http://127.0.0.1:7071/setup) or set GitHub__Token"));
            if (repo is not null)
            {
                report.Add(CheckResult.Warn($"Configuration of {repo}", "not checked: no GitHub credentials to read it with", "set GitHub credentials, then run doctor --repo again"));
            }
            return;
        }

        try
        {
            if (clients.ForApp() is { } app)
            {
                await AppAsync(report, app);
            }
            else
            {
                await TokenAsync(report);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            report.Add(CheckResult.Fail("GitHub credentials", CliErrors.Describe(e, configuration), settings.HasAppCredentials
                ? "check GitHub__AppId and GitHub__PrivateKey (the app's settings page can generate a new private key)"
                : "create a token at github.com/settings/tokens (fine-grained, Issues and Contents read/write) and set GitHub__Token"));
            return;
        }

        if (repo is not null)
        {
            report.Add(await RepositoryAsync(repo));
        }
    }

    private async Task TokenAsync(DoctorReport report)
    {
        var client = clients.For(null);
        var user = await client.User.Current();
        var info = client.GetLastApiInfo();
        var scopes = info?.OauthScopes ?? [];
        // Fine-grained tokens send no x-oauth-scopes header: their permissions are not visible to the API.
        report.Add(scopes.Count == 0
            ? CheckResult.Ok("GitHub token", $"@{user.Login}, a fine-grained token (its permissions are listed on github.com/settings/tokens)")
            : scopes.Any(s => s is "repo" or "public_repo")
                ? CheckResult.Ok("GitHub token", $"@{user.Login}, scopes: {string.Join(", ", scopes)}")
                : CheckResult.Warn("GitHub token", $"@{user.Login}, scopes: {string.Join(", ", scopes)}", "the token needs the repo scope (or public_repo) to write labels and comments"));
        report.Add(RateLimit("GitHub rate limit", info));
    }

    private async Task AppAsync(DoctorReport report, IGitHubClient app)
    {
        var me = await app.GitHubApps.GetCurrent();
        var permissions = me.Permissions;
        var levels = $"issues: {Level(permissions?.Issues)}, contents: {Level(permissions?.Contents)}, metadata: {Level(permissions?.Metadata)}";
        report.Add(Level(permissions?.Issues) == "write" && Level(permissions?.Contents) == "write"
            ? CheckResult.Ok("GitHub App", $"{me.Name} (id {me.Id}, owner {me.Owner?.Login}), {levels}")
            : CheckResult.Warn("GitHub App", $"{me.Name} (id {me.Id}), {levels}", $"give the app Issues and Contents write permissions on {me.HtmlUrl}/permissions"));

        var installations = await app.GitHubApps.GetAllInstallationsForCurrent();
        if (installations.Count == 0)
        {
            report.Add(CheckResult.Warn("Installations", "the app is installed nowhere", $"install it: {me.HtmlUrl}/installations/new"));
            return;
        }
        foreach (var installation in installations)
        {
            var client = clients.For(installation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var repositories = await client.GitHubApps.Installation.GetAllRepositoriesForCurrent();
            var names = repositories.Repositories.Select(r => r.FullName).Order(StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", names.Take(10)) + (names.Count > 10 ? $" and {names.Count - 10} more" : "");
            report.Add(names.Count == 0
                ? CheckResult.Warn($"Installation {installation.Id}", $"{installation.Account?.Login}: no repositories selected", $"choose repositories on {me.HtmlUrl}/installations/new")
                : CheckResult.Ok($"Installation {installation.Id}", $"{installation.Account?.Login}: {names.Count} repositories ({shown})"));
            report.Add(RateLimit($"GitHub rate limit (installation {installation.Id})", client.GetLastApiInfo()));
        }
    }

    private async Task<CheckResult> RepositoryAsync(string repo)
    {
        var check = $"Configuration of {repo}";
        var (owner, name) = RepositoryId.Parse(repo);
        try
        {
            var client = clients.ForApp() is { } app
                ? clients.For((await app.GitHubApps.GetRepositoryInstallationForCurrent(owner, name)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : clients.For(null);
            await client.Repository.Get(owner, name);
            var layers = new List<ConfigSource>();
            foreach (var (o, r) in new[] { (owner, ".github"), (owner, name) }.Distinct())
            {
                if (await ReadAsync(client, o, r) is { } source)
                {
                    layers.Add(source);
                }
            }
            var loaded = ConfigLoader.Load(layers);
            if (loaded.Config is null)
            {
                var errors = loaded.Errors.Select(e => $"{e.Path}:{e.Line}:{e.Column}: {e.Message.Replace("`", "", StringComparison.Ordinal)} (expected {e.Expected.Replace("`", "", StringComparison.Ordinal)})");
                return CheckResult.Fail(check, string.Join("; ", errors), $"fix {RepositoryConfigReader.Path} (every key: docs/configuration.md)");
            }
            return layers.Count == 0
                ? CheckResult.Ok(check, $"no {RepositoryConfigReader.Path}: the defaults apply")
                : CheckResult.Ok(check, $"valid ({string.Join(" over ", layers.Select(l => l.Path).Reverse())})");
        }
        catch (NotFoundException)
        {
            return CheckResult.Fail(check, $"{repo} is not visible with these credentials", settings.HasAppCredentials
                ? "install the app on the repository (or check the name)" : "check the name and that GitHub__Token has access to it");
        }
    }

    private static async Task<ConfigSource?> ReadAsync(IGitHubClient client, string owner, string repo)
    {
        try
        {
            var files = await client.Repository.Content.GetAllContents(owner, repo, RepositoryConfigReader.Path);
            return files.Count == 1 && files[0].Content is { } text ? new ConfigSource($"{owner}/{repo}:{RepositoryConfigReader.Path}", text) : null;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private static CheckResult RateLimit(string check, ApiInfo? info) => info?.RateLimit is { Limit: > 0 } rate
        ? rate.Remaining < rate.Limit / 10
            ? CheckResult.Warn(check, $"{rate.Remaining} of {rate.Limit} requests left until {rate.Reset:HH:mm} UTC", "large backfills will wait for the reset")
            : CheckResult.Ok(check, $"{rate.Remaining} of {rate.Limit} requests left this hour")
        : CheckResult.Warn(check, "not reported", "GitHub Enterprise Server may have rate limits disabled; nothing to do");

    private static string Level<T>(StringEnum<T>? level) where T : struct, Enum =>
        level is { } l ? l.StringValue : "none";
}
