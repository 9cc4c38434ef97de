using System.Net;
using FluentAssertions;
using Xunit;

namespace GpConnect.Provider.Tests.Foundations.Pipeline;

/// <summary>
/// Headers every response carries (foundations, "Transport and security", "Resource, versioning and ETag rules"):
/// <c>Cache-Control: no-store</c> on success and on error; <c>ETag: W/"versionId"</c> on a versioned resource.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ResponseHeaderTests(PipelineApiFactory factory) : PipelineTestBase(factory), IClassFixture<PipelineApiFactory>
{
    [Fact]
    public async Task GivenASuccessfulRead_WhenReading_ThenTheResponseIsNoStore()
    {
        using var response = await Factory.SendAsync(ProbeRead());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (response.Headers.CacheControl?.NoStore).Should().BeTrue();
    }

    [Fact]
    public async Task GivenARefusedRequest_WhenReading_ThenTheErrorIsNoStoreToo()
    {
        using var response = await Factory.SendAsync(ProbeRead().WithoutHeader("Ssp-From"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (response.Headers.CacheControl?.NoStore).Should().BeTrue();
    }

    [Fact]
    public async Task GivenAVersionedResource_WhenReadingIt_ThenTheETagIsTheWeakVersionId()
    {
        using var response = await Factory.SendAsync(ProbeRead());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag.Should().NotBeNull();
        response.Headers.ETag!.IsWeak.Should().BeTrue();
        response.Headers.ETag.Tag.Should().Be($"\"{PipelineProbeController.VersionId}\"");
    }

    [Fact]
    public async Task GivenACapabilityStatement_WhenGettingMetadata_ThenThereIsNoETag()
    {
        using var response = await Factory.SendAsync(Metadata());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag.Should().BeNull("a CapabilityStatement carries no meta.versionId");
    }

    [Fact]
    public async Task GivenAnError_WhenReading_ThenThereIsNoETag()
    {
        using var response = await Factory.SendAsync(ProbeRead().WithHeader("Ssp-To", "000000000000"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.ETag.Should().BeNull();
    }
}
