using ProductOps.Updates;

namespace ProductOps.Configuration;

/// <summary>
/// The schema of <c>updates:</c> (docs/updates.md): <c>announce</c> (which announcements), <c>announce-to</c>
/// and <c>digest-to</c> (targets), <c>digest-top</c>. A target is <c>item</c>, or a one-key map:
/// <c>issue: 12</c> (or a Jira key), <c>slack: name</c>, <c>teams: name</c>, <c>webhook: name</c>, where the
/// name is a webhook in the app settings (<c>Updates:Webhooks:&lt;name&gt;:Url</c>), never an address in the file.
/// </summary>
internal static class UpdatesSection
{
    private static readonly (string, UpdateTargetKind)[] Kinds =
        [("issue", UpdateTargetKind.Issue), ("slack", UpdateTargetKind.Slack), ("teams", UpdateTargetKind.Teams), ("webhook", UpdateTargetKind.Webhook)];

    public static UpdatesConfig Apply(UpdatesConfig config, YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.Map(node, keyPath) is not { } map)
        {
            return config;
        }

        var result = config;
        reader.Keys(map, keyPath,
            ("announce", (n, p) => { if (Announce(n, reader, p) is { } names) result = result with { Announce = names }; }),
            ("announce-to", (n, p) => { if (Targets(n, reader, p) is { } targets) result = result with { AnnounceTo = targets }; }),
            ("digest-to", (n, p) => { if (Targets(n, reader, p, digest: true) is { } targets) result = result with { DigestTo = targets }; }),
            ("digest-top", (n, p) =>
            {
                if (reader.Number(n, p, 0, 50, wholeNumber: true, "a whole number of items from 0 to 50", out var top))
                {
                    result = result with { DigestTop = (int)top };
                }
            }));
        return result;
    }

    private static IReadOnlyList<string>? Announce(YamlNode node, ConfigReader reader, string keyPath)
    {
        if (reader.List(node, keyPath) is not { } list)
        {
            return null;
        }

        var names = new List<string>();
        var options = UpdateTemplates.Announcements.Select(a => (a, a)).ToArray();
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (!reader.Choice(list.Items[i], $"{keyPath}[{i}]", options, out var name))
            {
                return null;
            }
            names.Add(name);
        }
        return names;
    }

    private static IReadOnlyList<UpdateTarget>? Targets(YamlNode node, ConfigReader reader, string keyPath, bool digest = false)
    {
        if (reader.List(node, keyPath) is not { } list)
        {
            return null;
        }

        var targets = new List<UpdateTarget>();
        var valid = true;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"{keyPath}[{i}]";
            var target = Target(list.Items[i], reader, path, digest);
            valid &= target is not null;
            if (target is not null)
            {
                targets.Add(target);
            }
        }
        return valid ? targets : null;
    }

    private static UpdateTarget? Target(YamlNode node, ConfigReader reader, string keyPath, bool digest)
    {
        const string Expected = "`item`, or one of `issue: 12`, `slack: <name>`, `teams: <name>`, `webhook: <name>`";
        if (node is YamlScalar { Value: "item" } && !digest)
        {
            return UpdateTarget.Item;
        }
        if (node is not YamlMap { Entries.Count: 1 } map)
        {
            reader.Error(node, $"{ConfigReader.Code(keyPath)} is not a target{(digest && node is YamlScalar { Value: "item" } ? " for the digest, which is about no single item" : "")}.", Expected);
            return null;
        }

        var (key, value) = map.Entries[0];
        var kind = Kinds.FirstOrDefault(k => k.Item1 == key.Value);
        if (kind.Item1 is null)
        {
            reader.Error(key, $"{ConfigReader.Code(key.Value)} is not a kind of target.", Expected);
            return null;
        }
        if (!reader.Text(value, $"{keyPath}.{key.Value}", 100, out var name))
        {
            return null;
        }
        name = name.Trim();
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            reader.Error(value, $"{ConfigReader.Code(name)} is not a usable name.", "letters, digits, `-`, `_` or `.` (an issue number, a Jira key, or a webhook name)");
            return null;
        }
        return new UpdateTarget(kind.Item2, name);
    }
}
