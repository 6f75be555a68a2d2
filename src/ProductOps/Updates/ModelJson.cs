using System.Text.Json;

namespace ProductOps.Updates;

public static class ModelJson
{
    public static JsonElement ToElement<T>(T model) => JsonSerializer.SerializeToElement(model, typeof(T), ModelJsonContext.Default);
}
