using System.Text;
using ProductOps.Jira;

namespace ProductOps.Tests.Jira;

public sealed class JiraWebhookSignatureTests
{
    // Atlassian's test vector for admin webhook secrets.
    private const string Secret = "It's a Secret to Everybody";
    private const string Expected = "sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Hello World!");

    [Fact]
    public void Signing_the_Atlassian_test_vector_gives_the_published_signature() =>
        Assert.Equal(Expected, JiraWebhookSignature.Sign(Body, Secret));

    [Fact]
    public void The_Atlassian_test_vector_verifies() =>
        Assert.True(JiraWebhookSignature.IsValid(Expected, Body, Secret));

    [Theory]
    [InlineData("SHA256=A4771C39FBE90F317C7824E83DDEF3CAAE9CB3D976C214ACE1F2937E133263C9")]
    [InlineData(" sha256 = a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9 ")]
    public void The_method_and_hex_are_read_case_insensitively(string header) =>
        Assert.True(JiraWebhookSignature.IsValid(header, Body, Secret));

    [Theory]
    [InlineData("sha1")]
    [InlineData("sha384")]
    [InlineData("sha512")]
    public void Other_websub_methods_named_in_the_header_are_verified_with_that_method(string method) =>
        Assert.True(JiraWebhookSignature.IsValid(JiraWebhookSignature.Sign(Body, Secret, method), Body, Secret));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9")]
    [InlineData("md5=a4771c39fbe90f317c7824e83ddef3ca")]
    [InlineData("sha256=")]
    [InlineData("sha256=zz771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9")]
    [InlineData("sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c8")]
    [InlineData("sha512=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9")]
    public void A_missing_malformed_or_wrong_signature_is_refused(string? header) =>
        Assert.False(JiraWebhookSignature.IsValid(header, Body, Secret));

    [Fact]
    public void A_changed_body_is_refused() =>
        Assert.False(JiraWebhookSignature.IsValid(Expected, Encoding.UTF8.GetBytes("Hello World?"), Secret));

    [Fact]
    public void A_different_secret_is_refused() =>
        Assert.False(JiraWebhookSignature.IsValid(Expected, Body, "another secret"));
}
