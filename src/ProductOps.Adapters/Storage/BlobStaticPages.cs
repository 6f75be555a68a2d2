using Azure.Storage.Blobs.Models;
using ProductOps.Roadmap;

namespace ProductOps.Storage;

/// <summary>
/// Writes pages to the <c>$web</c> container, which Azure Storage's static website feature serves.
/// https://learn.microsoft.com/azure/storage/blobs/storage-blob-static-website
/// </summary>
public sealed class BlobStaticPages(StorageAccount storage) : IStaticPages
{
    public async Task WriteAsync(string path, string html, CancellationToken ct)
    {
        var container = storage.Blobs.GetBlobContainerClient(StorageNames.WebContainer);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/html; charset=utf-8", CacheControl = "max-age=60" } };
        await StorageAccount.CreatingIfMissingAsync(
            () => container.GetBlobClient(path).UploadAsync(BinaryData.FromString(html), options, ct),
            () => container.CreateIfNotExistsAsync(cancellationToken: ct));
    }
}
