using System.Text;
using ProductOps.Ingress;

namespace ProductOps.Tests.Ingress;

/// <summary>The signature is checked on the body as it arrives, chunk by chunk.</summary>
public sealed class BodySignatureTests
{
    // GitHub's published test vector: https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries
    private const string Secret = "It's a Secret to Everybody";
    private const string Header = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    [Fact]
    public void GitHubs_test_vector_matches_when_hashed_in_pieces()
    {
        var signature = BodySignature.Parse(Header, Secret, sha256Only: true)!;
        using var hash = signature.CreateHash();

        hash.AppendData(Encoding.UTF8.GetBytes("Hello, "));
        hash.AppendData(Encoding.UTF8.GetBytes("World!"));

        Assert.True(signature.Matches(hash.GetHashAndReset()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256")]
    [InlineData("sha256=")]
    [InlineData("sha256=757107ea")]
    [InlineData("sha256=zz7107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("md5=757107ea0eb2509fc211221cce984b8a")]
    [InlineData("sha1=0123456789012345678901234567890123456789")]
    public void A_header_that_can_never_match_is_refused_before_any_body_is_read(string? header) =>
        Assert.Null(BodySignature.Parse(header, Secret, sha256Only: true));

    [Fact]
    public void Jira_may_name_sha1_as_WebSub_allows() =>
        Assert.NotNull(BodySignature.Parse("sha1=0123456789012345678901234567890123456789", Secret, sha256Only: false));
}
