namespace ProductOps.GitHub;

public sealed record PushCommit(IReadOnlyList<string>? Added, IReadOnlyList<string>? Modified, IReadOnlyList<string>? Removed)
{
    public IEnumerable<string> Paths => (Added ?? []).Concat(Modified ?? []).Concat(Removed ?? []);
}
