namespace ProductOps.Jira;

// Field ids differ per site ("Reach" is customfield_10050 here, something else there): resolve by name.
// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-get
public sealed partial class JiraClient
{
    /// <summary>How long the field catalogue is trusted; a name not found in an older copy triggers a refetch.</summary>
    private static readonly TimeSpan FieldCatalogueLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan FieldRefetchOnMissAfter = TimeSpan.FromMinutes(1);

    private FieldCatalogue? fields;

    /// <summary><c>GET /rest/api/3/field</c>, cached for <see cref="FieldCatalogueLifetime"/>.</summary>
    public async Task<IReadOnlyList<JiraField>> GetFieldsAsync(CancellationToken ct)
    {
        var cached = fields;
        if (cached is not null && time.GetUtcNow() - cached.FetchedAt < FieldCatalogueLifetime)
        {
            return cached.Fields;
        }

        return await RefreshFieldsAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The id of the field people call <paramref name="name"/> ("Reach" -> "customfield_10050").
    /// Exact match first, then ignoring case. Jira allows two custom fields with one name: that is
    /// reported rather than guessed.
    /// </summary>
    public async Task<string> ResolveFieldIdAsync(string name, CancellationToken ct)
    {
        var matches = Match(await GetFieldsAsync(ct).ConfigureAwait(false), name);
        if (matches.Count == 0 && time.GetUtcNow() - (fields?.FetchedAt ?? default) > FieldRefetchOnMissAfter)
        {
            matches = Match(await RefreshFieldsAsync(ct).ConfigureAwait(false), name); // the field may be new
        }

        return matches.Count switch
        {
            1 => matches[0].Id,
            0 => throw new InvalidOperationException($"Jira has no field named \"{name}\"."),
            _ => throw new InvalidOperationException(
                $"Jira has {matches.Count} fields named \"{name}\" ({string.Join(", ", matches.Select(f => f.Id))}); rename one or configure the id."),
        };

        static List<JiraField> Match(IReadOnlyList<JiraField> all, string name)
        {
            var exact = all.Where(f => string.Equals(f.Name, name, StringComparison.Ordinal)).ToList();
            return exact.Count > 0 ? exact : all.Where(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        }
    }

    private async Task<IReadOnlyList<JiraField>> RefreshFieldsAsync(CancellationToken ct)
    {
        var list = await SendAsync<List<JiraField>>(HttpMethod.Get, "rest/api/3/field", null, ct).ConfigureAwait(false);
        fields = new FieldCatalogue(time.GetUtcNow(), list);
        return list;
    }

    private sealed record FieldCatalogue(DateTimeOffset FetchedAt, IReadOnlyList<JiraField> Fields);
}
