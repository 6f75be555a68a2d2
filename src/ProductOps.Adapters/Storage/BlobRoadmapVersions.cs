using System.Text.Json;
using Azure;
using ProductOps.Roadmap;

namespace ProductOps.Storage;

/// <summary>
/// The last two versions of each roadmap's placements as one JSON blob in the <c>roadmap-versions</c> container
/// (a board of thousands of items outgrows a table property's 64 KiB). Only the roadmap writer, under the
/// roadmap's lease, reads and writes it.
/// </summary>
public sealed class BlobRoadmapVersions(StorageAccount storage) : IRoadmapVersions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RoadmapVersions?> GetAsync(string provider, string container, CancellationToken ct)
    {
        try
        {
            var content = await Blob(provider, container).DownloadContentAsync(ct);
            return content.Value.Content.ToObjectFromJson<RoadmapVersions>(Json);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task SaveAsync(string provider, string container, RoadmapVersions versions, CancellationToken ct) =>
        StorageAccount.CreatingIfMissingAsync(
            () => Blob(provider, container).UploadAsync(BinaryData.FromObjectAsJson(versions, Json), overwrite: true, ct),
            () => storage.Blobs.GetBlobContainerClient(StorageNames.RoadmapVersionsContainer).CreateIfNotExistsAsync(cancellationToken: ct));

    private Azure.Storage.Blobs.BlobClient Blob(string provider, string container) =>
        storage.Blobs.GetBlobContainerClient(StorageNames.RoadmapVersionsContainer).GetBlobClient($"{provider}/{StorageNames.TableKey(container)}.json");
}
