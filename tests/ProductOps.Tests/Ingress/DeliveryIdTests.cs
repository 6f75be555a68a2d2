using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProductOps.Storage;
using ProductOps.Tests.Infrastructure;

namespace ProductOps.Tests.Ingress;

/// <summary>
/// Delivery ids are compared as sent: two ids that differ are two deliveries (issue 12, item 9).
/// Each test class has its own Azurite, so the ids below are new to it.
/// </summary>
public sealed class DeliveryIdTests(GitHubIngressTests.IngressOnly env) : IClassFixture<GitHubIngressTests.IngressOnly>
{
    [Theory]
    [InlineData("a/b#c?d", "a~b~c~d")]
    [InlineData("x\\y", "x~y")]
    [InlineData("plain-id", "~cGxhaW4taWQ")]
    public async Task Two_delivery_ids_that_differ_only_in_characters_storage_keys_forbid_are_both_queued(string first, string second)
    {
        var one = await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret, first));
        var other = await env.App.Client.SendAsync(GitHubDeliveries.Request("issues", GitHubDeliveries.Load("issues.opened"), RunningApp.Secret, second));

        Assert.Equal(HttpStatusCode.Accepted, one.StatusCode);
        Assert.True(other.StatusCode == HttpStatusCode.Accepted, await other.Content.ReadAsStringAsync());
        var queued = await QueuedDeliveryIdsAsync();
        Assert.Contains(first, queued);
        Assert.Contains(second, queued);
    }

    [Fact]
    public void Delivery_keys_keep_plain_ids_readable_and_encode_the_rest_one_to_one()
    {
        var ids = new[] { "72d3162e-cc78-11e3-81ab-4c9367dc0958", "a/b#c?d", "a~b~c~d", "a\\b", "~", "~~", "é", new string('x', 300), new string('x', 301) };

        var keys = ids.Select(DeliveryKey.For).ToList();

        Assert.Equal(ids[0], keys[0]);
        Assert.Equal(ids.Length, keys.Distinct().Count());
        Assert.All(keys, k => Assert.True(k.Length <= DeliveryKey.MaxLength && k.IndexOfAny(['/', '\\', '#', '?']) < 0, k));
    }

    private async Task<List<string>> QueuedDeliveryIdsAsync()
    {
        var queue = env.App.Services.GetRequiredService<EventQueue>();
        var ids = new List<string>();
        foreach (var message in (await env.Queue(StorageNames.EventsQueue).PeekMessagesAsync(32)).Value)
        {
            ids.Add((await queue.ReadAsync(message.Body.ToString(), CancellationToken.None)).DeliveryId);
        }
        return ids;
    }
}
