using ProductOps.Cli;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Cli;

/// <summary>A failure is one line with its cause and what to do, exit code 1, and no stack trace unless --verbose.</summary>
public sealed class CliErrorTests : IAsyncLifetime
{
    private const string Repo = "octo-org/app";
    private const string IssuesPath = "^/repos/octo-org/app/issues$";
    private readonly FakeGitHub github = new();
    private Azurite azurite = null!;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        github.Dispose();
        await azurite.DisposeAsync();
    }

    [Theory]
    [InlineData(401, "GitHub answered 401 ", "check GitHub__Token")]
    [InlineData(403, "GitHub answered 403 ", "check GitHub__Token")]
    [InlineData(404, "GitHub answered 404 ", "that GitHub__Token can see it")]
    public async Task A_refusal_from_GitHub_is_one_line_naming_the_status_and_the_setting_to_check(int status, string cause, string advice)
    {
        github.Fail("GET", IssuesPath, status);

        var result = await BackfillAsync(Settings());

        Assert.Equal(ExitCodes.Failure, result.Code);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(cause, line);
        Assert.EndsWith(advice, line);
    }

    [Fact]
    public async Task An_unresolvable_GitHub_host_names_the_host_and_GitHub__ApiUrl()
    {
        var settings = Settings();
        settings["GitHub:ApiUrl"] = "https://productops-test.invalid/";

        var result = await BackfillAsync(settings);

        Assert.Equal(ExitCodes.Failure, result.Code);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("GitHub could not be reached: the host name did not resolve", line);
        Assert.Contains("productops-test.invalid", line);
        Assert.EndsWith("check GitHub__ApiUrl and the network", line);
    }

    [Fact]
    public async Task A_GitHub_that_answers_too_late_is_one_line_naming_the_timeout()
    {
        var settings = Settings();
        settings["GitHub:RequestTimeout"] = "00:00:00.200";
        // Every attempt (the client retries a GET that timed out) hangs past the timeout.
        github.Hang("GET", IssuesPath, TimeSpan.FromSeconds(1), times: 4);

        var result = await BackfillAsync(settings);

        Assert.Equal(ExitCodes.Failure, result.Code);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("GitHub did not answer in time (GitHub__RequestTimeout is 00:00:00.200)", line);
    }

    [Fact]
    public async Task Verbose_adds_the_exception_with_its_stack_trace()
    {
        github.Fail("GET", IssuesPath, 401);

        var result = await CliRun.RunAsync(Settings(), "backfill", "github", "--repo", Repo, "--dry-run", "--verbose");

        Assert.Equal(ExitCodes.Failure, result.Code);
        Assert.StartsWith("GitHub answered 401 ", result.ErrorLines[0]);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("at Octokit.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_option_is_a_usage_error_with_exit_code_2()
    {
        var result = await CliRun.RunAsync(Settings(), "backfill", "github", "--repo", "not-a-repository");

        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains("--repo must be owner/name.", result.Errors);
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["AzureWebJobsStorage"] = azurite.ConnectionString,
        ["GitHub:Token"] = "ghp_test_token_value",
        ["GitHub:ApiUrl"] = github.Url,
    };

    private static Task<CliResult> BackfillAsync(Dictionary<string, string?> settings) =>
        CliRun.RunAsync(settings, "backfill", "github", "--repo", Repo, "--dry-run");
}
