using Microsoft.Extensions.Configuration;
using ProductOps.Storage;

namespace ProductOps.Tests.Hosting;

/// <summary>
/// <c>AzureWebJobsStorage</c> read as the Functions host reads it: a connection string, or the
/// identity-based <c>__*ServiceUri</c> / <c>__accountName</c> keys that the deployment template sets.
/// (Azurite cannot check a Microsoft Entra token, so the identity path is checked as far as its
/// endpoints; the template test checks the roles that make it work in Azure.)
/// </summary>
public sealed class StorageConnectionTests
{
    [Fact]
    public void Without_a_setting_the_app_uses_the_local_emulator()
    {
        var account = StorageConnection.FromConfiguration(Settings());

        Assert.Equal("devstoreaccount1", account.Queues.AccountName);
        Assert.Equal("127.0.0.1", account.Blobs.Uri.Host);
    }

    [Fact]
    public void A_connection_string_is_used_as_it_is()
    {
        var account = StorageConnection.FromConfiguration(Settings(("AzureWebJobsStorage",
            "DefaultEndpointsProtocol=https;AccountName=productops;AccountKey=a2V5;EndpointSuffix=core.windows.net")));

        Assert.Equal(new Uri("https://productops.queue.core.windows.net/"), account.Queues.Uri);
    }

    [Fact]
    public void The_service_uris_the_template_sets_reach_the_account_with_the_managed_identity()
    {
        var account = StorageConnection.FromConfiguration(Settings(
            ("AzureWebJobsStorage:blobServiceUri", "https://stproductops.blob.core.windows.net/"),
            ("AzureWebJobsStorage:queueServiceUri", "https://stproductops.queue.core.windows.net/"),
            ("AzureWebJobsStorage:tableServiceUri", "https://stproductops.table.core.windows.net/"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000002")));

        Assert.Equal(new Uri("https://stproductops.queue.core.windows.net/"), account.Queues.Uri);
        Assert.Equal(new Uri("https://stproductops.table.core.windows.net/"), account.Tables.Uri);
        Assert.Equal(new Uri("https://stproductops.blob.core.windows.net/"), account.Blobs.Uri);
    }

    [Fact]
    public void An_account_name_alone_gives_the_public_cloud_endpoints()
    {
        var account = StorageConnection.FromConfiguration(Settings(("AzureWebJobsStorage:accountName", "stproductops")));

        Assert.Equal(new Uri("https://stproductops.table.core.windows.net/"), account.Tables.Uri);
        Assert.Equal("stproductops", account.Blobs.AccountName);
    }

    [Fact]
    public void A_queue_uri_without_the_others_is_refused_with_the_missing_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            StorageConnection.FromConfiguration(Settings(("AzureWebJobsStorage:queueServiceUri", "https://stproductops.queue.core.windows.net/"))));

        Assert.Contains("AzureWebJobsStorage__tableServiceUri", error.Message);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
