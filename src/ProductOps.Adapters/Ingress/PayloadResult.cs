namespace ProductOps.Ingress;

public readonly record struct PayloadResult(byte[]? Json, string? Error)
{
    public static PayloadResult Ok(byte[] json) => new(json, null);

    public static PayloadResult Fail(string error) => new(null, error);
}
