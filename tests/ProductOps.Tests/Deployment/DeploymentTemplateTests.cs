using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using ProductOps.GitHub;
using ProductOps.Jira;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Deployment;

/// <summary>
/// infra/main.bicep, compiled by the Bicep CLI: it builds cleanly, describes a Flex Consumption
/// .NET 10 app with a static website, and sets every app setting the code reads (secrets as secure
/// parameters without defaults, fixed values equal to the code's defaults).
/// </summary>
public sealed class DeploymentTemplateTests
{
    [Fact]
    public async Task The_Bicep_compiles_without_errors_or_warnings()
    {
        var build = await Bicep.MainAsync();

        Assert.Equal(0, build.ExitCode);
        Assert.Empty(build.Diagnostics);
    }

    [Fact]
    public void Every_setting_the_code_reads_is_in_the_README_settings_table()
    {
        var readme = SettingsTheCodeReads.FromReadme();

        var undocumented = CodeKeys().Where(k => !readme.Contains(k)).ToList();
        Assert.Empty(undocumented);
    }

    [Fact]
    public async Task Every_setting_the_code_or_README_names_is_deployed_or_marked_local_only()
    {
        var deployed = (await TemplateAsync()).AllSettingKeys.ToHashSet(StringComparer.OrdinalIgnoreCase);

        var missing = CodeKeys().Union(SettingsTheCodeReads.FromReadme(), StringComparer.OrdinalIgnoreCase)
            .Where(k => !deployed.Contains(k) && !SettingsTheCodeReads.LocalOnly.ContainsKey(k)
                && !SettingsTheCodeReads.NotDeployed.ContainsKey(k) && !SettingsTheCodeReads.IsHostJsonOverride(k)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_template_sets_only_settings_the_code_reads()
    {
        var known = CodeKeys().ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unknown = (await TemplateAsync()).AllSettingKeys.Where(k => !known.Contains(k)).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task No_app_setting_name_is_built_from_a_GitHub_owner_or_repository_name()
    {
        // Linux app setting names hold only letters, digits, '.' and '_'; GitHub names hold '-'.
        var template = await TemplateAsync();

        Assert.DoesNotContain(template.NamedSettings, k => k.StartsWith("Roadmap__", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Roadmap__AllowedJiraProjectsList", template.AppSettings.Keys);
        Assert.Contains("Roadmap__PagePrefixesList", template.AppSettings.Keys);
    }

    [Fact]
    public async Task Local_only_settings_such_as_unsigned_webhooks_are_never_deployed()
    {
        var template = await TemplateAsync();

        var deployedLocalOnly = template.AllSettingKeys.Where(SettingsTheCodeReads.LocalOnly.ContainsKey).ToList();
        Assert.Empty(deployedLocalOnly);
    }

    [Fact]
    public async Task Values_the_template_fixes_equal_the_code_defaults()
    {
        var template = await TemplateAsync();

        foreach (var (key, codeDefault) in SettingsTheCodeReads.FromSettingsClasses().Where(s => s.Value is not null))
        {
            if (template.AppSettings.TryGetValue(key, out var value) && DefaultOf(template, key) is { } templateDefault)
            {
                Assert.True(codeDefault == templateDefault, $"{key}: the template deploys '{templateDefault}' (value {value}), the code's default is '{codeDefault}'");
            }
        }
    }

    [Fact]
    public async Task Secrets_are_secure_parameters_without_defaults()
    {
        var template = await TemplateAsync();
        var secrets = template.AppSettings.Keys.Where(IsSecret).ToList();

        Assert.Contains("GitHub__WebhookSecret", secrets);
        foreach (var key in secrets)
        {
            var parameter = template.MainParameterOf(key);
            Assert.True(parameter is not null, $"{key} is not set from a parameter of main.bicep");
            var declared = template.Parameters[parameter]!;
            Assert.Equal("securestring", declared["type"]!.GetValue<string>());
            Assert.Null(declared["defaultValue"]);
        }
        Assert.Equal("securestring", template.Parameters["updateWebhooksJson"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_deployed_defaults_bind_to_the_settings_classes()
    {
        var template = await TemplateAsync();
        var values = template.AppSettings.ToDictionary(s => s.Key.Replace("__", ":"), s => (string?)(DefaultOf(template, s.Key) ?? ""));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var github = configuration.GetSection(GitHubSettings.Section).Get<GitHubSettings>()!;
        var jira = configuration.GetSection(JiraSettings.Section).Get<JiraSettings>()!;
        Assert.False(github.HasCredentials);
        Assert.False(jira.HasCredentials);
        Assert.Equal(new GitHubSettings().ApiUrl, github.ApiUrl);
        Assert.Equal("0 0 9 * * 1", configuration["Updates:DigestSchedule"]);
    }

    [Fact]
    public async Task The_app_reaches_storage_with_its_identity_and_no_account_key()
    {
        var template = await TemplateAsync();

        Assert.DoesNotContain("listKeys", template.Main.ToJsonString());
        Assert.Equal("managedidentity", template.AppSettings["AzureWebJobsStorage__credential"]);
        var json = template.Main.ToJsonString();
        Assert.Contains(template.Resources(), r => Type(r) == "Microsoft.Authorization/roleAssignments" && r["copy"] is not null);
        Assert.Contains("974c5e8b-45b9-4653-ba55-5f855dd0fb88", json); // Storage Queue Data Contributor
        Assert.Contains("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", json); // Storage Table Data Contributor
        Assert.Contains("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", json); // Storage Blob Data Owner
    }

    [Fact]
    public async Task The_app_runs_on_Flex_Consumption_as_a_dotnet_10_isolated_worker()
    {
        var resources = (await TemplateAsync()).Resources().ToList();

        var plan = resources.Single(r => Type(r) == "Microsoft.Web/serverfarms");
        Assert.Equal("FC1", plan["sku"]!["name"]!.GetValue<string>());
        Assert.Equal("FlexConsumption", plan["sku"]!["tier"]!.GetValue<string>());
        var config = resources.Single(r => Type(r) == "Microsoft.Web/sites")["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", config["runtime"]!["name"]!.GetValue<string>());
        Assert.Equal("10.0", config["runtime"]!["version"]!.GetValue<string>());
        Assert.Equal("UserAssignedIdentity", config["deployment"]!["storage"]!["authentication"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_storage_account_gets_its_static_website_for_the_roadmap_page()
    {
        var resources = (await TemplateAsync()).Resources();

        var script = resources.Single(r => Type(r) == "Microsoft.Resources/deploymentScripts");
        Assert.Contains("--static-website true", script["properties"]!["scriptContent"]!.GetValue<string>());
    }

    [Fact]
    public async Task Azd_asks_only_for_the_GitHub_webhook_secret_and_the_parameters_file_names_real_parameters()
    {
        var template = await TemplateAsync();
        var file = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("infra", "main.parameters.json")))!["parameters"]!.AsObject();

        var unknown = file.Select(p => p.Key).Where(name => !template.Parameters.ContainsKey(name)).ToList();
        Assert.Empty(unknown);
        var asked = template.Parameters.Where(p => p.Value!["defaultValue"] is null && !file.ContainsKey(p.Key)).Select(p => p.Key);
        Assert.Equal(["gitHubWebhookSecret"], asked);
    }

    private static async Task<CompiledTemplate> TemplateAsync()
    {
        var build = await Bicep.MainAsync();
        Assert.True(build.ExitCode == 0, string.Join('\n', build.Diagnostics));
        return new CompiledTemplate(build.Template);
    }

    private static IEnumerable<string> CodeKeys() =>
        SettingsTheCodeReads.FromSettingsClasses().Keys.Union(SettingsTheCodeReads.ReadDirectly, StringComparer.OrdinalIgnoreCase);

    /// <summary>What a deployment with no optional parameter given sets: a literal, or main's parameter default.</summary>
    private static string? DefaultOf(CompiledTemplate template, string key)
    {
        var value = template.AppSettings[key];
        if (!value.StartsWith('['))
        {
            return value;
        }
        return template.MainParameterOf(key) is { } parameter && template.Parameters[parameter]!["defaultValue"] is { } fallback
            ? fallback.GetValue<string>()
            : null;
    }

    private static bool IsSecret(string key) =>
        key.EndsWith("Secret", StringComparison.Ordinal) || key.EndsWith("Token", StringComparison.Ordinal) || key.EndsWith("PrivateKey", StringComparison.Ordinal);

    private static string Type(JsonObject resource) => resource["type"]!.GetValue<string>();
}
