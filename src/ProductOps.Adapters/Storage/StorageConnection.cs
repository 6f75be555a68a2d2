using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace ProductOps.Storage;

/// <summary>
/// Reads the <c>AzureWebJobsStorage</c> connection the way the Functions host does, so the host's
/// triggers and the app's own clients use the same account:
/// <list type="bullet">
/// <item><c>AzureWebJobsStorage</c> = a connection string (Azurite locally: <c>UseDevelopmentStorage=true</c>, the default);</item>
/// <item>or identity-based: <c>AzureWebJobsStorage__accountName</c> (or <c>__queueServiceUri</c>,
/// <c>__tableServiceUri</c>, <c>__blobServiceUri</c>), with <c>__credential</c> = <c>managedidentity</c>
/// and, for a user-assigned identity, <c>__clientId</c>. Without <c>__credential</c> the default
/// Azure credential chain is used (a developer's <c>az login</c>, for example).</item>
/// </list>
/// https://learn.microsoft.com/azure/azure-functions/functions-reference#connecting-to-host-storage-with-an-identity
/// </summary>
public static class StorageConnection
{
    public const string Setting = "AzureWebJobsStorage";

    public static StorageAccount FromConfiguration(IConfiguration configuration)
    {
        if (configuration[Setting] is { Length: > 0 } connectionString)
        {
            return new StorageAccount(connectionString);
        }

        var section = configuration.GetSection(Setting);
        var account = section["accountName"];
        if (string.IsNullOrEmpty(account) && string.IsNullOrEmpty(section["queueServiceUri"]))
        {
            return new StorageAccount(StorageAccount.DevelopmentStorage);
        }
        return new StorageAccount(
            Endpoint(section, "queue", account), Endpoint(section, "table", account), Endpoint(section, "blob", account), Credential(section));
    }

    private static Uri Endpoint(IConfigurationSection section, string service, string? account) =>
        section[$"{service}ServiceUri"] is { Length: > 0 } uri ? new Uri(uri)
        : !string.IsNullOrEmpty(account) ? new Uri($"https://{account}.{service}.core.windows.net/")
        : throw new InvalidOperationException($"{Setting}__{service}ServiceUri is required when {Setting}__accountName is not set.");

    private static TokenCredential Credential(IConfigurationSection section) =>
        string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(section["clientId"] is { Length: > 0 } clientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : ManagedIdentityId.SystemAssigned)
            : new DefaultAzureCredential();
}
