using System.Text;
using ProductOps.Webhooks;

namespace ProductOps.Tests.GitHub;

public sealed class HmacSignatureTests
{
    private const string Secret = "It's a Secret to Everybody";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Hello, World!");

    [Fact]
    public void GitHubs_published_test_vector_verifies()
    {
        // https://docs.github.com/webhooks/using-webhooks/validating-webhook-deliveries#testing-the-webhook-payload-validation
        const string header = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

        Assert.True(HmacSignature.IsValid(header, Secret, Body, sha256Only: true));
        Assert.Equal(header, HmacSignature.Sign(Secret, Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha256=zz")]
    [InlineData("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("sha256=857107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("sha1=757107ea0eb2509fc211221cce984b8a37570b6d")]
    [InlineData("md5=757107ea0eb2509fc211221cce984b8a")]
    public void A_missing_malformed_or_wrong_signature_is_refused(string? header)
    {
        Assert.False(HmacSignature.IsValid(header, Secret, Body, sha256Only: true));
    }

    [Fact]
    public void The_right_signature_for_another_body_is_refused()
    {
        Assert.False(HmacSignature.IsValid(HmacSignature.Sign(Secret, Body), Secret, Encoding.UTF8.GetBytes("Hello, World?"), sha256Only: true));
    }

    [Fact]
    public void No_configured_secret_verifies_nothing()
    {
        Assert.False(HmacSignature.IsValid(HmacSignature.Sign("", Body), "", Body));
    }
}
