using System.Security.Cryptography;
using ProductOps.Cli;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Cli;

/// <summary><c>productops doctor</c> against a fake GitHub and Jira and Azurite, with good and bad credentials.</summary>
public sealed class DoctorTests : IAsyncLifetime
{
    private const string Repo = "octo-org/app";
    private readonly FakeGitHub github = new();
    private readonly FakeJira jira = new(("customfield_10060", "Score"));
    private Azurite azurite = null!;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        github.Dispose();
        jira.Dispose();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_working_token_setup_is_all_OK_and_exits_0()
    {
        github.TokenUser("octocat", "repo, read:org");
        github.Repositories(Repo);
        github.AddFile(Repo, ".github/product-ops.yml", "scoring:\n  model: ice\n");
        jira.JiraAccount("pm@example.com");

        var result = await CliRun.RunAsync(Settings(), "doctor", "--repo", Repo, "--project", "TES");

        Assert.Equal(ExitCodes.Ok, result.Code);
        Assert.DoesNotContain("FAIL ", result.Output);
        Assert.Contains($"OK   Storage (AzureWebJobsStorage): reachable at 127.0.0.1:{azurite.TablePort}", result.Output);
        Assert.Contains("OK   GitHub webhook secret: GitHub__WebhookSecret is set", result.Output);
        Assert.Contains("OK   GitHub token: @octocat, scopes: repo, read:org", result.Output);
        Assert.Contains("OK   GitHub rate limit: 4990 of 5000 requests left this hour", result.Output);
        Assert.Contains($"OK   Configuration of {Repo}: valid ({Repo}:.github/product-ops.yml)", result.Output);
        Assert.Contains("OK   Jira credentials: Mia Krystof (pm@example.com)", result.Output);
        Assert.Contains("OK   Jira fields of TES: score field \"Score\" is customfield_10060", result.Output);
        Assert.Contains("OK   Chat webhooks (Updates__Webhooks__NAME__Url): slack-product", result.Output);
    }

    [Fact]
    public async Task Bad_credentials_and_a_missing_secret_are_FAIL_lines_with_what_to_do_and_exit_1()
    {
        github.BadCredentials("/user");
        jira.JiraRefuses();
        var settings = Settings();
        settings["GitHub:WebhookSecret"] = null;
        settings["Jira:Projects:TES:Config"] = "scoring:\n  score-field: Business value\n";

        var result = await CliRun.RunAsync(settings, "doctor");

        Assert.Equal(ExitCodes.Failure, result.Code);
        Assert.Contains("FAIL GitHub webhook secret: GitHub__WebhookSecret is not set, so every delivery is refused (401) -> set GitHub__WebhookSecret", result.Output);
        Assert.Contains("FAIL GitHub credentials: GitHub answered 401 Bad credentials: check GitHub__Token -> ", result.Output);
        Assert.Contains("FAIL Jira credentials: Jira answered 401 Unauthorized to GET /rest/api/3/myself", result.Output);
        Assert.DoesNotContain("   at ", result.Output);
    }

    [Fact]
    public async Task As_a_GitHub_App_it_names_the_app_its_installations_and_repositories_and_reports_a_broken_config()
    {
        github.App(Repo, "octo-org/web");
        github.AddFile(Repo, ".github/product-ops.yml", "scoring:\n  model: rice2\n");
        var settings = Settings();
        settings["GitHub:Token"] = null;
        settings["GitHub:AppId"] = FakeAccounts.AppId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var key = RSA.Create(2048);
        settings["GitHub:PrivateKey"] = key.ExportRSAPrivateKeyPem().Replace("\n", "\\n");
        settings["Jira:BaseUrl"] = null;

        var result = await CliRun.RunAsync(settings, "doctor", "--repo", Repo);

        Assert.Equal(ExitCodes.Failure, result.Code);
        Assert.Contains("OK   GitHub App: Product Ops (test) (id 123456, owner octo-org), issues: write, contents: write, metadata: read", result.Output);
        Assert.True(result.Output.Contains("OK   Installation 42", StringComparison.Ordinal), result.Output);
        Assert.Contains("OK   Installation 42: octo-org: 2 repositories (octo-org/app, octo-org/web)", result.Output);
        Assert.Contains("OK   GitHub rate limit (installation 42): 4900 of 5000 requests left this hour", result.Output);
        Assert.Contains("FAIL Configuration of octo-org/app: octo-org/app:.github/product-ops.yml:2:10: scoring.model is rice2, which is not a known value. (expected one of rice,", result.Output);
        Assert.Contains("WARN Jira credentials: not set", result.Output);
    }

    [Fact]
    public async Task Without_GitHub_credentials_a_named_repository_is_reported_as_not_checked()
    {
        var settings = Settings();
        settings["GitHub:Token"] = null;

        var result = await CliRun.RunAsync(settings, "doctor", "--repo", Repo);

        Assert.Contains("WARN GitHub credentials: none", result.Output);
        Assert.Contains($"WARN Configuration of {Repo}: not checked: no GitHub credentials to read it with -> ", result.Output);
        Assert.Empty(github.Requests());
    }

    [Fact]
    public async Task Unreachable_storage_is_a_FAIL_that_says_to_start_Azurite()
    {
        github.TokenUser("octocat", "repo");
        var settings = Settings();
        settings["AzureWebJobsStorage"] = azurite.ConnectionString.Replace(azurite.TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture), Azurite.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));

        var result = await CliRun.RunAsync(settings, "doctor");

        Assert.Equal(ExitCodes.Failure, result.Code);
        Assert.Contains("FAIL Storage (AzureWebJobsStorage): ", result.Output);
        Assert.Contains("-> start Azurite (scripts/run-local.sh) or set AzureWebJobsStorage", result.Output);
        var line = result.Output.Split('\n').Single(l => l.StartsWith("FAIL Storage", StringComparison.Ordinal));
        Assert.True(line.Split("start Azurite").Length == 2, $"the advice once, after ->: {line}");
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["GitHub:WebhookSecret"] = RunningApp.Secret,
        ["GitHub:Token"] = "ghp_test_token_value",
        ["GitHub:ApiUrl"] = github.Url,
        ["Jira:BaseUrl"] = jira.Url,
        ["Jira:Email"] = "pm@example.com",
        ["Jira:ApiToken"] = "atlassian-api-token",
        ["Jira:WebhookSecret"] = "jira-secret",
        ["Jira:Projects:TES:Config"] = "scoring:\n  score-field: Score\n",
        ["Updates:Webhooks:slack-product:Url"] = "https://hooks.slack.com/services/T000/B000/XXXX",
    };
}
