using System.Text.Json.Serialization;

namespace ProductOps.Setup;

public sealed record RegisteredAppOwner([property: JsonPropertyName("login")] string Login);
