using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ProductOps.Storage;

/// <summary>
/// A delivery id as a table key and blob-name segment, one to one. Table keys may not hold '/', '\',
/// '#', '?' or control characters (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#characters-disallowed-in-key-fields),
/// and replacing them by one character made <c>a/b#c?d</c> and <c>a~b~c~d</c> the same delivery.
/// Ids made only of letters, digits, '-', '_' and '.' (GitHub's GUIDs, Jira's identifiers) stay as
/// they are, so the table stays readable; any other id is '~' + base64url of its UTF-8 bytes. The
/// first kind never contains '~', so the two kinds never meet. A key longer than
/// <see cref="MaxLength"/> (keys hold at most 1 KiB) becomes "~~" + base64url of the id's SHA-256.
/// </summary>
public static class DeliveryKey
{
    public const int MaxLength = 256;

    public static string For(string deliveryId)
    {
        var utf8 = Encoding.UTF8.GetBytes(deliveryId);
        var key = deliveryId.Length > 0 && deliveryId.All(IsPlain) ? deliveryId : "~" + Base64Url.EncodeToString(utf8);
        return key.Length <= MaxLength ? key : "~~" + Base64Url.EncodeToString(SHA256.HashData(utf8));
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
