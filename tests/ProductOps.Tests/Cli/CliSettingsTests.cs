using System.Collections;
using System.Text.Json.Nodes;
using ProductOps.Cli;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Cli;

/// <summary>The tool reads settings as the app does: environment variables over local.settings.json's Values, or over <c>--settings FILE</c>.</summary>
public sealed class CliSettingsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("productops-cli-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Local_settings_values_are_read_from_the_current_directory()
    {
        WriteSettings(Path.Combine(folder.FullName, "local.settings.json"), ("GitHub__Token", "from-file"), ("Jira__Email", "pm@example.com"));

        var settings = CliSettings.Load(folder.FullName, null, new Hashtable());

        Assert.Equal("from-file", settings["GitHub:Token"]);
        Assert.Equal("pm@example.com", settings["Jira:Email"]);
    }

    [Fact]
    public void An_environment_variable_wins_over_the_same_value_in_local_settings()
    {
        WriteSettings(Path.Combine(folder.FullName, "local.settings.json"), ("GitHub__Token", "from-file"), ("GitHub__ApiUrl", "https://ghe.example.com/api/v3/"));

        var settings = CliSettings.Load(folder.FullName, null, new Hashtable { ["GitHub__Token"] = "from-environment" });

        Assert.Equal("from-environment", settings["GitHub:Token"]);
        Assert.Equal("https://ghe.example.com/api/v3/", settings["GitHub:ApiUrl"]);
    }

    [Fact]
    public void In_a_folder_without_host_json_the_host_json_shipped_with_the_tool_applies()
    {
        // productops serve run from the user's own folder: the same queue settings and log levels as in the repository.
        var settings = CliSettings.Load(folder.FullName, null, new Hashtable());

        Assert.Equal("00:00:02", settings["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"]);
        Assert.Equal("Warning", settings["Logging:LogLevel:Azure.Core"]);
    }

    [Fact]
    public void A_settings_file_named_on_the_command_line_replaces_the_one_in_the_current_directory()
    {
        WriteSettings(Path.Combine(folder.FullName, "local.settings.json"), ("GitHub__Token", "from-current-directory"));
        var other = Path.Combine(folder.CreateSubdirectory("elsewhere").FullName, "staging.settings.json");
        WriteSettings(other, ("GitHub__Token", "from-named-file"));
        string[] args = ["doctor", "--settings", other];

        var settings = CliSettings.Load(folder.FullName, CliSettings.FileFrom(args), new Hashtable());

        Assert.Equal(other, CliSettings.FileFrom(args));
        Assert.Equal("from-named-file", settings["GitHub:Token"]);
    }

    [Fact]
    public async Task The_token_in_local_settings_is_the_one_sent_to_GitHub()
    {
        using var github = new FakeGitHub();
        await using var azurite = await Azurite.StartAsync();
        github.AddIssue("octo-org/app", 1, "One", ["effort:M"]);
        WriteSettings(Path.Combine(folder.FullName, "local.settings.json"), ("GitHub__Token", "ghp_from_local_settings"), ("GitHub__ApiUrl", github.Url), ("AzureWebJobsStorage", azurite.ConnectionString));
        var settings = CliSettings.Load(folder.FullName, null, new Hashtable());

        var result = await CliRun.RunAsync(settings, folder.FullName, "backfill", "github", "--repo", "octo-org/app", "--dry-run");

        Assert.Equal(ExitCodes.Ok, result.Code);
        var request = Assert.Single(github.Requests(), r => r.RequestMessage!.AbsolutePath == "/repos/octo-org/app/issues");
        Assert.EndsWith("ghp_from_local_settings", request.RequestMessage!.Headers!["Authorization"].Single());
    }

    private static void WriteSettings(string path, params (string Key, string Value)[] values)
    {
        var settings = new JsonObject();
        foreach (var (key, value) in values)
        {
            settings[key] = value;
        }
        File.WriteAllText(path, new JsonObject { ["IsEncrypted"] = false, ["Values"] = settings }.ToJsonString());
    }
}
